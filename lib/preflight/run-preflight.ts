import { LdapDirectorySettings, resolveDirectorySettings } from '../settings/ldap-directory-settings';
import { CheckContext, CheckOutcome, PreflightCheck, toFinding } from './check';
import { ALL_CHECKS } from './checks';
import type { Finding, PreflightReport } from './finding';
import { LdapConnection } from './ldap-connection';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_OPERATION_TIMEOUT_MS,
  DEFAULT_OVERALL_TIMEOUT_MS,
  PreflightInput,
  PreflightOptions,
} from './preflight-options';
import { redactSecret } from './redact';

/** Schema tag of a report. */
export const PREFLIGHT_REPORT_SCHEMA = 'cdktf-okta-ldap/preflight@1';

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
  const settings = resolveDirectorySettings(input.settings as LdapDirectorySettings);
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
    shared: {},
  };

  const findings: Finding[] = [];
  /** Check id -> the id to name in `skippedBecause` when it did not pass (itself, or its own root cause). */
  const blockers = new Map<string, string>();
  let overallTimer: NodeJS.Timeout | undefined;
  const overall = new Promise<never>((_, reject) => {
    overallTimer = setTimeout(() => {
      connection.abort();
      reject(new OverallTimeout(overallTimeoutMs));
    }, overallTimeoutMs);
  });
  overall.catch(() => undefined);
  let timedOutAt: string | undefined;

  const emit = (finding: Finding): void => {
    const safe = redactSecret(finding, bindPassword);
    findings.push(safe);
    options.onProgress?.(safe);
  };

  try {
    for (const check of ALL_CHECKS) {
      if (check.appliesTo && !check.appliesTo(context)) continue;
      const blocker = timedOutAt ?? check.requires.map((id) => blockers.get(id)).find((b) => b !== undefined);
      if (blocker !== undefined) {
        blockers.set(check.id, blocker);
        emit(skipped(check, blocker, findings));
        continue;
      }
      const outcomes = await runOne(check, context, overall, overallTimeoutMs);
      if (outcomes.timedOut) timedOutAt = check.id;
      // The one connection is gone (or stuck): skip the rest rather than run them on a broken link.
      else if (
        outcomes.list.some((o) => o.status === 'fail' && CONNECTION_LOST.has(String(o.evidence?.faultClass)))
      ) {
        timedOutAt = check.id;
      }
      if (outcomes.list.some((o) => o.status === 'fail')) blockers.set(check.id, check.id);
      for (const outcome of outcomes.list) emit(toFinding(check, outcome));
    }
  } finally {
    clearTimeout(overallTimer);
    await connection.close();
  }

  const summary = { pass: 0, warn: 0, fail: 0, skipped: 0 };
  for (const f of findings) summary[f.status]++;
  return redactSecret(
    {
      schema: PREFLIGHT_REPORT_SCHEMA,
      target: connection.url + (settings.agent.connectionSecurity === 'STARTTLS' ? ' (StartTLS)' : ''),
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
