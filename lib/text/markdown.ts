/**
 * Markdown for pull-request comments and job summaries, in one place. The rule: the product writes
 * the structure (headings, lists, tables, `<details>`), and every value that comes from an app, a
 * synthesized stack, a plan or a report is written with `code` — a code span that nothing in the
 * value can close, break or turn into markup:
 * - hidden characters (controls, line breaks, bidi and zero-width characters) are shown as
 *   `<U+XXXX>` first (`showHidden`), so a value is always one line and displays as what it is;
 * - the span's fence is longer than any run of backticks in the value;
 * - inside a code span GitHub makes no HTML element, entity, emphasis, link, autolink, `@mention` or
 *   `#123` reference;
 * - in a table cell, `escapeCell` escapes the pipes (GFM splits cells before it reads code spans).
 * Product text alone (titles, reasons) goes through `escapeText`.
 */
import { clip, showHidden } from './untrusted-text';

/**
 * Escapes the characters that start markup inside running text (backslash, backtick, `*`, `_`, `~`,
 * `[`, `]`, `<`, `>`, `&`) and shows hidden characters. For product text and operator text, which
 * never start a line; a pipe matters only in a table cell, where `escapeCell` escapes it.
 */
export function escapeText(value: string): string {
  return showHidden(value.replace(/[\\`*_~[\]<>&]/g, (c) => `\\${c}`));
}

/**
 * A fenced code block around `text` (e.g. JSON evidence): the fence is longer than any run of
 * backticks in the text, so no line of it can close the block, and hidden characters are shown.
 */
export function fencedBlock(text: string, info = ''): string {
  const visible = text
    .split('\n')
    .map((line) => showHidden(line))
    .join('\n');
  const longestRun = Math.max(0, ...(visible.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${visible}\n${fence}`;
}

/**
 * Escapes a table cell: a pipe would end the cell (even inside a code span: GFM splits cells first),
 * so each becomes `\|`. A backslash right before a pipe is shown as `<U+005C>`, because renderers
 * disagree on whether `\\|` ends the cell. A line break (which the product never writes into a cell,
 * values being one line) becomes a space.
 */
export function escapeCell(text: string): string {
  return text
    .replace(/\\(?=\|)/g, '<U+005C>')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|[\r\n]/g, ' ');
}

/** Options of `code`. */
export interface CodeOptions {
  /**
   * Longest value shown, in characters; a longer one is cut with `…(+N characters)` (for a budgeted
   * comment, so one long name cannot fill it).
   * @default - never cut
   */
  readonly max?: number;
}

/**
 * An untrusted value as inline code that cannot be closed, broken or turned into markup (see the
 * file comment). Empty for an empty value.
 */
export function code(value: string, options: CodeOptions = {}): string {
  if (value === '') return '';
  const shown = showHidden(options.max === undefined ? value : clip(value, options.max));
  const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each end when both ends have one, and a backtick at an end
  // would join the fence: pad in both cases so the value reads exactly as it is.
  const pad =
    shown.startsWith('`') ||
    shown.endsWith('`') ||
    (shown.startsWith(' ') && shown.endsWith(' ') && shown.trim() !== '')
      ? ' '
      : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/**
 * Text given by the operator of a command (not by an app), e.g. where the uncut review is: its web
 * addresses become links (`<https://…>`, only for addresses of plain URL characters), the rest is
 * running text with every Markdown character escaped.
 */
export function linkedText(text: string): string {
  return text
    .split(/(https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+)/)
    .map((part, i) => (i % 2 === 1 ? `<${part}>` : escapeText(part)))
    .join('');
}

/** Renders a table. Every row must have as many cells as there are headers. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const row of rows) {
    if (row.length !== headers.length) {
      throw new Error(`markdownTable: a row has ${row.length} cells, expected ${headers.length}`);
    }
  }
  const cells = [headers, ...rows].map((row) => row.map(escapeCell));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((row) => row[i]!.length)));
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(cells[0]!), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

/**
 * An unpadded table, for text that must stay short (a pull-request comment): the header, the
 * separator and one line per row, cells escaped. Each row's length depends on that row alone.
 */
export function compactTableHeader(headers: readonly string[]): string[] {
  return [compactTableRow(headers), compactTableRow(headers.map(() => '---'))];
}

/** One row of `compactTableHeader`'s table. */
export function compactTableRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}
