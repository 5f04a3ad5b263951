/**
 * Which hidden characters of a name the rules report (OKLDAP-215, OKLDAP-403): every character
 * `hiddenCharacters` finds, except the joiners that ordinary text needs to be written at all.
 * Not a rule itself, and not public API.
 */
import { HiddenCharacter, HiddenCharacterKind, hiddenCharacters } from '../../text/untrusted-text';
import { isCheckableString } from '../../validation-rule/rule-support';

/**
 * Scripts whose ordinary words use U+200C ZERO WIDTH NON-JOINER or U+200D ZERO WIDTH JOINER
 * between two of their letters (Persian `می\u200Cخواهم`, Devanagari half forms), after Unicode's
 * identifier rules (UAX #31, section 2.3).
 */
const JOINING_SCRIPTS = [
  'Arabic',
  'Syriac',
  'Nko',
  'Mongolian',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
];
const SCRIPT_JOINER = new RegExp(
  JOINING_SCRIPTS.map(
    (s) => `(?<=\\p{Script_Extensions=${s}})[\\u200C\\u200D](?=\\p{Script_Extensions=${s}})`,
  ).join('|'),
  'gu',
);
/** U+200D between two emoji (`👩\u200D💻`, `🏳️\u200D🌈`), after an optional variation selector or skin tone. */
const EMOJI_JOINER =
  /(?<=\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})?)\u200D(?=\p{Extended_Pictographic})/gu;
/** The tag characters of a subdivision flag (`🏴` then `gbeng` in tags then CANCEL TAG). */
const FLAG_TAGS = /(?<=\u{1F3F4})[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,6}\u{E007F}/gu;

/** UTF-16 indexes of the joiners and tags that belong to a word or an emoji. */
function ordinaryJoinerIndexes(value: string): Set<number> {
  const out = new Set<number>();
  for (const pattern of [SCRIPT_JOINER, EMOJI_JOINER, FLAG_TAGS]) {
    for (const match of value.matchAll(pattern)) {
      for (let i = 0; i < match[0].length; i++) out.add(match.index + i);
    }
  }
  return out;
}

/**
 * The hidden characters of `value` a rule reports: what `hiddenCharacters` finds, less a joiner
 * between two letters of a script that writes words with it, a joiner inside an emoji sequence and
 * the tags of a subdivision flag. Empty for ordinary text: accents, CJK, emoji.
 */
export function hiddenCharactersOfName(value: string): HiddenCharacter[] {
  const found = hiddenCharacters(value);
  if (found.length === 0) return found;
  const ordinary = ordinaryJoinerIndexes(value);
  return found.filter((h) => !ordinary.has(h.index));
}

/**
 * True for a hidden character that may not become part of a construct id: everything but a space
 * other than U+0020 (no-break, ideographic, …), which looks like a space and stays a warning.
 */
export function refusedInConstructId(h: HiddenCharacter): boolean {
  return h.kind !== HiddenCharacterKind.SPACE || h.codePoint === 0x2028 || h.codePoint === 0x2029;
}

/** `<U+202E> (bidi), <U+200B> (zero-width)`: each distinct character once, in order of appearance. */
export function describeHiddenCharacters(found: readonly HiddenCharacter[]): string {
  const seen = new Map<number, string>();
  for (const h of found) if (!seen.has(h.codePoint)) seen.set(h.codePoint, `${h.shown} (${h.kind})`);
  return [...seen.values()].join(', ');
}

/** The hidden characters a rule reports in one name, described for its message. */
export interface HiddenInName {
  /** The name. */
  readonly name: string;
  /** `<U+202E> (bidi), <U+200B> (zero-width)`: each distinct character once. */
  readonly described: string;
  /** True when the name holds one distinct hidden character (the message says "a hidden character"). */
  readonly single: boolean;
}

/**
 * The hidden characters of `value` that a rule reports (`hiddenCharactersOfName`, those `reported`
 * accepts), or `undefined` when there are none or `value` is not a string or is a token.
 */
export function hiddenInName(
  value: unknown,
  reported: (h: HiddenCharacter) => boolean = () => true,
): HiddenInName | undefined {
  if (!isCheckableString(value)) return undefined;
  const found = hiddenCharactersOfName(value).filter(reported);
  if (found.length === 0) return undefined;
  return {
    name: value,
    described: describeHiddenCharacters(found),
    single: new Set(found.map((h) => h.codePoint)).size === 1,
  };
}
