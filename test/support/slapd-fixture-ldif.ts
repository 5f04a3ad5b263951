/**
 * LDIF for the slapd test fixture: DN escaping (RFC 4514), LDIF value encoding (RFC 2849) and SSHA
 * password hashes. Internal to test/support.
 */
import { createHash, randomBytes } from 'crypto';

/**
 * Escapes one RDN attribute value (RFC 4514 section 2.4) the way slapd prints DNs: specials as
 * uppercase hex pairs (`x,y` becomes `x\2Cy`), so a DN built here equals the DN the server returns.
 */
export function escapeDnValue(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    const special =
      ch === '\0' ||
      '"+,;<>\\='.includes(ch) ||
      (i === 0 && (ch === '#' || ch === ' ')) ||
      (i === value.length - 1 && ch === ' ');
    out += special ? '\\' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0') : ch;
  }
  return out;
}

// RFC 2849 SAFE-STRING: ASCII without NUL/LF/CR; must not start with space, ':' or '<'.
// A trailing space is also base64-encoded so it survives editors and parsers.
// eslint-disable-next-line no-control-regex -- the control characters are the definition
const SAFE_STRING = /^(?:[\x01-\x09\x0b\x0c\x0e-\x1f\x21-\x39\x3b\x3d-\x7f][\x01-\x09\x0b\x0c\x0e-\x7f]*)?$/;

/** One LDIF line `attr: value`, base64-encoded (`attr:: ...`) when the value is not a safe string. */
export function ldifLine(attribute: string, value: string): string {
  if (SAFE_STRING.test(value) && !value.endsWith(' ')) return `${attribute}: ${value}`;
  return `${attribute}:: ${Buffer.from(value, 'utf8').toString('base64')}`;
}

/** One LDIF entry (no trailing blank line). */
export function ldifEntry(dn: string, attributes: ReadonlyArray<readonly [string, string]>): string {
  return [ldifLine('dn', dn), ...attributes.map(([name, value]) => ldifLine(name, value))].join('\n');
}

/** `{SSHA}` hash of a password, as slapd verifies it on simple bind. */
export function sshaHash(password: string, salt: Buffer = randomBytes(8)): string {
  const digest = createHash('sha1').update(password, 'utf8').update(salt).digest();
  return '{SSHA}' + Buffer.concat([digest, salt]).toString('base64');
}
