/**
 * The one secret redactor: the bind password in preflight reports and the Okta API token in the
 * adopt command's messages are replaced by the same mask, `<redacted>`, as they are and URL-encoded.
 * A last line of defence: no code path is meant to put a secret in text.
 */

/** The mask that stands for a secret. */
export const REDACTED = '<redacted>';

/** Shortest secret that is masked (shorter ones would mask ordinary words or letters). */
export const MIN_MASKED_SECRET_LENGTH = 4;

/**
 * `text` with every occurrence of `secret`, as it is and URL-encoded, replaced by `<redacted>`. A
 * secret shorter than {@link MIN_MASKED_SECRET_LENGTH} leaves the text as it is.
 */
export function redactSecret(text: string, secret: string): string {
  if (secret.length < MIN_MASKED_SECRET_LENGTH) return text;
  let out = text;
  for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(REDACTED);
  return out;
}

/**
 * A deep copy of a JSON-like value with {@link redactSecret} applied to every string in it, object
 * keys included.
 */
export function redactSecretDeep<T>(value: T, secret: string): T {
  if (secret.length < MIN_MASKED_SECRET_LENGTH) return value;
  const scrub = (v: unknown): unknown => {
    if (typeof v === 'string') return redactSecret(v, secret);
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
