import type { CheckContext, CheckOutcome, PreflightCheck } from '../check';
import { boundedCount, describeCount, filterSyntaxError } from '../bounded-search';
import { genericFaultOutcome } from '../fault-outcome';

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
