/**
 * Distinguished names, the one DN engine of the library: a parser that reports the precise reason and
 * position of a syntax error, an RDN value escaper, a formatter, and DN comparison ("is this search
 * base inside the root DN?").
 *
 * Two modes. Strict (the default, for settings someone typed): RFC 4514 allows no space around `,`,
 * `+` or `=`, and every special character in a value must be escaped; a DN that passes is read the
 * same way by every LDAP server. Lenient (for DNs a directory returns, e.g. `memberOf` values): the
 * older RFC 2253 / RFC 1779 spellings are read too, and comparisons answer false instead of throwing.
 */

import { ErrorCategory, isErrorKind, OktaLdapError } from '../errors';
/**
 * How a DN string is read.
 *
 * @jsii ignore (TypeScript-only: options of parseDn)
 */
export interface DnParseOptions {
  /**
   * Read leniently: spaces around `,`, `+` and `=` (and around the whole DN) are ignored, `;` also
   * separates RDNs (RFC 1779), and in `isDnWithin` / `dnEquals` a DN that still cannot be read makes
   * the answer false instead of throwing. For DNs a server returns, never for settings.
   * @default false - strict RFC 4514
   */
  readonly lenient?: boolean;
}

/** The lenient reading (see `DnParseOptions.lenient`). */
export const LENIENT_DN: DnParseOptions = { lenient: true };

/**
 * One `type=value` pair of an RDN.
 *
 * @jsii ignore (TypeScript-only: a part of what parseDn returns)
 */
export interface DnAttributeTypeAndValue {
  /** Attribute type as written: a name (`ou`) or a numeric OID (`2.5.4.11`). */
  readonly type: string;
  /**
   * The value with every escape removed (`a\,b` gives `a,b`). For a value written in `#` hex form
   * (RFC 4514 §2.4, a BER encoding), the `#` form itself with lower-case hex digits.
   */
  readonly value: string;
  /** True when the value was written in `#` hex form. */
  readonly hex: boolean;
}

/** A relative distinguished name: one pair, or several joined with `+` (multi-valued RDN). */
export type Rdn = readonly DnAttributeTypeAndValue[];

/**
 * A DN string that is not valid RFC 4514 syntax.
 *
 * @jsii ignore (an error class: other languages get its message with the rule ids)
 */
export class DnSyntaxError extends OktaLdapError {
  /** True for any DnSyntaxError, whichever copy of the package created it. */
  public static isDnSyntaxError(x: unknown): x is DnSyntaxError {
    return isErrorKind(x, 'DnSyntaxError');
  }

  constructor(
    /** The DN as received. */
    public readonly dn: string,
    /** Zero-based index of the offending character in `dn` (`dn.length` when the DN ends too early). */
    public readonly position: number,
    /** What is wrong at that position and what is allowed. */
    public readonly reason: string,
  ) {
    super(
      `invalid DN ${JSON.stringify(dn)} at character ${position + 1}: ${reason}`,
      'DnSyntaxError',
      ErrorCategory.INPUT,
    );
  }
}

/** Characters RFC 4514 requires to be escaped anywhere in a value. */
const ALWAYS_ESCAPED = new Set(['"', '+', ',', ';', '<', '>', '\\']);
/** Characters that may follow a backslash as themselves (RFC 4514 `special`). */
const ESCAPABLE = new Set(['"', '+', ',', ';', '<', '>', '\\', ' ', '#', '=']);
const HEX = /^[0-9A-Fa-f]$/;
const DESCR = /^[A-Za-z][A-Za-z0-9-]*$/;
const NUMERICOID = /^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))+$/;

/**
 * True when `name` is a valid attribute type or object class name: a `descr` (a letter, then
 * letters, digits and hyphens) or a numeric OID such as `2.5.4.3` (RFC 4512 §1.4).
 */
export function isAttributeType(name: string): boolean {
  return DESCR.test(name) || NUMERICOID.test(name);
}

/** The allowed form of an attribute type, for error messages. */
export const ATTRIBUTE_TYPE_FORM =
  "a name (a letter, then letters, digits or '-', e.g. 'entryUUID') or a numeric OID (e.g. '2.5.4.3')";

/**
 * Parses an RFC 4514 DN string into its RDNs, leftmost (most specific) first. The empty string is
 * the empty DN (no RDN).
 * @throws DnSyntaxError with the reason and position of the first error
 */
export function parseDn(dn: string, options: DnParseOptions = {}): Rdn[] {
  return new DnParser(dn, options.lenient === true).parse();
}

/** Result of `tryParseDn`: `rdns` when valid, `error` when not. */
export interface DnParseResult {
  /** The RDNs when the DN is valid. */
  readonly rdns?: Rdn[];
  /** The syntax error when the DN is not valid. */
  readonly error?: DnSyntaxError;
}

/** Like `parseDn`, but returns the error instead of throwing it. */
export function tryParseDn(dn: string, options: DnParseOptions = {}): DnParseResult {
  try {
    return { rdns: parseDn(dn, options) };
  } catch (err) {
    if (DnSyntaxError.isDnSyntaxError(err)) return { error: err };
    throw err;
  }
}

/**
 * Escapes a string for use as an RDN value (RFC 4514 §2.4): `" + , ; < > \` anywhere, NUL as `\00`,
 * a leading space or `#` and a trailing space. `escapeRdnValue('Smith, J')` is `Smith\, J`.
 */
export function escapeRdnValue(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    if (ALWAYS_ESCAPED.has(c)) out += `\\${c}`;
    else if (c === '\u0000') out += '\\00';
    else if (i === 0 && (c === ' ' || c === '#')) out += `\\${c}`;
    else if (i === value.length - 1 && c === ' ') out += '\\ ';
    else out += c;
  }
  return out;
}

/** Formats RDNs as an RFC 4514 DN string, escaping every value. Inverse of `parseDn`. */
export function formatDn(rdns: readonly Rdn[]): string {
  return rdns
    .map((rdn) =>
      rdn.map((atv) => `${atv.type}=${atv.hex ? atv.value : escapeRdnValue(atv.value)}`).join('+'),
    )
    .join(',');
}

/** Names of common attribute types by OID, so `2.5.4.3=x` compares equal to `cn=x`. */
const TYPE_BY_OID: Readonly<Record<string, string>> = {
  '2.5.4.3': 'cn',
  '2.5.4.6': 'c',
  '2.5.4.7': 'l',
  '2.5.4.8': 'st',
  '2.5.4.9': 'street',
  '2.5.4.10': 'o',
  '2.5.4.11': 'ou',
  '0.9.2342.19200300.100.1.1': 'uid',
  '0.9.2342.19200300.100.1.25': 'dc',
};

/** Normalized form of one pair: type lower-cased (OIDs of common types named), value case-folded
 * with insignificant spaces removed (the caseIgnoreMatch of `cn`, `ou`, `o`, `dc`, `uid`). */
function normalizeAtv(atv: DnAttributeTypeAndValue): string {
  const lower = atv.type.toLowerCase();
  const type = TYPE_BY_OID[lower] ?? lower;
  const value = atv.hex
    ? atv.value.toLowerCase()
    : atv.value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return `${type}=${atv.hex ? '#' : ''}${JSON.stringify(value)}`;
}

function normalizeRdn(rdn: Rdn): string {
  return rdn.map(normalizeAtv).sort().join('+');
}

/** True when two RDNs are equal: same pairs in any order, types and values compared case-insensitively. */
export function rdnEquals(a: Rdn, b: Rdn): boolean {
  return normalizeRdn(a) === normalizeRdn(b);
}

/**
 * True when `child` (RDNs) equals `ancestor` or lies below it in the tree. Types and values are
 * compared case-insensitively, insignificant spaces ignored, multi-valued RDNs in any order.
 */
export function isRdnSequenceWithin(child: readonly Rdn[], ancestor: readonly Rdn[]): boolean {
  if (ancestor.length > child.length) return false;
  const offset = child.length - ancestor.length;
  return ancestor.every((rdn, i) => rdnEquals(rdn, child[offset + i] as Rdn));
}

/**
 * True when the DN `child` equals `ancestor` or lies below it, e.g.
 * `isDnWithin('uid=ann,ou=Users,o=1,dc=jumpcloud,dc=com', 'ou=users,o=1,dc=jumpcloud,dc=com')`.
 * @throws DnSyntaxError when either DN is invalid (strict mode; lenient mode answers false)
 */
export function isDnWithin(child: string, ancestor: string, options: DnParseOptions = {}): boolean {
  return compare(child, ancestor, options, (x, y) => isRdnSequenceWithin(x, y));
}

/**
 * True when two DN strings name the same entry.
 * @throws DnSyntaxError when either is invalid (strict mode; lenient mode answers false)
 */
export function dnEquals(a: string, b: string, options: DnParseOptions = {}): boolean {
  return compare(a, b, options, (x, y) => x.length === y.length && isRdnSequenceWithin(x, y));
}

function compare(
  a: string,
  b: string,
  options: DnParseOptions,
  test: (x: readonly Rdn[], y: readonly Rdn[]) => boolean,
): boolean {
  if (options.lenient !== true) return test(parseDn(a), parseDn(b));
  const x = tryParseDn(a, options).rdns;
  const y = tryParseDn(b, options).rdns;
  return x !== undefined && y !== undefined && test(x, y);
}

class DnParser {
  private i = 0;

  constructor(
    private readonly dn: string,
    /** RFC 2253/1779 spellings too: spaces around separators, `;` between RDNs. */
    private readonly lenient: boolean,
  ) {}

  parse(): Rdn[] {
    const rdns: Rdn[] = [];
    if (this.lenient) this.skipSpaces();
    if (this.i >= this.dn.length) return rdns;
    for (;;) {
      rdns.push(this.parseRdn());
      if (this.i >= this.dn.length) return rdns;
      // parseRdn stops only at a separator (',', or ';' when lenient) or the end.
      const separator = this.dn[this.i];
      this.i++;
      if (this.lenient) this.skipSpaces();
      if (this.i >= this.dn.length)
        this.fail(`the DN ends with '${separator}'; remove it or add an RDN after it`);
    }
  }

  private skipSpaces(): void {
    while (this.dn[this.i] === ' ') this.i++;
  }

  private isSeparator(c: string | undefined): boolean {
    return c === ',' || c === '+' || (this.lenient && c === ';');
  }

  private fail(reason: string, at: number = this.i): never {
    throw new DnSyntaxError(this.dn, at, reason);
  }

  private parseRdn(): Rdn {
    const rdn: DnAttributeTypeAndValue[] = [];
    for (;;) {
      const type = this.parseType();
      const { value, hex } = this.parseValue();
      rdn.push({ type, value, hex });
      if (this.dn[this.i] !== '+') return rdn;
      this.i++;
      if (this.lenient) this.skipSpaces();
      if (this.i >= this.dn.length)
        this.fail("the DN ends with '+'; add a type=value pair after it or remove it");
    }
  }

  private parseType(): string {
    const start = this.i;
    const first = this.dn[start];
    if (first === ' ') {
      const prev = this.dn[start - 1];
      this.fail(
        prev === ',' || prev === '+'
          ? `space after '${prev}': RFC 4514 allows no space around ',' or '+'; remove it`
          : 'the DN starts with a space; remove it',
      );
    }
    if (first === undefined || !/[A-Za-z0-9]/.test(first)) {
      this.fail(
        first === undefined
          ? `expected an attribute type, found the end of the DN; expected ${ATTRIBUTE_TYPE_FORM}`
          : `expected an attribute type, found '${first}'; expected ${ATTRIBUTE_TYPE_FORM}`,
      );
    }
    let end = start;
    while (end < this.dn.length && /[A-Za-z0-9.-]/.test(this.dn[end] as string)) end++;
    const type = this.dn.slice(start, end);
    if (!isAttributeType(type))
      this.fail(`'${type}' is not an attribute type; expected ${ATTRIBUTE_TYPE_FORM}`, start);
    this.i = end;
    if (this.lenient) {
      this.skipSpaces();
      end = this.i;
    }
    const next = this.dn[end];
    if (next === '=') {
      this.i++;
      if (this.lenient) this.skipSpaces();
      return type;
    }
    if (next === undefined) this.fail(`attribute type '${type}' is not followed by '=' and a value`, start);
    if (next === ' ') this.fail(`space after attribute type '${type}': RFC 4514 allows no space before '='`);
    if (next === ',' || next === '+')
      this.fail(`attribute type '${type}' is not followed by '=' and a value`);
    return this.fail(
      `unexpected '${next}' in attribute type '${type}'; expected '=' after ${ATTRIBUTE_TYPE_FORM}`,
    );
  }

  private parseValue(): { value: string; hex: boolean } {
    if (this.dn[this.i] === '#') return this.parseHexValue();
    const start = this.i;
    let value = '';
    let bytes: number[] = [];
    let bytesAt = this.i;
    const flush = (): void => {
      if (bytes.length === 0) return;
      try {
        value += new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
      } catch {
        this.fail(
          `the escaped bytes ${bytes.map((b) => `\\${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')} are not valid UTF-8`,
          bytesAt,
        );
      }
      bytes = [];
    };
    while (this.i < this.dn.length) {
      const c = this.dn[this.i] as string;
      if (this.isSeparator(c)) break;
      if (c === '\\') {
        const n = this.dn[this.i + 1];
        const n2 = this.dn[this.i + 2];
        if (n !== undefined && n2 !== undefined && HEX.test(n) && HEX.test(n2)) {
          if (bytes.length === 0) bytesAt = this.i;
          bytes.push(Number.parseInt(n + n2, 16));
          this.i += 3;
          continue;
        }
        flush();
        if (n === undefined)
          this.fail("the DN ends with a lone '\\'; write a backslash in a value as '\\\\'");
        if (!ESCAPABLE.has(n)) {
          this.fail(
            `invalid escape '\\${n}': a backslash is followed by one of " + , ; < > \\ # = space, or two hex digits`,
          );
        }
        value += n;
        this.i += 2;
        continue;
      }
      flush();
      if (c === '"' || c === ';' || c === '<' || c === '>') {
        this.fail(`unescaped '${c}' in a value; write it as '\\${c}'`);
      }
      if (c === '\u0000') this.fail("unescaped NUL in a value; write it as '\\00'");
      if (c === ' ' && this.lenient) {
        // Unescaped spaces before a separator or the end are not part of the value (RFC 2253 readers).
        let j = this.i;
        while (this.dn[j] === ' ') j++;
        if (j >= this.dn.length || this.isSeparator(this.dn[j])) {
          this.i = j;
          break;
        }
      } else if (c === ' ') {
        if (this.i === start)
          this.fail("a value starts with an unescaped space; write it as '\\ ' or remove it");
        const next = this.dn[this.i + 1];
        if (next === undefined || next === ',' || next === '+') {
          this.fail(
            next === undefined
              ? "the DN ends with an unescaped space; write it as '\\ ' or remove it"
              : `unescaped space before '${next}': RFC 4514 allows no space around ',' or '+'; remove it`,
          );
        }
      }
      value += c;
      this.i++;
    }
    flush();
    return { value, hex: false };
  }

  private parseHexValue(): { value: string; hex: boolean } {
    const start = this.i;
    this.i++;
    let digits = '';
    while (this.i < this.dn.length && !this.isSeparator(this.dn[this.i])) {
      const c = this.dn[this.i] as string;
      if (c === ' ' && this.lenient && /^ *$|^ *[,+;]/.test(this.dn.slice(this.i))) {
        this.skipSpaces();
        break;
      }
      if (!HEX.test(c)) {
        this.fail(
          `'${c}' in a '#' hex value; after '#' come pairs of hex digits (escape a leading '#' as '\\#')`,
        );
      }
      digits += c;
      this.i++;
    }
    if (digits.length === 0 || digits.length % 2 !== 0) {
      this.fail(
        `a '#' hex value needs an even, non-zero number of hex digits, got ${digits.length} (escape a leading '#' as '\\#')`,
        start,
      );
    }
    return { value: `#${digits.toLowerCase()}`, hex: true };
  }
}
