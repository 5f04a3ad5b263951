/**
 * Markdown for pull-request comments and job summaries, in one place: the escaper of running text,
 * the table cell escaper, inline code, fenced blocks, and GitHub-flavoured tables that also read well
 * in a terminal (cells escaped, columns padded to a common width).
 */

/** Escapes characters that Markdown or HTML would interpret in running text (backslash, backtick, `*`, `_`, `[`, `]`, `<`, `>`). */
export function escapeText(value: string): string {
  return value.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

/** Breaks any ``` inside a fenced block, so the text cannot close the fence early. */
export function fenceSafe(text: string): string {
  return text.replace(/```/g, '`\u200b``');
}

/**
 * Escapes a cell: a pipe (even inside inline code, GFM splits cells first) and a line break would
 * break the row. Backslashes stay as they are (DN escapes like `cn=a\,b` must read as written).
 */
export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Inline code that survives backticks inside the value. */
export function code(text: string): string {
  if (text === '') return '';
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
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
