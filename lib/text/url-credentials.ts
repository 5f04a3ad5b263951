/**
 * The one home for a URL that may hold a user or password (`scheme://user:password@host`): found in
 * the text itself, before any parsing, so a URL that also has another problem (a port out of range,
 * a scheme that is not allowed, no scheme at all) is never echoed with its password.
 */

/** What is shown instead of a URL that holds, or may hold, credentials. */
export const REDACTED_URL = '<redacted: URL with credentials>';

/**
 * True when `value` may hold a user or password: it has an `@`. The user part ends at the last `@`
 * of the authority, and a password written without percent-encoding may itself hold `/`, `?`, `#`
 * or `@`, so no parser can say where it ends: any `@` counts (an org or proxy URL has no other use
 * for one).
 */
export function urlHoldsCredentials(value: string): boolean {
  return value.includes('@');
}

/** `value` as it may be printed: itself, or {@link REDACTED_URL} when it may hold credentials. */
export function urlAsShown(value: string): string {
  return urlHoldsCredentials(value) ? REDACTED_URL : value;
}
