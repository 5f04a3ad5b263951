/**
 * Okta's error body (the management API's `Error` schema) and the codes the stand-in answers with.
 * The shape is the one recorded from the real API: `errorCode`, `errorSummary`, `errorLink` (Okta sets
 * it to the code), `errorId` (a new opaque id per answer) and `errorCauses` (`[{ errorSummary }]`).
 */
import { randomBytes } from 'crypto';

export interface OktaErrorBody {
  readonly errorCode: string;
  readonly errorSummary: string;
  readonly errorLink: string;
  readonly errorId: string;
  readonly errorCauses: { readonly errorSummary: string }[];
}

/** An answer the handlers throw: the router turns it into the status and Okta's error body. */
export class OktaApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    summary: string,
    public readonly causes: string[] = [],
    public readonly headers: Record<string, string> = {},
  ) {
    super(summary);
  }

  /** The JSON body Okta sends with this error. */
  public body(): OktaErrorBody {
    return {
      errorCode: this.code,
      errorSummary: this.message,
      errorLink: this.code,
      errorId: `oae${randomBytes(16).toString('base64url').slice(0, 22)}`,
      errorCauses: this.causes.map((errorSummary) => ({ errorSummary })),
    };
  }
}

/** 404 E0000007 as Okta words it: `Not found: Resource not found: <id> (<kind>)`. */
export function notFound(id: string, kind: string): OktaApiError {
  return new OktaApiError(404, 'E0000007', `Not found: Resource not found: ${id} (${kind})`);
}

/** 400 E0000001 with one cause per invalid field (`field: what is wrong`). */
export function validationFailed(...causes: string[]): OktaApiError {
  return new OktaApiError(
    400,
    'E0000001',
    `Api validation failed: ${causes.map((c) => c.split(':')[0]).join(', ')}`,
    causes,
  );
}

/** 401 E0000011: no `Authorization: SSWS <token>` header, or another token. */
export function invalidToken(): OktaApiError {
  return new OktaApiError(401, 'E0000011', 'Invalid token provided');
}

/** 405 E0000022: the path exists but not with this method. */
export function methodNotAllowed(): OktaApiError {
  return new OktaApiError(405, 'E0000022', 'The endpoint does not support the provided HTTP method');
}

/** 403 E0000006. */
export function forbidden(): OktaApiError {
  return new OktaApiError(403, 'E0000006', 'You do not have permission to perform the requested action');
}

/** 429 E0000047 with Okta's rate-limit headers (`reset` in UTC epoch seconds). */
export function rateLimited(limit: number, reset: number): OktaApiError {
  return new OktaApiError(429, 'E0000047', 'API call exceeded rate limit due to too many requests.', [], {
    'X-Rate-Limit-Limit': String(limit),
    'X-Rate-Limit-Remaining': '0',
    'X-Rate-Limit-Reset': String(reset),
  });
}

/**
 * 423 E0000239, Okta's per-org lock on group rules (okta/terraform-provider-okta#2151 quotes the
 * answer: "E0000239: Policy lock exception … Policy priorities are being reconciled. Please try again
 * later.").
 */
export function policyLocked(): OktaApiError {
  return new OktaApiError(423, 'E0000239', 'Policy lock exception', [
    'Policy priorities are being reconciled. Please try again later.',
  ]);
}

/** 400 E0000003: the body is not JSON. */
export function badJson(): OktaApiError {
  return new OktaApiError(400, 'E0000003', 'The request body was not well-formed.');
}

/** 400 E0000031: a `search` or `filter` expression the stand-in (or Okta) does not accept. */
export function invalidSearch(expression: string): OktaApiError {
  return new OktaApiError(400, 'E0000031', 'Invalid search criteria.', [`Invalid expression: ${expression}`]);
}
