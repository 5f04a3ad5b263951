import { createHash } from 'crypto';
import * as tls from 'tls';

/** The TLS floor of every preflight connection. */
export const PREFLIGHT_TLS_MIN_VERSION: tls.SecureVersion = 'TLSv1.2';

/** How many distinct (CA bundle, TLS floor) contexts are kept; the oldest is dropped beyond it. */
export const SECURE_CONTEXT_CACHE_SIZE = 8;

/** The cache, keyed by the TLS floor and ceiling and the sha256 of the CA bundle (or `node-roots`). Insertion order = use order. */
const contexts = new Map<string, tls.SecureContext>();

/**
 * One shared `tls.SecureContext` per (CA bundle, minimum and maximum TLS version). Without it, every
 * `tls.connect` builds a new context and parses the CA bundle again; in a process that runs many
 * preflights (a soak, a long-running service) that native memory is what made RSS grow.
 *
 * A context holds only the trust store and protocol floor: host name checking (`servername`,
 * `checkServerIdentity`) and `rejectUnauthorized` stay per connection, and Node keeps no client
 * session cache in a context, so every connection still runs a full, verified handshake. Built
 * (and so failing, if ever) where `tls.connect` would have built its own: at connect time.
 */
export function sharedSecureContext(
  ca: string | Buffer | undefined,
  minVersion: tls.SecureVersion = PREFLIGHT_TLS_MIN_VERSION,
  maxVersion?: tls.SecureVersion,
): tls.SecureContext {
  const key = `${minVersion}-${maxVersion ?? ''}|${ca === undefined ? 'node-roots' : createHash('sha256').update(ca).digest('hex')}`;
  const cached = contexts.get(key);
  if (cached !== undefined) {
    // Most recently used goes last.
    contexts.delete(key);
    contexts.set(key, cached);
    return cached;
  }
  const context = tls.createSecureContext({
    minVersion,
    ...(maxVersion !== undefined ? { maxVersion } : {}),
    ...(ca !== undefined ? { ca } : {}),
  });
  contexts.set(key, context);
  while (contexts.size > SECURE_CONTEXT_CACHE_SIZE) {
    const oldest = contexts.keys().next().value as string;
    contexts.delete(oldest);
  }
  return context;
}

/** Number of contexts cached (for tests). */
export function secureContextCacheSize(): number {
  return contexts.size;
}
