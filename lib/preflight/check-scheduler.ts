import type { CheckContext, CheckOutcome, PreflightCheck } from './check';

/** The check that binds: every check that requires it (directly or not) starts as soon as it passed. */
const BIND_CHECK_ID = 'PF-BIND';

/**
 * Fault classes after which the connection is unusable: every later check is skipped because of the
 * check that met it (ldapts would otherwise reconnect without the bind, and an anonymous search then
 * reports a misleading "noSuchObject" for a base that exists).
 */
const CONNECTION_LOST: ReadonlySet<string> = new Set(['timeout', 'reset', 'protocol-mismatch']);

/** The rejection of `OverallDeadline.reached`: the whole preflight ran out of time. */
class OverallTimeout extends Error {
  constructor(ms: number) {
    super(`Preflight: overall timeout of ${ms} ms reached`);
    this.name = 'OverallTimeout';
  }
}

/** The overall time limit of one preflight run, raced against every check. */
export interface OverallDeadline {
  /** Never resolves; rejects once the limit is reached (after `onReached` ran). */
  readonly reached: Promise<never>;
  /** The limit in milliseconds (for messages). */
  readonly ms: number;
  /** Clears the timer: the run is over. */
  readonly clear: () => void;
}

/** Starts the overall timer: after `ms`, `onReached` runs (e.g. aborting the connection) and `reached` rejects. */
export function startOverallDeadline(ms: number, onReached: () => void): OverallDeadline {
  let timer: NodeJS.Timeout | undefined;
  const reached = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onReached();
      reject(new OverallTimeout(ms));
    }, ms);
  });
  reached.catch(() => undefined);
  return { reached, ms, clear: () => clearTimeout(timer) };
}

/** How one check settled: it ran (one or several outcomes), or it was skipped because of a root cause. */
export type CheckResult =
  | {
      readonly kind: 'ran';
      readonly list: CheckOutcome[];
      /** The overall deadline was reached while the check ran. */
      readonly timedOut: boolean;
    }
  | {
      readonly kind: 'skipped';
      /** The id of the check that failed first on the way (the root cause, never an intermediate skip). */
      readonly because: string;
    };

/** One check and how it settled, as the scheduler yields them. */
export interface ScheduledCheck {
  readonly check: PreflightCheck;
  readonly result: CheckResult;
}

/**
 * Runs the checks over one context and yields each with its result, in the order given (the report
 * order), whatever order they settle in.
 *
 * Round trips: once the bind has passed, every check that reads through the bound connection starts
 * at once, so their searches share one round trip (LDAP lets several operations be in flight, and a
 * search two checks ask alike goes to the server once). The checks a check requires still decide
 * what is reported: when one of them failed, the check is reported as skipped because of it and its
 * own (read-only) result is dropped. After a check that lost the connection (or ran out of time),
 * every later check is skipped because of it. A check that throws becomes an internal-error outcome.
 * The generator ends only once every check has settled.
 */
export async function* scheduleChecks(
  checks: readonly PreflightCheck[],
  context: CheckContext,
  deadline: OverallDeadline,
): AsyncGenerator<ScheduledCheck, void, undefined> {
  const settled = startChecks(checks, context, deadline);
  try {
    /** The first check (in report order) after which the connection was unusable: the rest is skipped because of it. */
    let cutAt: string | undefined;
    for (const check of checks) {
      if (cutAt !== undefined) {
        await settled.get(check.id);
        yield { check, result: { kind: 'skipped', because: cutAt } };
        continue;
      }
      const result = await settled.get(check.id)!;
      yield { check, result };
      if (result.kind === 'ran' && lostConnection(result)) cutAt = check.id;
    }
  } finally {
    // Normally all settled already; after an unexpected throw, let the rest end (timeouts bound it).
    await Promise.allSettled(settled.values());
  }
}

/** Starts every check, each behind the checks it waits for; the promises by check id. */
function startChecks(
  checks: readonly PreflightCheck[],
  context: CheckContext,
  deadline: OverallDeadline,
): Map<string, Promise<CheckResult>> {
  const byId = new Map(checks.map((check) => [check.id, check]));
  const readsAfterBind = (id: string): boolean =>
    id === BIND_CHECK_ID || (byId.get(id)?.requires ?? []).some(readsAfterBind);
  const settled = new Map<string, Promise<CheckResult>>();
  const firstCause = async (ids: readonly string[]): Promise<string | undefined> => {
    const results = await Promise.all(ids.map((id) => settled.get(id)!));
    for (const [i, result] of results.entries()) {
      const because = rootCause(ids[i]!, result);
      if (because !== undefined) return because;
    }
    return undefined;
  };
  for (const check of checks) {
    // Only requirements listed earlier (and applicable) gate a check.
    const requires = check.requires.filter((id) => settled.has(id));
    const startAfter =
      check.id !== BIND_CHECK_ID && settled.has(BIND_CHECK_ID) && requires.some(readsAfterBind)
        ? [BIND_CHECK_ID]
        : requires;
    settled.set(
      check.id,
      (async (): Promise<CheckResult> => {
        const gate = await firstCause(startAfter);
        if (gate !== undefined) return { kind: 'skipped', because: gate };
        const ran = runOne(check, context, deadline);
        const because = await firstCause(requires);
        if (because !== undefined) return { kind: 'skipped', because };
        return { kind: 'ran', ...(await ran) };
      })(),
    );
  }
  return settled;
}

/** The id later checks name in `skippedBecause`: the check itself when it failed, its own cause when skipped. */
function rootCause(id: string, result: CheckResult): string | undefined {
  if (result.kind === 'skipped') return result.because;
  return result.list.some((o) => o.status === 'fail') ? id : undefined;
}

/** The one connection is gone (or stuck): later checks would only report faults of the connection. */
function lostConnection(result: CheckResult & { kind: 'ran' }): boolean {
  return (
    result.timedOut ||
    result.list.some((o) => o.status === 'fail' && CONNECTION_LOST.has(String(o.evidence?.faultClass)))
  );
}

async function runOne(
  check: PreflightCheck,
  context: CheckContext,
  deadline: OverallDeadline,
): Promise<{ list: CheckOutcome[]; timedOut: boolean }> {
  try {
    const result = await Promise.race([check.run(context), deadline.reached]);
    return { list: Array.isArray(result) ? result : [result], timedOut: false };
  } catch (error) {
    if (error instanceof OverallTimeout) {
      return {
        timedOut: true,
        list: [
          {
            status: 'fail',
            message: `The preflight ran out of time (overall timeout ${deadline.ms} ms) during this check`,
            evidence: { faultClass: 'timeout', overallTimeoutMs: deadline.ms },
            fix: 'The directory answers too slowly: check the server and the network, or raise --timeout.',
          },
        ],
      };
    }
    // A check threw instead of returning a finding: report it, never crash the run.
    return {
      timedOut: false,
      list: [
        {
          status: 'fail',
          message: `Internal error in ${check.id}: ${(error as Error)?.message ?? String(error)}`,
          evidence: { faultClass: 'unknown' },
          fix: 'Please report this with the --json output (it never holds the password).',
        },
      ],
    };
  }
}
