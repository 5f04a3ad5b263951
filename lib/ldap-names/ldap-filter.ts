/**
 * LDAP search filters (RFC 4515): a syntax check done by ldapts' own filter parser (the parser the
 * preflight sends filters with), plus the list of attribute names a filter uses.
 */
import type * as Ldapts from 'ldapts';
import type { Filter } from 'ldapts';
import { ATTRIBUTE_TYPE_FORM, isAttributeType } from './dn';
import { ErrorCategory, isErrorKind, OktaLdapError } from '../errors';

let ldaptsModule: typeof Ldapts | undefined;

/**
 * ldapts, loaded on the first filter parsed rather than with this module: the construct entry
 * (`cdktf-okta-ldap`) imports the validation rules but must not load the LDAP client until a
 * filter is actually checked.
 */
function ldapts(): typeof Ldapts {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ldaptsModule ??= require('ldapts') as typeof Ldapts;
  return ldaptsModule;
}

/**
 * A filter string that is not valid RFC 4515 syntax.
 *
 * @jsii ignore (an error class: other languages get its message with the rule ids)
 */
export class LdapFilterSyntaxError extends OktaLdapError {
  /** True for any LdapFilterSyntaxError, whichever copy of the package created it. */
  public static isLdapFilterSyntaxError(x: unknown): x is LdapFilterSyntaxError {
    return isErrorKind(x, 'LdapFilterSyntaxError');
  }

  constructor(
    /** The filter as received. */
    public readonly filter: string,
    /** What is wrong. */
    public readonly reason: string,
  ) {
    super(
      `invalid LDAP filter ${JSON.stringify(filter)}: ${reason}`,
      'LdapFilterSyntaxError',
      ErrorCategory.INPUT,
    );
  }
}

/**
 * Parses an RFC 4515 filter with ldapts' `FilterParser`. On top of ldapts, requires the outer
 * parentheses (ldapts adds missing ones; Okta and other clients do not), balanced parentheses (a `(`
 * or `)` inside a value is written `\28` / `\29`), and valid attribute names.
 * @throws LdapFilterSyntaxError with a one-line reason
 */
export function parseLdapFilter(filter: string): Filter {
  if (filter.trim() === '') throw new LdapFilterSyntaxError(filter, 'the filter is empty');
  const missing = missingOuterParenthesis(filter);
  if (missing !== undefined) throw new LdapFilterSyntaxError(filter, missing);
  const open: number[] = [];
  for (let i = 0; i < filter.length; i++) {
    if (filter[i] === '(') open.push(i);
    else if (filter[i] === ')') open.pop();
    const depth = open.length;
    if (depth === 0 && i < filter.length - 1) {
      if (filter[i + 1] === ')') {
        throw new LdapFilterSyntaxError(
          filter,
          `unbalanced ')' at character ${i + 2} (write a ')' inside a value as '\\29')`,
        );
      }
      throw new LdapFilterSyntaxError(
        filter,
        `text after the closing ')' at character ${i + 1}; combine several filters with (&...) or (|...)`,
      );
    }
  }
  if (open.length > 0) {
    throw new LdapFilterSyntaxError(filter, unclosedMessage(open));
  }
  let parsed: Filter;
  try {
    parsed = ldapts().FilterParser.parseString(filter);
  } catch (err) {
    throw new LdapFilterSyntaxError(filter, cleanLdaptsMessage(err));
  }
  for (const name of collectAttributes(parsed)) {
    if (!isAttributeType(name)) {
      throw new LdapFilterSyntaxError(
        filter,
        `'${name}' is not an attribute name; expected ${ATTRIBUTE_TYPE_FORM}`,
      );
    }
  }
  return parsed;
}

/**
 * Which outer parenthesis is missing (`(a=b` lacks the closing one, `a=b)` the opening one), or
 * undefined when the filter starts with `(` and ends with `)`.
 */
function missingOuterParenthesis(filter: string): string | undefined {
  const opens = filter.startsWith('(');
  const closes = filter.endsWith(')');
  if (opens && closes) return undefined;
  const trimmed = filter.trim();
  if (trimmed !== filter && trimmed.startsWith('(') && trimmed.endsWith(')')) {
    return "a filter starts with '(' and ends with ')': remove the spaces around it";
  }
  if (opens) {
    const open: number[] = [];
    for (let i = 0; i < filter.length; i++) {
      if (filter[i] === '(') open.push(i);
      else if (filter[i] === ')') open.pop();
    }
    return open.length > 0
      ? `the closing ')' is missing at the end: ${unclosedMessage(open)}`
      : "text after the closing ')'; a filter ends with ')' (combine several filters with (&...) or (|...))";
  }
  if (closes)
    return "the opening '(' is missing at the start: a filter is enclosed in parentheses, e.g. '(objectclass=inetorgperson)'";
  return "a filter is enclosed in parentheses, e.g. '(objectclass=inetorgperson)'";
}

/** Names the `(` that are never closed, by character position (1-based). */
function unclosedMessage(open: readonly number[]): string {
  const where = open.map((i) => i + 1).join(', ');
  return open.length === 1
    ? `the '(' at character ${where} is never closed: add its ')' (write a '(' inside a value as '\\28')`
    : `the '(' at characters ${where} are never closed: add their ')' (write a '(' inside a value as '\\28')`;
}

/** Returns the reason `filter` is invalid, or `undefined` when it is a valid RFC 4515 filter. */
export function ldapFilterProblem(filter: string): string | undefined {
  try {
    parseLdapFilter(filter);
    return undefined;
  } catch (err) {
    if (LdapFilterSyntaxError.isLdapFilterSyntaxError(err)) return err.reason;
    throw err;
  }
}

/**
 * The attribute names a filter tests, in order of first use, each once (compared case-insensitively,
 * returned as first written). `(&(objectclass=person)(!(pwdlock=true)))` gives `objectclass`, `pwdlock`.
 * @throws LdapFilterSyntaxError when the filter is invalid
 */
export function filterAttributeNames(filter: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of collectAttributes(parseLdapFilter(filter))) {
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

function collectAttributes(filter: Filter): string[] {
  const { AndFilter, ExtensibleFilter, NotFilter, OrFilter } = ldapts();
  if (filter instanceof AndFilter || filter instanceof OrFilter)
    return filter.filters.flatMap(collectAttributes);
  if (filter instanceof NotFilter) return collectAttributes(filter.filter);
  if (filter instanceof ExtensibleFilter) return filter.matchType ? [filter.matchType] : [];
  const attribute = (filter as { attribute?: unknown }).attribute;
  return typeof attribute === 'string' && attribute !== '' ? [attribute] : [];
}

/** ldapts repeats the whole filter in its messages ("… Full string: …"); keep only the reason. */
function cleanLdaptsMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\.? Full string: [\s\S]*$/, '').trim();
}
