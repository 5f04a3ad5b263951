import type { Finding, PreflightReport } from '../finding';
import { sortKeys } from '../../text/canonical-json';

/**
 * The report as JSON with a stable key order: report and finding keys in the contract's order,
 * evidence keys sorted, so that two runs diff cleanly.
 */
export function renderJson(report: PreflightReport): string {
  const ordered = {
    schema: report.schema,
    target: report.target,
    host: report.host,
    port: report.port,
    connectionSecurity: report.connectionSecurity,
    bindDn: report.bindDn,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    ok: report.ok,
    summary: {
      pass: report.summary.pass,
      warn: report.summary.warn,
      fail: report.summary.fail,
      skipped: report.summary.skipped,
    },
    findings: report.findings.map(orderFinding),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A finding with its keys in the contract's order and its evidence keys sorted. */
export function orderFinding(f: Finding): Record<string, unknown> {
  return {
    id: f.id,
    title: f.title,
    status: f.status,
    message: f.message,
    ...(f.fix !== undefined ? { fix: f.fix } : {}),
    ...(f.skippedBecause !== undefined ? { skippedBecause: f.skippedBecause } : {}),
    evidence: sortKeys(f.evidence),
  };
}
