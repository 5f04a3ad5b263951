import { ErrorCategory, isErrorKind, OktaLdapError } from '../errors';

/** Why a read from the Okta management API failed. Stable ids, for machines and docs. */
export type OktaApiErrorId =
  | 'OKTA-UNAUTHORIZED'
  | 'OKTA-FORBIDDEN'
  | 'OKTA-RATE-LIMITED'
  | 'OKTA-TIMEOUT'
  | 'OKTA-NETWORK'
  | 'OKTA-HTTP'
  | 'OKTA-BAD-RESPONSE'
  /** The run read more pages or bytes than its cap (`--max-pages`, `--max-mib`). */
  | 'OKTA-CAP';

/**
 * A failed read from the Okta management API. The message names the request (method and path,
 * never a header) and the fix; it never holds the API token (the client redacts it, even when Okta
 * echoes it).
 */
export class OktaApiError extends OktaLdapError {
  /** True for any OktaApiError, whichever copy of the package created it. */
  public static isOktaApiError(x: unknown): x is OktaApiError {
    return isErrorKind(x, 'OktaApiError');
  }

  constructor(
    public readonly id: OktaApiErrorId,
    message: string,
    /** HTTP status, when Okta answered. */
    public readonly status?: number,
  ) {
    super(`[${id}] ${message}`, 'OktaApiError', ErrorCategory.INPUT);
  }
}
