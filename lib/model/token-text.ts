/**
 * Recognises cdktf's string tokens without loading cdktf (the model must not depend on it): cdktf
 * encodes an unresolved string as `${TfToken[<key>]}`, which is what its `Token.isUnresolved` looks
 * for in a string.
 */
const TOKEN_TEXT = /\$\{TfToken\[[a-zA-Z0-9:._-]+\]\}/;

/** True when a text holds a cdktf string token (a value only known at synth or apply). */
export function isTokenText(text: string): boolean {
  return TOKEN_TEXT.test(text);
}
