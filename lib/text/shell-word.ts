/**
 * Quoting for a POSIX shell (sh, bash, zsh): a value printed into a command the user copies and
 * runs.
 */

/** Characters that mean nothing special to a POSIX shell, anywhere in a word. */
const PLAIN_WORD = /^[A-Za-z0-9_./:=@%+-]+$/;

/**
 * `text` as one shell word: as it is when it holds only characters with no meaning to the shell,
 * else single-quoted (a `'` inside written `'\''`), so the shell passes it on unchanged.
 */
export function shellWord(text: string): string {
  return PLAIN_WORD.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
