/**
 * Okta's list filters: `search` and `filter` take expressions such as
 * `type eq "APP_GROUP" and profile.name eq "sales"` (operators `eq`, `sw`, `co`; `and` binds tighter
 * than `or`; no parentheses). Anything else is refused with 400 E0000031, as Okta does, so a
 * client that sends an expression the stand-in does not understand is noticed.
 */
import { invalidSearch } from './okta-error';

/** Reads an attribute of an object (`profile.name`), or undefined. */
export type AttributeReader = (attribute: string) => unknown;

const TERM = /^([A-Za-z_][\w.]*)\s+(eq|sw|co)\s+"((?:[^"\\]|\\.)*)"$/;

/** Splits `text` on ` <word> ` outside double quotes. */
function splitOutsideQuotes(text: string, word: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && text.startsWith(` ${word} `, i)) {
      parts.push(text.slice(start, i).trim());
      start = i + word.length + 2;
      i = start - 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function term(text: string, attributes: string[], expression: string): (read: AttributeReader) => boolean {
  const m = TERM.exec(text);
  const attribute = m?.[1];
  if (
    m === null ||
    attribute === undefined ||
    !attributes.some((a) => a === attribute || (a.endsWith('.*') && attribute.startsWith(a.slice(0, -1))))
  )
    throw invalidSearch(expression);
  const op = m[2];
  const value = m[3]!.replace(/\\(["\\])/g, '$1').toLowerCase();
  return (read) => {
    const actual = read(attribute);
    if (typeof actual !== 'string') return false;
    const a = actual.toLowerCase();
    return op === 'eq' ? a === value : op === 'sw' ? a.startsWith(value) : a.includes(value);
  };
}

/**
 * Compiles `expression` into a predicate over an attribute reader; `attributes` are the names
 * allowed (`profile.*` allows every profile attribute). Throws 400 E0000031 for anything else.
 */
export function compileSearch(expression: string, attributes: string[]): (read: AttributeReader) => boolean {
  const alternatives = splitOutsideQuotes(expression.trim(), 'or').map((alt) =>
    splitOutsideQuotes(alt, 'and').map((t) => term(t, attributes, expression)),
  );
  return (read) => alternatives.some((all) => all.every((t) => t(read)));
}
