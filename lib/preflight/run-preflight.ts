import { LdapConnectionSecurity } from '../settings/ldap-directory-settings';
import { CheckContext, CheckOutcome, PreflightCheck, toFinding } from './check';
import { ALL_CHECKS } from './checks';
import { Finding, PREFLIGHT_REPORT_SCHEMA, PreflightReport } from './finding';
import { LdapConnection } from './ldap-connection';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_OPERATION_TIMEOUT_MS,
  DEFAULT_OVERALL_TIMEOUT_MS,
  PreflightInput,
  PreflightOptions,
} from './preflight-options';
import { redactSecret } from './redact';

/** The check that binds: every check that requires it (directly or not) starts as soon as it passed. */
const BIND_CHECK_ID = 'PF-BIND';

/**
 * Fault classes after which the connection is unusable: every later check is skipped because of the
 * check that met it (ldapts would otherwise reconnect without the bind, and an anonymous search then
 * reports a misleading "noSuchObject: check the org id").
 */
const CONNECTION_LOST: ReadonlySet<string> = new Set(['timeout', 'reset', 'protocol-mismatch']);

class OverallTimeout extends Error {
  constructor(ms: number) {
    super(`Preflight: overall timeout of ${ms} ms reached`);
    this.name = 'OverallTimeout';
  }
}

/**
 * Checks the integration settings and mappings against the live directory over ONE connection and
 * returns the findings in dependency order. Read-only: binds and searches, never writes. Never throws
 * for a directory fault (each becomes a finding); the connection is always closed and every timer
 * cleared. The bind password never appears in the report.
 */
export async function runPreflight(
  input: PreflightInput,
  options: PreflightOptions,
): Promise<PreflightReport> {
  const startedAt = new Date();
  const started = process.hrtime.bigint();
  const settings = input.settings;
  const connectTimeoutMs = positive(options.connectTimeoutMs, DEFAULT_CONNECT_TIMEOUT_MS);
  const operationTimeoutMs = positive(options.operationTimeoutMs, DEFAULT_OPERATION_TIMEOUT_MS);
  const overallTimeoutMs = positive(options.overallTimeoutMs, DEFAULT_OVERALL_TIMEOUT_MS);
  const bindPassword = options.bindPassword ?? '';
  const connection = new LdapConnection(settings, {
    connectTimeoutMs,
    operationTimeoutMs,
    ...(options.ca !== undefined ? { ca: options.ca } : {}),
  });
  const context: CheckContext = {
    settings,
    input,
    connection,
    bindPassword,
    ...(options.exampleUser !== undefined ? { exampleUser: options.exampleUser } : {}),
    now: options.now ?? new Date(),
    connectTimeoutMs,
    operationTimeoutMs,
  };

  const findings: Finding[] = [];
  let overallTimer: NodeJS.Timeout | undefined;
  const overall = new Promise<never>((_, reject) => {
    overallTimer = setTimeout(() => {
      connection.abort();
      reject(new OverallTimeout(overallTimeoutMs));
    }, overallTimeoutMs);
  });
  overall.catch(() => undefined);

  const emit = (finding: Finding): void => {
    const safe = redactSecret(finding, bindPassword);
    findings.push(safe);
    options.onProgress?.(safe);
  };

  // Round trips: once the bind has passed, every check that reads through the bound connection
  // starts at once, so their searches share one round trip (LDAP lets several operations be in
  // flight, and a search two checks ask alike goes to the server once). The checks a check requires
  // still decide what is reported: when one of them failed, the check is reported as skipped because
  // of it and its own (read-only) result is dropped. Findings are reported in the fixed order of
  // ALL_CHECKS.
  const applicable = ALL_CHECKS.filter((check) => !check.appliesTo || check.appliesTo(context));
  const byId = new Map(applicable.map((check) => [check.id, check]));
  const readsAfterBind = (id: string): boolean =>
    id === BIND_CHECK_ID || (byId.get(id)?.requires ?? []).some(readsAfterBind);
  const settled = new Map<string, Promise<Settled>>();
  for (const check of applicable) {
    const requires = check.requires.filter((id) => settled.has(id));
    const startAfter =
      check.id !== BIND_CHECK_ID && settled.has(BIND_CHECK_ID) && requires.some(readsAfterBind)
        ? [BIND_CHECK_ID]
        : requires;
    settled.set(
      check.id,
      (async (): Promise<Settled> => {
        const gate = await Promise.all(startAfter.map((id) => settled.get(id)!));
        for (const [i, result] of gate.entries()) {
          const because = rootCause(startAfter[i]!, result);
          if (because !== undefined) return { kind: 'skipped', because };
        }
        const ran = runOne(check, context, overall, overallTimeoutMs);
        const results = await Promise.all(requires.map((id) => settled.get(id)!));
        for (const [i, result] of results.entries()) {
          const because = rootCause(requires[i]!, result);
          if (because !== undefined) return { kind: 'skipped', because };
        }
        return { kind: 'ran', ...(await ran) };
      })(),
    );
  }

  try {
    /** The first check (in report order) after which the connection was unusable: the rest is skipped because of it. */
    let cutAt: string | undefined;
    for (const check of applicable) {
      const result = await settled.get(check.id)!;
      if (cutAt !== undefined || result.kind === 'skipped') {
        emit(skipped(check, cutAt ?? (result as { because: string }).because, findings));
        continue;
      }
      for (const outcome of result.list) emit(toFinding(check, outcome));
      // The one connection is gone (or stuck): report the rest as skipped rather than as faults of
      // their own (ldapts would otherwise reconnect without the bind).
      if (
        result.timedOut ||
        result.list.some((o) => o.status === 'fail' && CONNECTION_LOST.has(String(o.evidence?.faultClass)))
      ) {
        cutAt = check.id;
      }
    }
  } finally {
    // Normally all settled already; after an unexpected throw, let the rest end (timeouts bound it).
    await Promise.allSettled(settled.values());
    clearTimeout(overallTimer);
    await connection.close();
  }

  const summary = { pass: 0, warn: 0, fail: 0, skipped: 0 };
  for (const f of findings) summary[f.status]++;
  return redactSecret(
    {
      schema: PREFLIGHT_REPORT_SCHEMA,
      target:
        connection.url +
        (settings.agent.connectionSecurity === LdapConnectionSecurity.STARTTLS ? ' (StartTLS)' : ''),
      host: settings.agent.host,
      port: settings.agent.port,
      connectionSecurity: settings.agent.connectionSecurity,
      bindDn: settings.agent.bindDn,
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
      findings,
      summary,
      ok: summary.fail === 0,
    },
    bindPassword,
  );
}

/** How one check settled: it ran (one or several outcomes), or it was skipped because of a root cause. */
type Settled =
  | { readonly kind: 'ran'; readonly list: CheckOutcome[]; readonly timedOut: boolean }
  | { readonly kind: 'skipped'; readonly because: string };

/** The id later checks name in `skippedBecause`: the check itself when it failed, its own cause when skipped. */
function rootCause(id: string, result: Settled): string | undefined {
  if (result.kind === 'skipped') return result.because;
  return result.list.some((o) => o.status === 'fail') ? id : undefined;
}

async function runOne(
  check: PreflightCheck,
  context: CheckContext,
  overall: Promise<never>,
  overallTimeoutMs: number,
): Promise<{ list: CheckOutcome[]; timedOut: boolean }> {
  try {
    const result = await Promise.race([check.run(context), overall]);
    return { list: Array.isArray(result) ? result : [result], timedOut: false };
  } catch (error) {
    if (error instanceof OverallTimeout) {
      return {
        timedOut: true,
        list: [
          {
            status: 'fail',
            message: `The preflight ran out of time (overall timeout ${overallTimeoutMs} ms) during this check`,
            evidence: { faultClass: 'timeout', overallTimeoutMs },
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

function skipped(check: PreflightCheck, because: string, findings: Finding[]): Finding {
  const cause = findings.find((f) => f.id === because);
  const causeWord = cause?.status === 'fail' ? 'failed' : 'did not pass';
  return {
    id: check.id,
    title: check.title,
    status: 'skipped',
    message: `Skipped: ${because} ${causeWord}`,
    evidence: {},
    skippedBecause: because,
  };
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
