import type { CheckContext, CheckOutcome, PreflightCheck } from '../check';
import { boundedCount, describeCount, filterSyntaxError } from '../bounded-search';
import { genericFaultOutcome, OKTA_INTEGRATION_SETTINGS } from '../fault-outcome';

/** The two kinds of directory entries Okta imports with a search base and object filter of their own. */
export type EntryKind = 'user' | 'group';

/** How the Okta console's labels name each kind ("User search base", "Group object filter"). */
export const CONSOLE_ENTRY_KIND: Readonly<Record<EntryKind, string>> = { user: 'User', group: 'Group' };

/** The id, title and prerequisites of a check: what a kind's check states of its own. */
export type CheckHead = Pick<PreflightCheck, 'id' | 'title' | 'requires'>;

/** What a filter check searches: a filter under a base, and how to talk about it. */
export interface FilterCheckSpec {
  readonly id: string;
  readonly title: string;
  readonly requires: readonly string[];
  /** E.g. "user filter". */
  readonly label: string;
  /** E.g. "user". */
  readonly noun: string;
  readonly base: (context: CheckContext) => string;
  readonly filter: (context: CheckContext) => string;
  /** Fix when the filter finds nothing. */
  readonly fixWhenEmpty: (context: CheckContext) => string;
  /** Where the filter is set. */
  readonly setting: string;
}

/** A check that a filter finds at least one entry under a base (bounded, no attributes read). */
export function filterCheck(spec: FilterCheckSpec): PreflightCheck {
  return {
    id: spec.id,
    title: spec.title,
    requires: spec.requires,
    run: async (context): Promise<CheckOutcome> => {
      const base = spec.base(context);
      const filter = spec.filter(context);
      const syntax = filterSyntaxError(filter);
      if (syntax !== undefined) {
        return {
          status: 'fail',
          message: `The ${spec.label} ${filter} is not a valid LDAP filter (RFC 4515): ${syntax}`,
          evidence: { base, filter, faultClass: 'invalid-input' },
          fix: `Correct the filter in ${spec.setting}, e.g. (objectclass=inetorgperson).`,
        };
      }
      try {
        const result = await boundedCount(context, base, filter);
        const evidence = { base, filter, count: result.count, atLeast: result.atLeast, sample: result.dns };
        if (result.count === 0) {
          return {
            status: 'fail',
            message: `The ${spec.label} ${filter} matches no entry under ${base}`,
            evidence,
            fix: spec.fixWhenEmpty(context),
          };
        }
        return {
          status: 'pass',
          message: `The ${spec.label} ${filter} finds ${describeCount(result, spec.noun)} under ${base}`,
          evidence,
        };
      } catch (error) {
        return genericFaultOutcome(
          `Searching with the ${spec.label} ${filter} under ${base}`,
          error,
          `Check the filter in ${spec.setting}.`,
          {
            base,
            filter,
          },
        );
      }
    },
  };
}

/**
 * The check that the object filter of one kind of entry finds entries under that kind's search base
 * (`directory.<kind>.objectFilter` under `directory.<kind>.searchBase`).
 */
export function objectFilterCheck(kind: EntryKind, head: CheckHead): PreflightCheck {
  const shown = CONSOLE_ENTRY_KIND[kind];
  return filterCheck({
    ...head,
    label: `${kind} filter`,
    noun: kind,
    base: (c) => c.settings[kind].searchBase,
    filter: (c) => c.settings[kind].objectFilter,
    setting: `directory.${kind}.objectFilter, and in ${OKTA_INTEGRATION_SETTINGS} > ${shown} object filter`,
    fixWhenEmpty: (c) =>
      `Check directory.${kind}.objectClass (${c.settings[kind].objectClass}) and directory.${kind}.objectFilter (${shown} object class and ${shown} object filter in ${OKTA_INTEGRATION_SETTINGS}), and that the ${kind}s are visible to the bind DN.`,
  });
}
