import type { PreflightReport } from '../preflight/finding';
import type { IntegrationManifest } from '../manifest/integration-manifest';
import { dnEquals } from '../ldap-names/dn';
import { STATUS_LABEL } from '../preflight/render/status-labels';
import { code, markdownTable } from '../text/markdown';
import { COMMENT_VALUE_MAX } from './value-limits';

/** A value as inline code, cut to `COMMENT_VALUE_MAX` characters. */
const quote = (value: string): string => code(value, { max: COMMENT_VALUE_MAX });

/** Markdown lines for one preflight report: a summary line and one table row per finding. */
export function preflightSection(report: PreflightReport): string[] {
  const s = report.summary;
  const verdict = report.ok ? 'passed' : '**FAILED**';
  const lines = [
    `Preflight ${verdict} against ${quote(report.target)} as ${quote(report.bindDn)} ` +
      `(${s.pass} pass, ${s.warn} warn, ${s.fail} fail, ${s.skipped} skipped; ${quote(report.startedAt)}, ${report.durationMs} ms).`,
    '',
    markdownTable(
      ['Check', 'Status', 'Result', 'Fix'],
      report.findings.map((f) => [
        `${quote(f.id)} ${quote(f.title)}`,
        f.status === 'skipped' && f.skippedBecause !== undefined
          ? `${STATUS_LABEL.skipped} (after ${quote(f.skippedBecause)})`
          : (STATUS_LABEL[f.status] ?? quote(String(f.status))),
        quote(f.message),
        quote(f.fix ?? ''),
      ]),
    ),
  ];
  return lines;
}

/**
 * Whether a preflight report was run against this integration's directory: same host (any case), the
 * same port, same bind DN compared as a DN (case, OID types, RDN order).
 */
export function preflightMatches(report: PreflightReport, integration: IntegrationManifest): boolean {
  const agent = integration.settings.agent;
  return (
    report.host.toLowerCase() === agent.host.toLowerCase() &&
    report.port === agent.port &&
    sameDn(report.bindDn, agent.bindDn)
  );
}

/** DN equality (case, OID types, RDN order), or plain case-insensitive equality when either is no DN. */
function sameDn(a: string, b: string): boolean {
  try {
    return dnEquals(a, b);
  } catch {
    return a.toLowerCase() === b.toLowerCase();
  }
}
