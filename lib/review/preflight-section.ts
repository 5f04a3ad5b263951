import type { Finding, PreflightReport } from '../preflight/finding';
import type { IntegrationManifest } from '../manifest/integration-manifest';
import { code, markdownTable } from './markdown-table';

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
 * Whether a preflight report was run against this integration's directory: same host and port in
 * the target, same bind DN (case-insensitive, as LDAP compares DNs).
 */
export function preflightMatches(report: PreflightReport, integration: IntegrationManifest): boolean {
  const agent = integration.settings.agent;
  const target = report.target.toLowerCase();
  const hostPort = `//${agent.host}:${agent.port}`.toLowerCase();
  return target.includes(hostPort) && report.bindDn.toLowerCase() === agent.bindDn.toLowerCase();
}
