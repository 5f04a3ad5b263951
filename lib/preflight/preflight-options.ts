import type { IntegrationModel } from '../model/integration-model';
import type { Finding } from './finding';
import type { TrustedConnection } from './trusted-connection';

/**
 * What the preflight checks: the model of one integration, its settings resolved (`integrationModel`
 * builds it from settings as typed). The group and role mappings name the LDAP groups to look up;
 * the user mappings are evaluated on the example user. An `IntegrationManifest` read from
 * `cdktf.out` is one, so it can be passed as it is.
 */
export type PreflightInput = IntegrationModel;

/** How the preflight connects. The bind password is never stored in the report. */
export interface PreflightOptions {
  /** Password of the bind DN. An empty password fails `PF-PASSWORD` and no bind is attempted. */
  readonly bindPassword: string;
  /**
   * Where the user sets the password, named in the fixes of PF-PASSWORD and PF-BIND (e.g. the
   * deploy guard's `TF_VAR_JumpCloud_bind_password (the Terraform variable JumpCloud_bind_password)`).
   * @default - the environment variable `LDAP_BIND_PASSWORD` (or `--password-stdin`)
   */
  readonly bindPasswordSource?: string;
  /**
   * PEM CA bundle that signs the server certificate. Replaces Node's built-in roots.
   * @default - Node's built-in root CAs
   */
  readonly ca?: string | Buffer;
  /**
   * Where `ca` came from, shown in PF-TLS (message and `caBundle` evidence), e.g. `--ca-file ca.pem`
   * or the stack's `preflightGuardOptions.caFile`.
   * @default - not named in the message; evidence `caBundle` is `custom`
   */
  readonly caSource?: string;
  /**
   * Take the connection (host, port, connection security, plain-LDAP consent, bind DN: the connection
   * fields of the settings table) from a trusted copy of the same integration, e.g. the base branch's,
   * and everything else from `input`: a pull request cannot send the bind password to a server of its
   * choosing. Pass the CA bundle the trusted app records as `ca`. The report's `PF-TRUSTED-CONNECTION`
   * finding names each connection field that `input` holds otherwise.
   * @default - the connection of `input`
   * @internal (`preflight --connection-from` is the supported way)
   */
  readonly connectionFrom?: TrustedConnection;
  /**
   * Milliseconds to wait for the TCP connection and TLS handshake.
   * @default 5000
   */
  readonly connectTimeoutMs?: number;
  /**
   * Milliseconds to wait for each LDAP operation (bind, search, StartTLS).
   * @default 10000
   */
  readonly operationTimeoutMs?: number;
  /**
   * Milliseconds for the whole preflight; checks still pending then fail (`timeout`) or are skipped.
   * @default 30000
   */
  readonly overallTimeoutMs?: number;
  /**
   * An example user to show like Okta's "Test configuration": an email address or a uid.
   * @default - no example user check
   */
  readonly exampleUser?: string;
  /**
   * The current time, for certificate expiry (tests).
   * @default - new Date()
   */
  readonly now?: Date;
  /**
   * Called with each finding as soon as it is known (progress output).
   * @default - no callback
   */
  readonly onProgress?: (finding: Finding) => void;
}

/** Defaults of the timeouts in `PreflightOptions`. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;
export const DEFAULT_OPERATION_TIMEOUT_MS = 10000;
export const DEFAULT_OVERALL_TIMEOUT_MS = 30000;
/** A certificate expiring within this many days gives a `PF-TLS` warning. */
export const CERTIFICATE_WARN_DAYS = 30;
