/**
 * Fits a text made of blocks into a character budget: blocks are filled in priority order, each
 * with as many of its rows as fit, a cut block ends with its "… and N more" line, and the result is
 * printed in display order. Mandatory blocks (priority 0) are never cut; blocks marked `ranked` are
 * filled strictly in order (once one is cut, the later ones of its priority are left out, so what
 * is shown is always a prefix of the ranking).
 */

/** One part of the text. */
export interface Block {
  /** Lines printed first whenever the block is printed (a title, a table header). */
  readonly head: readonly string[];
  /** The rows that may be cut, in order. */
  readonly rows: readonly string[];
  /** Lines printed before the rows only when at least one row is (a table's header). */
  readonly rowHead?: readonly string[];
  /**
   * How rows are joined: `'\n'` (one per line, the default) or e.g. `', '` (one line; then `indent`
   * starts it).
   */
  readonly joiner?: string;
  /** Start of the one line of rows when `joiner` is not a line break. */
  readonly indent?: string;
  /** The line that replaces the rows cut off, given how many. */
  readonly more?: (cut: number) => string;
  /** Lines printed last whenever the block is printed. */
  readonly tail?: readonly string[];
  /** 0: mandatory, never cut; higher numbers are filled later. */
  readonly priority: number;
  /** The block is printed only when this one is (e.g. the heading of its section). */
  readonly requires?: Block;
  /** A block printed whenever this one is, paid for with it (e.g. a closing `</details>`); never filled alone. */
  readonly companion?: Block;
  /**
   * Rows of this block and of the later ranked blocks of the same priority form one ranking: no
   * later row is shown once one before it is cut.
   * @default false
   */
  readonly ranked?: boolean;
}

/** What was kept of each block (absent: left out entirely); given to the closing note. */
export type KeptRows = ReadonlyMap<Block, number>;

/** The fitted text and what was cut. */
export interface FittedText {
  readonly text: string;
  /** Rows left out (a block left out entirely counts all its rows, and one for its head). */
  readonly cutRows: number;
  /** Characters the mandatory blocks need (with the closing note). */
  readonly mandatoryChars: number;
}

/** Thrown when the mandatory blocks alone do not fit. */
export class BudgetTooSmall extends Error {
  constructor(
    readonly needed: number,
    readonly budget: number,
  ) {
    super(`needs ${needed} characters, the budget is ${budget}`);
    this.name = 'BudgetTooSmall';
  }
}

/**
 * Prints `blocks` (in display order) within `budget` characters (UTF-16 code units, which are never
 * fewer than the characters GitHub counts). When something is cut, `note(cutRows, kept)` is
 * appended; its length must not grow with fewer rows cut (it is paid for at its longest: every
 * block but the mandatory ones left out).
 */
export function fitBlocks(
  blocks: readonly Block[],
  budget: number,
  note: (cutRows: number, kept: KeptRows) => string,
): FittedText {
  const full = blocks.map((b) => ({ block: b, rows: b.rows.length }));
  const fullText = render(full);
  const mandatory = blocks.filter((b) => b.priority === 0);
  const totalRows = blocks.reduce((n, b) => n + b.rows.length + 1, 0);
  const noteCost = note(totalRows, new Map(mandatory.map((b) => [b, b.rows.length]))).length + 2;
  const mandatoryChars = mandatory.reduce((n, b) => n + cost(b, b.rows.length), 0) + noteCost;
  if (fullText.length <= budget) return { text: fullText, cutRows: 0, mandatoryChars };
  if (mandatoryChars > budget) throw new BudgetTooSmall(mandatoryChars, budget);

  const kept = new Map<Block, number>();
  let left = budget - noteCost - 1;
  const order = blocks.map((b, i) => ({ b, i })).sort((x, y) => x.b.priority - y.b.priority || x.i - y.i);
  const companions = new Set(blocks.flatMap((b) => (b.companion === undefined ? [] : [b.companion])));
  /** Priorities whose ranking was cut: their later ranked blocks are left out. */
  const rankingCut = new Set<number>();
  for (const { b } of order) {
    if (companions.has(b) || (b.requires !== undefined && !kept.has(b.requires))) continue;
    if (b.ranked === true && rankingCut.has(b.priority)) continue;
    if (b.priority === 0) {
      kept.set(b, b.rows.length);
      left -= cost(b, b.rows.length);
      continue;
    }
    const extra = b.companion === undefined ? 0 : cost(b.companion, b.companion.rows.length);
    const k = mostRowsWithin(b, left - extra);
    if (b.ranked === true && (k === undefined || k < b.rows.length)) rankingCut.add(b.priority);
    if (k === undefined) continue;
    kept.set(b, k);
    left -= cost(b, k) + extra;
    if (b.companion !== undefined) kept.set(b.companion, b.companion.rows.length);
  }
  let cutRows = 0;
  for (const b of blocks) cutRows += kept.has(b) ? b.rows.length - kept.get(b)! : b.rows.length + 1;
  const body = render(blocks.filter((b) => kept.has(b)).map((b) => ({ block: b, rows: kept.get(b)! })));
  return { text: `${body}\n${note(cutRows, kept)}\n`, cutRows, mandatoryChars };
}

/**
 * The most rows of `b` whose printed cost stays within `left` (the "… and N more" line is counted at
 * its longest), or undefined when not even the head and that line fit.
 */
function mostRowsWithin(b: Block, left: number): number | undefined {
  const n = b.rows.length;
  const inline = (b.joiner ?? '\n') !== '\n';
  const fixed = cost(b, n) - rowsCost(b, n);
  const moreMax = moreCost(b, n);
  if (fixed > left) return undefined;
  let rows = 0;
  let k = 0;
  while (k < n) {
    const add =
      b.rows[k]!.length +
      (inline ? (k === 0 ? (b.indent ?? '').length + 1 : b.joiner!.length) : 1) +
      (k === 0 ? rowHeadCost(b) : 0);
    const more = k + 1 < n ? moreMax : 0;
    if (fixed + rows + add + more > left) break;
    rows += add;
    k++;
  }
  if (k === 0 && n > 0 && fixed + moreMax > left) return undefined;
  return k;
}

/** Printed length of the first `k` rows of `b`. */
function rowsCost(b: Block, k: number): number {
  if (k === 0) return 0;
  const rows = b.rows.slice(0, k);
  if ((b.joiner ?? '\n') === '\n') return rowHeadCost(b) + rows.reduce((n, r) => n + r.length + 1, 0);
  return rowHeadCost(b) + (b.indent ?? '').length + rows.join(b.joiner).length + 1;
}

function rowHeadCost(b: Block): number {
  return (b.rowHead ?? []).reduce((n, l) => n + l.length + 1, 0);
}

/** Printed length of `b` with its first `k` rows (each line counts its line break). */
function cost(b: Block, k: number): number {
  return lines(b, k).reduce((n, l) => n + l.length + 1, 0);
}

function moreCost(b: Block, cut: number): number {
  return b.more === undefined || cut === 0 ? 0 : b.more(cut).length + 1;
}

function lines(b: Block, k: number): string[] {
  const out = [...b.head];
  const rows = b.rows.slice(0, k);
  const joiner = b.joiner ?? '\n';
  if (rows.length > 0) {
    out.push(...(b.rowHead ?? []));
    if (joiner === '\n') out.push(...rows);
    else out.push(`${b.indent ?? ''}${rows.join(joiner)}`);
  }
  if (k < b.rows.length && b.more !== undefined) out.push(b.more(b.rows.length - k));
  out.push(...(b.tail ?? []));
  return out;
}

function render(parts: readonly { block: Block; rows: number }[]): string {
  return `${parts.flatMap((p) => lines(p.block, p.rows)).join('\n')}\n`;
}
