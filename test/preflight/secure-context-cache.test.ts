import * as tls from 'tls';
import {
  SECURE_CONTEXT_CACHE_SIZE,
  secureContextCacheSize,
  sharedSecureContext,
} from '../../lib/preflight/secure-context-cache';

// Real CA certificates to key the cache with: Node's own bundled roots.
const pem = (i: number): string => tls.rootCertificates[i]!;

describe('sharedSecureContext', () => {
  test('one context per CA bundle: the same PEM (string or Buffer) gives the same object', () => {
    const a = sharedSecureContext(pem(0));
    expect(sharedSecureContext(pem(0))).toBe(a);
    expect(sharedSecureContext(Buffer.from(pem(0)))).toBe(a);
    expect(sharedSecureContext(pem(1))).not.toBe(a);
  });

  test("Node's built-in roots (no CA bundle) have their own context, apart from any bundle", () => {
    const roots = sharedSecureContext(undefined);
    expect(sharedSecureContext(undefined)).toBe(roots);
    expect(sharedSecureContext(pem(0))).not.toBe(roots);
  });

  test('the minimum TLS version is part of the key', () => {
    expect(sharedSecureContext(pem(0), 'TLSv1.3')).not.toBe(sharedSecureContext(pem(0), 'TLSv1.2'));
  });

  test(`bounded: at most ${SECURE_CONTEXT_CACHE_SIZE} contexts, the least recently used is rebuilt`, () => {
    const first = sharedSecureContext(pem(10));
    for (let i = 11; i < 11 + SECURE_CONTEXT_CACHE_SIZE; i++) sharedSecureContext(pem(i));
    expect(secureContextCacheSize()).toBe(SECURE_CONTEXT_CACHE_SIZE);
    expect(sharedSecureContext(pem(10))).not.toBe(first);
    // Using an entry keeps it: the most recent one survives the next insertion.
    const kept = sharedSecureContext(pem(11 + SECURE_CONTEXT_CACHE_SIZE - 1));
    sharedSecureContext(pem(30));
    expect(sharedSecureContext(pem(11 + SECURE_CONTEXT_CACHE_SIZE - 1))).toBe(kept);
  });
});
