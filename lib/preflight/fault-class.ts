/**
 * Maps an error thrown by ldapts or Node's net/tls layers to a fault class, the stable word that
 * findings carry in `evidence.faultClass` (other tooling, e.g. retry logic, keys on it).
 */

/**
 * The property an error of a failed TLS handshake carries (set by LdapConnection): how many bytes
 * the server had sent on the TCP connection when the handshake failed. 0 means the server never
 * answered the ClientHello (what a plain LDAP server does). More means it answered, and as OpenSSL
 * rejects a non-TLS answer itself (EPROTO "wrong version number") once it holds a record header
 * (5 bytes), bytes followed by a close or a reset mean the server began TLS.
 */
export const TLS_HANDSHAKE_BYTES = 'tlsHandshakeServerBytes';

/** The kinds of fault a preflight can meet. */
export type FaultClass =
  /** No answer within a timeout (connect, operation or overall). */
  | 'timeout'
  /** The peer reset or dropped the connection. */
  | 'reset'
  /** Nothing listens on the port (ECONNREFUSED). */
  | 'refused'
  /** The host name does not resolve. */
  | 'dns'
  /** No route to the host or network. */
  | 'unreachable'
  /** The certificate chain is not signed by a trusted CA. */
  | 'tls-untrusted'
  /** The host name is not in the certificate. */
  | 'tls-hostname'
  /** The certificate has expired or is not yet valid. */
  | 'tls-expired'
  /** The TLS handshake failed (version, cipher, not a TLS server). */
  | 'tls-handshake'
  /** Plain LDAP against an LDAPS port, or LDAPS against a plain port. */
  | 'protocol-mismatch'
  /** The directory refused the credentials (codes 48, 49, 53). */
  | 'auth'
  /** The bind DN may not read what it asked for (code 50). */
  | 'access'
  /** An entry does not exist (code 32). */
  | 'no-such-object'
  /** Another LDAP result code. */
  | 'ldap'
  /** A bad filter or DN in the settings. */
  | 'invalid-input'
  | 'unknown';

/** A classified error: its class, its code (LDAP result code or Node error code) and a safe message. */
export interface ClassifiedFault {
  readonly faultClass: FaultClass;
  /** LDAP result code (number) or Node error code (string), when there is one. */
  readonly code?: number | string;
  /** The error's own message (never holds a secret: ldapts and Node do not echo passwords). */
  readonly detail: string;
  /**
   * For a TLS handshake that failed: how many bytes the server had sent (0 = it never answered the
   * ClientHello).
   * @default - unknown (the error did not come from a TLS handshake, or Node did not tell)
   */
  readonly serverBytes?: number;
}

const UNTRUSTED_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REVOKED',
]);
const EXPIRED_CODES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
const AUTH_LDAP_CODES = new Set([48, 49, 53]);

/** Classifies any thrown value. Pure. */
export function classifyFault(error: unknown): ClassifiedFault {
  const err = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as {
    code?: unknown;
    message?: unknown;
    name?: unknown;
  };
  const code = typeof err.code === 'number' || typeof err.code === 'string' ? err.code : undefined;
  const message = typeof err.message === 'string' ? err.message : String(error);
  // ldapts ends a result-code error's text with " Code: 0x20"; the code is reported on its own.
  const detail = typeof code === 'number' ? message.replace(/\s*Code: 0x[0-9a-f]+$/i, '') : message;
  const handshake = (err as Record<string, unknown>)[TLS_HANDSHAKE_BYTES];
  const serverBytes = typeof handshake === 'number' ? handshake : undefined;
  const withCode = (faultClass: FaultClass): ClassifiedFault => ({
    faultClass,
    ...(code !== undefined ? { code } : {}),
    detail,
    ...(serverBytes !== undefined ? { serverBytes } : {}),
  });

  if (typeof code === 'number') {
    if (AUTH_LDAP_CODES.has(code)) return withCode('auth');
    if (code === 50) return withCode('access');
    if (code === 32) return withCode('no-such-object');
    if (code === 3) return withCode('timeout');
    return withCode('ldap');
  }
  if (typeof code === 'string') {
    if (UNTRUSTED_CODES.has(code)) return withCode('tls-untrusted');
    if (EXPIRED_CODES.has(code)) return withCode('tls-expired');
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return withCode('tls-hostname');
    if (code === 'ECONNREFUSED') return withCode('refused');
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return withCode('dns');
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return withCode('unreachable');
    if (code === 'ETIMEDOUT') return withCode('timeout');
    if (code === 'ECONNRESET' && serverBytes !== undefined) {
      // During a TLS handshake. Nothing from the server, then a close or reset: what a plain LDAP
      // server does with a ClientHello. TLS bytes, then a close: the handshake failed; then a reset
      // (a read error, not Node's "disconnected before secure TLS connection"): a reset.
      if (serverBytes === 0) return withCode('protocol-mismatch');
      return withCode(/before secure TLS connection/i.test(detail) ? 'tls-handshake' : 'reset');
    }
    if (code === 'ECONNRESET' && /before secure TLS connection/i.test(detail)) {
      return withCode('protocol-mismatch');
    }
    if (code === 'ECONNRESET' || code === 'EPIPE') return withCode('reset');
    if (code === 'EPROTO' && /wrong version number|packet length too long|http request/i.test(detail)) {
      return withCode('protocol-mismatch');
    }
    if (code === 'EPROTO' || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS')) {
      return withCode('tls-handshake');
    }
  }
  if (/Connection closed before message response was received/.test(detail)) {
    return withCode('protocol-mismatch');
  }
  if (/Connection timeout|timed out/i.test(detail)) return withCode('timeout');
  if (/Socket error|ECONNRESET|socket hang up/i.test(detail)) return withCode('reset');
  if (err.name === 'FilterParserError' || /invalid (filter|DN)|Invalid attribute/i.test(detail)) {
    return withCode('invalid-input');
  }
  return withCode('unknown');
}
