/** Shortest secret that is masked inside text (shorter ones would mask ordinary words). */
export const MIN_MASKED_SECRET_LENGTH = 4;

/** The mask that replaces a secret. */
export const REDACTED = '[redacted]';

/**
 * Returns a deep copy of a JSON-like value with every occurrence of `secret` in strings (values
 * and keys) replaced by `[redacted]`. A last line of defence: no check puts the password anywhere.
 */
export function redactSecret<T>(value: T, secret: string): T {
  if (secret.length < MIN_MASKED_SECRET_LENGTH) return value;
  const scrub = (v: unknown): unknown => {
    if (typeof v === 'string') return v.split(secret).join(REDACTED);
    if (Array.isArray(v)) return v.map(scrub);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([k, x]) => [scrub(k), scrub(x)]),
      );
    }
    return v;
  };
  return scrub(value) as T;
}
