/**
 * The one rule for untrusted text: every name, description, DN, filter, key or plan value that comes
 * from an app, a synthesized stack, a plan or a report is printed so that it cannot change the
 * structure of the output it lands in. Characters that a reader cannot see or that change how the
 * text around them is displayed (controls, escape sequences, bidi controls, zero-width and other
 * format characters, unusual spaces, line separators, lone surrogates) are shown as visible escapes
 * such as `<U+202E>` wherever they appear. The Markdown side (code spans, table cells) builds on
 * this in `markdown.ts`.
 */
import { TERMINAL_COLOURS } from './terminal-colours';

/** What kind of hidden character a code point is (for findings and messages). */
export enum HiddenCharacterKind {
  /** C0 and C1 control characters and DEL: line breaks, tabs, terminal escape sequences. */
  CONTROL = 'control',
  /** Characters that change the display direction of the text around them (e.g. U+202E). */
  BIDI = 'bidi',
  /** Characters that take no width: two names that differ only by one look equal. */
  ZERO_WIDTH = 'zero-width',
  /** Other invisible format characters (soft hyphen, tag characters, invisible operators, …). */
  FORMAT = 'format',
  /** Spaces other than U+0020 and line or paragraph separators, which look like a space or a break. */
  SPACE = 'space',
  /** Half of a UTF-16 surrogate pair on its own: no character at all. */
  LONE_SURROGATE = 'lone-surrogate',
}

/** One hidden character found in a value. */
export interface HiddenCharacter {
  /** The code point, e.g. 0x202e. */
  readonly codePoint: number;
  /** `<U+202E>`: how the character is shown. */
  readonly shown: string;
  readonly kind: HiddenCharacterKind;
  /** Index in the string (UTF-16 code units). */
  readonly index: number;
}

/**
 * Every hidden character: controls (Cc), format characters (Cf: bidi controls, zero-width, soft
 * hyphen, tags), line and paragraph separators (Zl, Zp), non-ASCII spaces (Zs but U+0020), lone
 * surrogates (Cs), and the zero-width characters that Unicode files under other categories
 * (U+115F, U+1160, U+3164, U+FFA0 Hangul fillers; U+180E; U+2800 braille blank).
 */
const HIDDEN_SOURCE =
  '[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\u115F\\u1160\\u180E\\u2800\\u3164\\uFFA0]';
const HIDDEN = new RegExp(HIDDEN_SOURCE, 'gu');
const HIDDEN_ONE = new RegExp(HIDDEN_SOURCE, 'u');
/** `ESC [ 32 m` as a regular expression that matches exactly it. */
const literal = (s: string): string =>
  [...s].map((c) => (c === '[' ? '\\[' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('');
/**
 * The same, but a line break (`\n`, or `\r\n`) and the exact colour sequences the product writes
 * (`TERMINAL_COLOURS`) are allowed: for whole outputs whose lines and colours the product wrote.
 * Any other sequence (conceal `ESC [ 8 m`, another colour, a cursor move) is escaped.
 */
const HIDDEN_BUT_LINE_BREAKS = new RegExp(
  `(?!\\r\\n|\\n|${Object.values(TERMINAL_COLOURS).map(literal).join('|')})${HIDDEN_SOURCE}`,
  'gu',
);

const BIDI = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);
const ZERO_WIDTH = new Set([
  0x115f, 0x1160, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2800, 0x3164, 0xfeff, 0xffa0,
]);

/** `<U+202E>` for 0x202e: how a hidden code point is shown. */
export function codePointLabel(codePoint: number): string {
  return `<U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}>`;
}

function kindOf(codePoint: number): HiddenCharacterKind {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return HiddenCharacterKind.CONTROL;
  if (BIDI.has(codePoint)) return HiddenCharacterKind.BIDI;
  if (ZERO_WIDTH.has(codePoint)) return HiddenCharacterKind.ZERO_WIDTH;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return HiddenCharacterKind.LONE_SURROGATE;
  if (/[\p{Zs}\p{Zl}\p{Zp}]/u.test(String.fromCodePoint(codePoint))) return HiddenCharacterKind.SPACE;
  return HiddenCharacterKind.FORMAT;
}

/** Every hidden character of `value`, in order (empty for ordinary text). */
export function hiddenCharacters(value: string): HiddenCharacter[] {
  const found: HiddenCharacter[] = [];
  for (const match of value.matchAll(HIDDEN)) {
    const codePoint = match[0].codePointAt(0)!;
    found.push({ codePoint, shown: codePointLabel(codePoint), kind: kindOf(codePoint), index: match.index });
  }
  return found;
}

/** True when `value` holds a character a reader cannot see as itself. */
export function hasHiddenCharacters(value: string): boolean {
  return HIDDEN_ONE.test(value);
}

/**
 * A value for any output: every hidden character, line breaks and tabs included, is replaced by its
 * visible escape (`<U+000A>`, `<U+202E>`, `<U+001B>`). The result holds no code point below U+0020
 * and nothing that changes how the text around it is displayed.
 */
export function showHidden(value: string): string {
  return value.replace(HIDDEN, (c) => codePointLabel(c.codePointAt(0)!));
}

/**
 * A value cut to at most `max` characters, the cut said in visible text (`…(+9,744 characters)`), so
 * one long name cannot fill a budgeted output. Cuts between code points, never inside a pair.
 */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${value.slice(0, end)}…(+${(value.length - end).toLocaleString('en-US')} characters)`;
}

/**
 * A whole output the product wrote (a text report, a comment, a JSON document) made safe for a
 * terminal or a log as a last line of defence: every hidden character except the line breaks is
 * written as a `\uXXXX` escape (the product's own colour sequences, `TERMINAL_COLOURS`, pass), which is also what JSON would use, so a JSON document stays the same
 * data. Values are escaped one by one before this (with `showHidden`); this catches what a renderer
 * missed.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    HIDDEN_BUT_LINE_BREAKS,
    (c) =>
      `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}${c.length > 1 ? `\\u${c.charCodeAt(1).toString(16).padStart(4, '0')}` : ''}`,
  );
}
