import type { Finding, FindingsReport, PreflightReport } from '../finding';
import { code, escapeCell, escapeText, fencedBlock } from '../../text/markdown';
import { readingOrder } from './reading-order';
import { STATUS_EMOJI, STATUS_LABEL } from './status-labels';

/** Markdown report (e.g. a pull-request comment): a table of findings, then the details of each. */
export function renderMarkdown(report: PreflightReport): string {
  return renderFindingsMarkdown('LDAP preflight', `${code(report.target)} as ${code(report.bindDn)}`, report);
}

/**
 * Any report of findings as Markdown: a `## title`, a status line with `subject` (Markdown, already
 * escaped), a table of findings (failures, warnings, passes; one row per group of checks skipped
 * for the same cause), then the details of each failure and warning.
 */
export function renderFindingsMarkdown(title: string, subject: string, report: FindingsReport): string {
  const s = report.summary;
  const { shown, skipped } = readingOrder(report.findings);
  const out: string[] = [
    `## ${escapeText(title)}`,
    '',
    `${report.ok ? '✅ **Passed**' : '❌ **Failed**'} — ${subject}: ${s.pass} passed, ${s.warn} warned, ${s.fail} failed, ${s.skipped} skipped (${report.durationMs} ms).`,
    '',
    '| Status | Check | Message |',
    '| --- | --- | --- |',
    ...shown.map(
      (f) =>
        `| ${STATUS_EMOJI[f.status]} ${STATUS_LABEL[f.status]} | ${escapeCell(`${code(f.id)} ${titleMarkdown(f)}`)} | ${escapeCell(code(f.message))} |`,
    ),
    ...skipped.map(
      (g) =>
        `| ${STATUS_EMOJI.skipped} ${STATUS_LABEL.skipped} | ${escapeCell(g.ids.map((id) => code(id)).join(', '))} | ${escapeCell(`skipped: ${code(g.cause)} ${g.causeWord}`)} |`,
    ),
    '',
  ];
  const notable = shown.filter((f) => f.status !== 'pass');
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
          shown.filter((f) => f.status === 'pass').map((f, i) => [`${i + 1} ${f.id}`, f.evidence]),
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

/**
 * A finding's title: product text, but a per-item check names its item in it (`Mapped LDAP group
 * <name> exists once`), and that name comes from the app or the directory. Every text value of the
 * finding's evidence found in the title (the longest first) is a code span, so a group name cannot
 * make a mention, a link, a reference or an emoji; the rest is escaped product text.
 */
export function titleMarkdown(f: Pick<Finding, 'title' | 'evidence'>): string {
  const values = Object.values(f.evidence)
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '' && wordIn(f.title, v))
    .sort((a, b) => b.length - a.length);
  const [value] = values;
  if (value === undefined) return escapeText(f.title);
  return f.title
    .split(wordPattern(value))
    .map((part) => titleMarkdown({ title: part, evidence: f.evidence }))
    .join(code(value));
}

/** `value` where it stands as a word of the title (between spaces or the ends), not inside a word. */
function wordPattern(value: string): RegExp {
  return new RegExp(`(?<=^| )${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?= |$)`);
}

function wordIn(title: string, value: string): boolean {
  return wordPattern(value).test(title);
}

function details(f: Finding): string[] {
  const lines = [`#### ${STATUS_EMOJI[f.status]} ${code(f.id)} ${titleMarkdown(f)}`, '', code(f.message), ''];
  if (f.fix !== undefined) lines.push(`**Fix:** ${code(f.fix)}`, '');
  if (f.skippedBecause !== undefined)
    lines.push(`Skipped because ${code(f.skippedBecause)} did not pass.`, '');
  if (Object.keys(f.evidence).length > 0) {
    const json = fencedBlock(JSON.stringify(f.evidence, null, 2), 'json');
    lines.push('<details><summary>Evidence</summary>', '', json, '', '</details>', '');
  }
  return lines;
}
