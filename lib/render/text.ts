import type { Finding, FindingsOutcome, PreflightReport } from '../preflight/finding';
import { statusLabel } from './status-labels';

/** Options of the text renderer. */
export interface TextRenderOptions {
  /**
   * ANSI colours on the status labels (the CLI sets it on a TTY when NO_COLOR is unset).
   * @default false
   */
  readonly colour?: boolean;
}

/** One line of progress for a finding, as the CLI prints it to stderr while the preflight runs. */
export function renderProgressLine(finding: Finding, options: TextRenderOptions = {}): string {
  return `${statusLabel(finding.status, options.colour === true)} ${finding.id}  ${finding.message}\n`;
}

/** Human-readable report: one line per finding, the fix under each warn/fail, and a summary. */
export function renderText(report: PreflightReport, options: TextRenderOptions = {}): string {
  return renderFindingsText(`LDAP preflight: ${report.target} as ${report.bindDn}`, report, options);
}

/** A heading, one line per finding with the fix under each warn/fail, and a summary (any report of findings). */
export function renderFindingsText(
  heading: string,
  report: FindingsOutcome,
  options: TextRenderOptions = {},
): string {
  const colour = options.colour === true;
  const width = Math.max(...report.findings.map((f) => f.id.length), 0);
  const lines = [heading, ''];
  for (const f of report.findings) {
    lines.push(`  ${statusLabel(f.status, colour)}  ${f.id.padEnd(width)}  ${f.message}`);
    if (f.fix !== undefined) lines.push(`        ${' '.repeat(width)}  fix: ${f.fix}`);
  }
  const s = report.summary;
  lines.push(
    '',
    `${report.ok ? 'OK' : 'FAILED'}: ${s.pass} passed, ${s.warn} warned, ${s.fail} failed, ${s.skipped} skipped in ${report.durationMs} ms`,
  );
  return `${lines.join('\n')}\n`;
}
