import type { Finding, PreflightReport } from '../preflight/finding';
import type { IntegrationManifest } from '../manifest/integration-manifest';
import { isIPv6 } from 'node:net';
import { dnEquals } from '../ldap-names/dn';
import { code, markdownTable } from '../shared/markdown';

const STATUS_LABELS: Record<Finding['status'], string> = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL',
  skipped: 'SKIPPED',
};

/** Markdown lines for one preflight report: a summary line and one table row per finding. */
export function preflightSection(report: PreflightReport): string[] {
  const s = report.summary;
  const verdict = report.ok ? 'passed' : '**FAILED**';
  const lines = [
    `Preflight ${verdict} against ${code(report.target)} as ${code(report.bindDn)} ` +
      `(${s.pass} pass, ${s.warn} warn, ${s.fail} fail, ${s.skipped} skipped; ${report.startedAt}, ${report.durationMs} ms).`,
    '',
    markdownTable(
      ['Check', 'Status', 'Result', 'Fix'],
      report.findings.map((f) => [
        `${code(f.id)} ${f.title}`,
        f.status === 'skipped' && f.skippedBecause !== undefined
          ? `SKIPPED (after ${f.skippedBecause})`
          : STATUS_LABELS[f.status],
        f.message,
        f.fix ?? '',
      ]),
    ),
  ];
  return lines;
}

/**
 * Whether a preflight report was run against this integration's directory: same host (any case) and
 * the same port in the target URL, same bind DN compared as a DN (case, OID types, RDN order).
 */
export function preflightMatches(report: PreflightReport, integration: IntegrationManifest): boolean {
  const agent = integration.settings.agent;
  const host = isIPv6(agent.host) ? `[${agent.host}]` : agent.host;
  return (
    targetHostPort(report.target) === `${host}:${agent.port}`.toLowerCase() &&
    sameDn(report.bindDn, agent.bindDn)
  );
}

/** `host:port` of a preflight target such as `ldap://h:389 (StartTLS)`, lower-cased. */
function targetHostPort(target: string): string | undefined {
  try {
    const url = new URL(target.split(' ')[0] ?? '');
    return `${url.hostname}:${url.port}`.toLowerCase();
  } catch {
    return undefined;
  }
}

/** DN equality (case, OID types, RDN order), or plain case-insensitive equality when either is no DN. */
function sameDn(a: string, b: string): boolean {
  try {
    return dnEquals(a, b);
  } catch {
    return a.toLowerCase() === b.toLowerCase();
  }
}
