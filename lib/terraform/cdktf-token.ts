/**
 * Recognises cdktf's encoded tokens without loading cdktf, so that the model, the validation rules
 * and the preflight (which runs without cdktf) share one answer to "is this a value only Terraform
 * knows?". It follows cdktf's own encoding (cdktf lib/tokens/private/encoding.ts): a test in
 * test/terraform/cdktf-token.test.ts compares it with `Token.isUnresolved` on real cdktf tokens.
 */

/** The characters cdktf allows in a token key (`VALID_KEY_CHARS`). */
const KEY = '[a-zA-Z0-9:._-]+';

/** A string token as embedded in a string: `${TfToken[TOKEN.12]}`. */
const STRING_TOKEN = new RegExp(`\\$\\{TfToken\\[${KEY}\\]\\}`);

/**
 * A fresh global pattern of the string tokens in a text, for `matchAll` or `replace` (a new one each
 * call: a shared global pattern carries `lastIndex` from one use to the next).
 */
export function stringTokenPattern(): RegExp {
  return new RegExp(STRING_TOKEN.source, 'g');
}

/** The element of an encoded list of strings (`Token.asList`): `#{TfToken[TOKEN.12]}`. */
const LIST_TOKEN = new RegExp(`#\\{TfToken\\[${KEY}\\]\\}`);

/** A key of an encoded map (`Token.asStringMap`, `Token.asAnyMap`): `&{TfToken[TOKEN.12]}`. */
const MAP_TOKEN = new RegExp(`&\\{TfToken\\[${KEY}\\]\\}`);

/**
 * The top 16 bits of a number token (`Token.asNumber`) and of the element of an encoded list of
 * numbers (`Token.asNumberList`): cdktf keeps the token's index in the mantissa of a double whose
 * sign and exponent bits are these.
 */
const NUMBER_TOKEN_BITS = 0xfdff;
const NUMBER_LIST_TOKEN_BITS = 0xfbff;

/** True when a text holds a cdktf string token (`${TfToken[…]}`) anywhere in it. */
export function isTokenText(text: string): boolean {
  return STRING_TOKEN.test(text);
}

/** The top 16 bits of a double, as cdktf reads them (little-endian memory order). */
function topBits(value: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return view.getUint16(0);
}

/** True for a number cdktf made as a token (`Token.asNumber`). */
function isNumberToken(value: unknown): boolean {
  return typeof value === 'number' && topBits(value) === NUMBER_TOKEN_BITS;
}

/** True for the element cdktf puts in an encoded list (`Token.asList`, `Token.asNumberList`). */
function isListElementToken(value: unknown): boolean {
  if (typeof value === 'string') return LIST_TOKEN.test(value);
  return typeof value === 'number' && topBits(value) === NUMBER_LIST_TOKEN_BITS;
}

/**
 * True for a value only Terraform knows: a string holding a string token, a number token, an encoded
 * list (a one-element array of a list-token element), the element of such a list on its own (a rule
 * that iterates over a list sees it), an object with a map-token key, or an object cdktf resolves
 * (it has a `resolve` method). Validation skips such values; they are never an error.
 */
export function isUnresolved(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'number') {
    return (
      (typeof value === 'string' && isTokenText(value)) || isNumberToken(value) || isListElementToken(value)
    );
  }
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.length === 1 && isListElementToken(value[0]);
  if (typeof (value as { resolve?: unknown }).resolve === 'function') return true;
  return Object.keys(value).some((key) => MAP_TOKEN.test(key));
}
