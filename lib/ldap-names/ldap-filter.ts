/**
 * LDAP search filters (RFC 4515): a syntax check done by ldapts' own filter parser (the parser the
 * preflight sends filters with), plus the list of attribute names a filter uses.
 */
import type * as Ldapts from 'ldapts';
import type { Filter } from 'ldapts';
import { ATTRIBUTE_TYPE_FORM, isAttributeType } from './dn';
import { ErrorCategory, hasErrorBrand, OktaLdapError } from '../errors';

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

const FILTER_SYNTAX_ERROR = Symbol.for('cdktf-okta-ldap.LdapFilterSyntaxError');

/** A filter string that is not valid RFC 4515 syntax. */
export class LdapFilterSyntaxError extends OktaLdapError {
  /** True for any LdapFilterSyntaxError, whichever copy of the package created it. */
  public static isLdapFilterSyntaxError(x: unknown): x is LdapFilterSyntaxError {
    return hasErrorBrand(x, FILTER_SYNTAX_ERROR);
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
      FILTER_SYNTAX_ERROR,
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
  if (!filter.startsWith('(') || !filter.endsWith(')')) {
    throw new LdapFilterSyntaxError(
      filter,
      "a filter is enclosed in parentheses, e.g. '(objectclass=inetorgperson)'",
    );
  }
  let depth = 0;
  for (let i = 0; i < filter.length; i++) {
    if (filter[i] === '(') depth++;
    else if (filter[i] === ')') depth--;
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
  if (depth > 0) {
    throw new LdapFilterSyntaxError(filter, `${depth} unclosed '(' (write a '(' inside a value as '\\28')`);
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
