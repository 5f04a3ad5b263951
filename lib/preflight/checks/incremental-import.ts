import { INDEX_SUSPECTED } from '../../presets/directory-profile';
import type { CheckOutcome, PreflightCheck } from '../check';
import { boundedCount } from '../bounded-search';
import { valuesOf } from '../entry-values';
import { classifyFault } from '../fault-class';
import { faultEvidence } from '../fault-outcome';
import { MODIFY_TIMESTAMP, sampleUsers } from '../sample-users';

/** How far back the incremental-import search looks (Okta's incremental imports ask for recent changes). */
export const INCREMENTAL_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Extra milliseconds, over the plain bounded search of the user filter on the same connection, from
 * which the incremental-import search counts as slow. A server answers a `modifyTimestamp>=` search
 * with no matching entry by testing every candidate of the user filter unless the attribute is
 * indexed; the round trip is in both figures, so the difference is the server's own work.
 */
export const INCREMENTAL_SLOW_EXCESS_MS = 200;

const FIX_INDEX =
  'Ask the directory administrator to index modifyTimestamp (an equality index), or schedule full imports only.';

/**
 * PF-INCREMENTAL: what Okta's incremental imports need, the prerequisite "the modifyTimestamp
 * attribute indexed": `modifyTimestamp` readable on the sampled users, and a bounded search for users
 * changed in the last 24 hours (`(&<user filter>(modifyTimestamp>=…))`, size limit 1, no attributes)
 * answered, and not much slower than the plain search of the user filter. A client cannot see an
 * index; the timing is the symptom it can measure. Never fails the preflight: without the attribute
 * Okta still runs full imports. Same dependency level as PF-USER-ATTRIBUTES (the sampled users are
 * the one search both read).
 */
export const incrementalImportCheck: PreflightCheck = {
  id: 'PF-INCREMENTAL',
  title: 'Incremental imports: modifyTimestamp readable and searchable',
  requires: ['PF-USER-FILTER'],
  run: async (context): Promise<CheckOutcome> => {
    const { searchBase, objectFilter } = context.settings.user;
    const since = generalizedTime(new Date(context.now.getTime() - INCREMENTAL_WINDOW_MS));
    const filter = `(&${objectFilter}(${MODIFY_TIMESTAMP}>=${since}))`;
    const search = { base: searchBase, filter, sizeLimit: 1 };
    const [sample, incremental, baseline] = await Promise.allSettled([
      sampleUsers(context),
      boundedCount(context, searchBase, filter, 1),
      boundedCount(context, searchBase, objectFilter),
    ]);
    if (incremental.status === 'rejected') {
      const fault = classifyFault(incremental.reason);
      return {
        status: 'warn',
        message: `The incremental-import search ${filter} under ${searchBase} failed (${fault.faultClass}${fault.code !== undefined ? `, ${typeof fault.code === 'number' ? 'code ' : ''}${fault.code}` : ''}): ${fault.detail}; Okta's incremental imports would fail the same way`,
        evidence: { search, ...faultEvidence(fault) },
        fix: `Let the bind DN search on ${MODIFY_TIMESTAMP} (directory ACLs), or use full imports only (Okta: Directory > Directory Integrations > LDAP > Provisioning > To Okta).`,
      };
    }
    const users = sample.status === 'fulfilled' ? sample.value : [];
    const carrying = users.filter((u) => valuesOf(u, MODIFY_TIMESTAMP).length > 0).length;
    const measured = {
      searchMs: round(incremental.value.durationMs),
      ...(baseline.status === 'fulfilled' ? { userFilterSearchMs: round(baseline.value.durationMs) } : {}),
    };
    const evidence = {
      search,
      matched: incremental.value.count,
      ...measured,
      sampledUsers: users.length,
      [`${MODIFY_TIMESTAMP}OnSampledUsers`]: carrying,
    };
    if (users.length > 0 && carrying === 0) {
      return {
        status: 'warn',
        message: `${MODIFY_TIMESTAMP} is on none of the ${users.length} sampled users: incremental imports cannot tell which users changed (full imports still work)`,
        evidence,
        fix: `Let the bind DN read the operational attribute ${MODIFY_TIMESTAMP} (directory ACLs), or schedule full imports only.`,
      };
    }
    const slow = incrementalSearchIsSlow(measured.searchMs, measured.userFilterSearchMs);
    const timing =
      measured.userFilterSearchMs !== undefined
        ? `${measured.searchMs} ms, the plain user-filter search ${measured.userFilterSearchMs} ms`
        : `${measured.searchMs} ms`;
    if (slow) {
      return {
        status: 'warn',
        message: `The incremental-import search (users changed since ${since}) took ${timing}: that suggests ${MODIFY_TIMESTAMP} is not indexed (a client cannot see the index itself)`,
        evidence: { ...evidence, [INDEX_SUSPECTED]: true },
        fix: FIX_INDEX,
      };
    }
    const answered = `the incremental-import search (users changed since ${since}, size limit 1) answered in ${timing}`;
    if (sample.status === 'rejected') {
      const fault = classifyFault(sample.reason);
      return {
        status: 'warn',
        message: `Whether ${MODIFY_TIMESTAMP} is readable is not known: reading the sampled users failed (${fault.faultClass}): ${fault.detail}; ${answered}`,
        evidence: { ...evidence, sampleError: fault.detail },
        fix: 'Fix what PF-USER-ATTRIBUTES reports about reading users, then run the preflight again.',
      };
    }
    return {
      status: 'pass',
      message:
        users.length === 0
          ? `No user under the user search base to read ${MODIFY_TIMESTAMP} from; ${answered}`
          : `${MODIFY_TIMESTAMP} readable on ${carrying} of ${users.length} sampled users; ${answered}`,
      evidence,
    };
  },
};

/**
 * Whether the incremental-import search took long enough to suggest an unindexed `modifyTimestamp`:
 * {@link INCREMENTAL_SLOW_EXCESS_MS} over the user-filter search (or over nothing, when that figure is
 * missing). Pure.
 */
export function incrementalSearchIsSlow(searchMs: number, userFilterSearchMs: number | undefined): boolean {
  return searchMs - (userFilterSearchMs ?? 0) >= INCREMENTAL_SLOW_EXCESS_MS;
}

/** `YYYYMMDDHHMMSSZ` (RFC 4517 GeneralizedTime, UTC, whole seconds). */
export function generalizedTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
