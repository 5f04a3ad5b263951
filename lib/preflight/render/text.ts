import type { Finding, FindingsReport, PreflightReport } from '../finding';
import { readingOrder } from './reading-order';
import { statusLabel } from './status-labels';
import { showHidden } from '../../text/untrusted-text';

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
  return `${statusLabel(finding.status, options.colour === true)} ${showHidden(finding.id)}  ${showHidden(finding.message)}\n`;
}

/**
 * Human-readable report: failures, warnings, then passes, one line each with the fix under each
 * warn/fail; one line per group of checks skipped for the same cause; a summary.
 */
export function renderText(report: PreflightReport, options: TextRenderOptions = {}): string {
  return renderFindingsText(`LDAP preflight: ${report.target} as ${report.bindDn}`, report, options);
}

/**
 * A heading, one line per finding with the fix under each warn/fail, and a summary (any report of
 * findings). Every value (the heading's, ids, messages, fixes) is shown with `showHidden`: one line
 * each, no control or escape character from a directory or an app reaches the terminal.
 */
export function renderFindingsText(
  heading: string,
  report: FindingsReport,
  options: TextRenderOptions = {},
): string {
  const colour = options.colour === true;
  const { shown, skipped } = readingOrder(report.findings);
  const ids = shown.map((f) => showHidden(f.id));
  const width = Math.max(...ids.map((id) => id.length), 0);
  const lines = [showHidden(heading), ''];
  shown.forEach((f, i) => {
    lines.push(`  ${statusLabel(f.status, colour)}  ${ids[i]!.padEnd(width)}  ${showHidden(f.message)}`);
    if (f.fix !== undefined) lines.push(`        ${' '.repeat(width)}  fix: ${showHidden(f.fix)}`);
  });
  for (const group of skipped) {
    const what = `skipped: ${showHidden(group.cause)} ${group.causeWord}`;
    lines.push(`  ${statusLabel('skipped', colour)}  ${what} (${group.ids.map(showHidden).join(', ')})`);
  }
  const s = report.summary;
  lines.push(
    '',
    `${report.ok ? 'OK' : 'FAILED'}: ${s.pass} passed, ${s.warn} warned, ${s.fail} failed, ${s.skipped} skipped in ${report.durationMs} ms`,
  );
  return `${lines.join('\n')}\n`;
}
