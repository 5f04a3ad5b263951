import type { Finding, FindingsReport, PreflightReport } from '../finding';
import { code, escapeCell, escapeText, fencedBlock } from '../../text/markdown';
import { STATUS_EMOJI, STATUS_LABEL } from './status-labels';

/** Markdown report (e.g. a pull-request comment): a table of findings, then the details of each. */
export function renderMarkdown(report: PreflightReport): string {
  return renderFindingsMarkdown('LDAP preflight', `${code(report.target)} as ${code(report.bindDn)}`, report);
}

/**
 * Any report of findings as Markdown: a `## title`, a status line with `subject` (Markdown, already
 * escaped), a table of findings, then the details of each that did not pass.
 */
export function renderFindingsMarkdown(title: string, subject: string, report: FindingsReport): string {
  const s = report.summary;
  const out: string[] = [
    `## ${escapeText(title)}`,
    '',
    `${report.ok ? '✅ **Passed**' : '❌ **Failed**'} — ${subject}: ${s.pass} passed, ${s.warn} warned, ${s.fail} failed, ${s.skipped} skipped (${report.durationMs} ms).`,
    '',
    '| Status | Check | Message |',
    '| --- | --- | --- |',
    ...report.findings.map(
      (f) =>
        `| ${STATUS_EMOJI[f.status]} ${STATUS_LABEL[f.status]} | ${escapeCell(`${code(f.id)} ${escapeText(f.title)}`)} | ${escapeCell(code(f.message))} |`,
    ),
    '',
  ];
  const notable = report.findings.filter((f) => f.status !== 'pass');
  if (notable.length > 0) {
    out.push('### Details', '');
    for (const f of notable) out.push(...details(f));
  }
  out.push(
    '<details><summary>Evidence of the passed checks</summary>',
    '',
    fencedBlock(
      JSON.stringify(
        Object.fromEntries(
          report.findings.filter((f) => f.status === 'pass').map((f, i) => [`${i + 1} ${f.id}`, f.evidence]),
        ),
        null,
        2,
      ),
      'json',
    ),
    '',
    '</details>',
  );
  return `${out.join('\n').trimEnd()}\n`;
}

function details(f: Finding): string[] {
  const lines = [
    `#### ${STATUS_EMOJI[f.status]} ${code(f.id)} ${escapeText(f.title)}`,
    '',
    code(f.message),
    '',
  ];
  if (f.fix !== undefined) lines.push(`**Fix:** ${code(f.fix)}`, '');
  if (f.skippedBecause !== undefined)
    lines.push(`Skipped because ${code(f.skippedBecause)} did not pass.`, '');
  if (Object.keys(f.evidence).length > 0) {
    const json = fencedBlock(JSON.stringify(f.evidence, null, 2), 'json');
    lines.push('<details><summary>Evidence</summary>', '', json, '', '</details>', '');
  }
  return lines;
}
