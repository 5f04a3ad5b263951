/**
 * Length limits the okta provider puts on the names this library emits. The provider checks them
 * at plan time with `len()` of a Go string, which counts **UTF-8 bytes**, not characters
 * (okta/validators.go:38-49 `strMaxLength`, tag v4.20.0): a name of 30 accented letters is 60 bytes.
 */

/** `okta_group_rule.name`: at most 50 bytes (okta/resource_okta_group_rule.go:36, v4.20.0). */
export const GROUP_RULE_NAME_MAX_BYTES = 50;

/** `okta_group.name`: at most 255 bytes (okta/resource_okta_group.go:45, v4.20.0). */
export const OKTA_GROUP_NAME_MAX_BYTES = 255;

/** Length of `value` in UTF-8 bytes, as the okta provider counts it. */
export function utf8ByteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}

/** `'60 bytes'`, plus `' (30 characters)'` when the character count differs. */
export function describeByteLength(value: string): string {
  const bytes = utf8ByteLength(value);
  const characters = [...value].length;
  return characters === bytes ? `${bytes} bytes` : `${bytes} bytes in UTF-8 (${characters} characters)`;
}

/** How a fix explains the byte count, in parentheses after the limit. */
export const UTF8_BYTES_NOTE = 'UTF-8: an accented letter takes 2 bytes, most emoji 4';
