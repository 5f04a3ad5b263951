import type { Finding, PreflightReport } from '../preflight/finding';
import { STATUS_EMOJI, STATUS_LABEL } from './status-labels';

/** Markdown report (e.g. a pull-request comment): a table of findings, then the details of each. */
export function renderMarkdown(report: PreflightReport): string {
  const s = report.summary;
  const out: string[] = [
    '## LDAP preflight',
    '',
    `${report.ok ? '✅ **Passed**' : '❌ **Failed**'} — \`${code(report.target)}\` as \`${code(report.bindDn)}\`: ${s.pass} passed, ${s.warn} warned, ${s.fail} failed, ${s.skipped} skipped (${report.durationMs} ms).`,
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
    fence(
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
  const lines = [`#### ${STATUS_EMOJI[f.status]} \`${f.id}\` ${text(f.title)}`, '', text(f.message), ''];
  if (f.fix !== undefined) lines.push(`**Fix:** ${text(f.fix)}`, '');
  if (f.skippedBecause !== undefined) lines.push(`Skipped because \`${f.skippedBecause}\` did not pass.`, '');
  if (Object.keys(f.evidence).length > 0) {
    const json = fence(JSON.stringify(f.evidence, null, 2));
    lines.push('<details><summary>Evidence</summary>', '', '```json', json, '```', '', '</details>', '');
  }
  return lines;
}

/** Escapes text for a table cell: pipes, line breaks, and HTML-ish characters. */
function cell(value: string): string {
  return text(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Escapes characters that Markdown or HTML would interpret in running text. */
function text(value: string): string {
  return value.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

/** Breaks any ``` inside a fenced block. */
function fence(json: string): string {
  return json.replace(/```/g, '`\u200b``');
}

function code(value: string): string {
  return value.replace(/`/g, "'");
}
