import type { Finding, FindingsOutcome, PreflightReport } from '../preflight/finding';
import { code, escapeCell, escapeText, fenceSafe } from '../shared/markdown';
import { STATUS_EMOJI, STATUS_LABEL } from './status-labels';

/** Markdown report (e.g. a pull-request comment): a table of findings, then the details of each. */
export function renderMarkdown(report: PreflightReport): string {
  return renderFindingsMarkdown('LDAP preflight', `${code(report.target)} as ${code(report.bindDn)}`, report);
}

/**
 * Any report of findings as Markdown: a `## title`, a status line with `subject` (Markdown, already
 * escaped), a table of findings, then the details of each that did not pass.
 */
export function renderFindingsMarkdown(title: string, subject: string, report: FindingsOutcome): string {
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
        `| ${STATUS_EMOJI[f.status]} ${STATUS_LABEL[f.status]} | \`${f.id}\` ${cell(f.title)} | ${cell(f.message)} |`,
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
    '```json',
    fenceSafe(
      JSON.stringify(
        Object.fromEntries(
          report.findings.filter((f) => f.status === 'pass').map((f, i) => [`${i + 1} ${f.id}`, f.evidence]),
        ),
        null,
        2,
      ),
    ),
    '```',
    '',
    '</details>',
  );
  return `${out.join('\n').trimEnd()}\n`;
}

function details(f: Finding): string[] {
  const lines = [
    `#### ${STATUS_EMOJI[f.status]} \`${f.id}\` ${escapeText(f.title)}`,
    '',
    escapeText(f.message),
    '',
  ];
  if (f.fix !== undefined) lines.push(`**Fix:** ${escapeText(f.fix)}`, '');
  if (f.skippedBecause !== undefined) lines.push(`Skipped because \`${f.skippedBecause}\` did not pass.`, '');
  if (Object.keys(f.evidence).length > 0) {
    const json = fenceSafe(JSON.stringify(f.evidence, null, 2));
    lines.push('<details><summary>Evidence</summary>', '', '```json', json, '```', '', '</details>', '');
  }
  return lines;
}

/** A table cell of running text: Markdown characters escaped, then pipes and line breaks. */
function cell(value: string): string {
  return escapeCell(escapeText(value));
}
