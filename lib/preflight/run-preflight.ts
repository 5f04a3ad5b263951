import { caCheckContext } from './ca-file';
import { LdapConnectionSecurity } from '../settings/setting-choices';
import { CheckContext, PreflightCheck, toFinding } from './check';
import { scheduleChecks, startOverallDeadline } from './check-scheduler';
import { ALL_CHECKS } from './checks';
import { Finding, PREFLIGHT_REPORT_SCHEMA, PreflightReport, summarizeFindings } from './finding';
import { LdapConnection } from './ldap-connection';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_OPERATION_TIMEOUT_MS,
  DEFAULT_OVERALL_TIMEOUT_MS,
  PreflightInput,
  PreflightOptions,
} from './preflight-options';
import { redactSecretDeep } from '../text/redact-secret';
import { withTrustedConnection } from './trusted-connection';

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
  const taken =
    options.connectionFrom !== undefined
      ? withTrustedConnection(input.settings, options.connectionFrom)
      : undefined;
  const settings = taken?.settings ?? input.settings;
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
    input: taken !== undefined ? { ...input, settings } : input,
    connection,
    bindPassword,
    ...(options.bindPasswordSource !== undefined ? { bindPasswordSource: options.bindPasswordSource } : {}),
    ...(options.exampleUser !== undefined ? { exampleUser: options.exampleUser } : {}),
    ...(taken !== undefined
      ? { trustedConnection: { source: options.connectionFrom!.source, differences: taken.differences } }
      : {}),
    ...caCheckContext(options.ca, options.caSource),
    now: options.now ?? new Date(),
    connectTimeoutMs,
    operationTimeoutMs,
  };
  const deadline = startOverallDeadline(overallTimeoutMs, () => connection.abort());
  const findings: Finding[] = [];
  try {
    const applicable = ALL_CHECKS.filter((check) => !check.appliesTo || check.appliesTo(context));
    for await (const { check, result } of scheduleChecks(applicable, context, deadline)) {
      const found =
        result.kind === 'skipped'
          ? [skipped(check, result.because, findings)]
          : result.list.map((outcome) => toFinding(check, outcome));
      for (const finding of found) {
        const safe = redactSecretDeep(finding, bindPassword);
        findings.push(safe);
        options.onProgress?.(safe);
      }
    }
  } finally {
    deadline.clear();
    await connection.close();
  }
  return report(connection, settings, { startedAt, started, findings }, bindPassword);
}

/** The report of a finished run, with the password redacted wherever it might appear. */
function report(
  connection: LdapConnection,
  settings: CheckContext['settings'],
  run: { readonly startedAt: Date; readonly started: bigint; readonly findings: Finding[] },
  bindPassword: string,
): PreflightReport {
  const summary = summarizeFindings(run.findings);
  return redactSecretDeep(
    {
      schema: PREFLIGHT_REPORT_SCHEMA,
      target:
        connection.url +
        (settings.agent.connectionSecurity === LdapConnectionSecurity.STARTTLS ? ' (StartTLS)' : ''),
      host: settings.agent.host,
      port: settings.agent.port,
      connectionSecurity: settings.agent.connectionSecurity,
      bindDn: settings.agent.bindDn,
      startedAt: run.startedAt.toISOString(),
      durationMs: Math.round(Number(process.hrtime.bigint() - run.started) / 1e6),
      findings: run.findings,
      summary,
      ok: summary.fail === 0,
    },
    bindPassword,
  );
}

/** A skipped check's finding, naming the root cause and whether it failed or only did not pass. */
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
