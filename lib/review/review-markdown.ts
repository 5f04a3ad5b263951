import { InputError } from '../errors';
import type { Finding } from '../preflight/finding';
import { Block, BudgetTooSmall, fitBlocks, KeptRows } from './comment-budget';
import { code, compactTableHeader, compactTableRow, linkedText } from '../text/markdown';
import { clip } from '../text/untrusted-text';
import { reportTables } from './report-markdown';
import { COMMENT_VALUE_MAX } from './value-limits';
import { countByRisk, Review, ReviewedChange, ReviewedPlan, ReviewedPreflight } from './review';
import { RISK_LEVELS, RiskLevel } from './risk-rule';
import {
  changeBuckets,
  changeItem,
  integrationSummary,
  MARKDOWN_SIGNS,
  NO_SIGNS,
  orgAdminLine,
  planCounts,
  preflightFailure,
  preflightVerdict,
} from './review-parts';
import { orgAdminGrants } from './org-admin-grants';

/** The first line of every review comment (and of the uncut review `review --full` writes). */
export const REVIEW_HEADING = '## Okta LDAP integration review';

/** GitHub refuses an issue or pull-request comment longer than this. */
export const GITHUB_COMMENT_MAX_CHARS = 65_536;

/** Options of `renderReviewMarkdown`. */
export interface ReviewMarkdownOptions {
  /**
   * Longest comment, in characters (at least `MIN_COMMENT_CHARS`). The summary always fits; then the
   * high-risk changes in rank order, the preflight, the medium- and low-risk changes, the plans and
   * the tables, each as far as the budget goes.
   * @default 65536 (GitHub's limit for a comment); Infinity for the uncut review
   */
  readonly maxChars?: number;
  /**
   * Where the uncut review is, said when something is cut (a link, or a file name).
   * @default - "run 'cdktf-okta-ldap review --full FILE' for the uncut review"
   */
  readonly fullReviewAt?: string;
}

/**
 * The smallest `maxChars`: the summary in its shortest form (counts only, no names) and the closing
 * note fit in it whatever the change.
 */
export const MIN_COMMENT_CHARS = 1000;

/** Thrown when `maxChars` is below `MIN_COMMENT_CHARS`. */
export class CommentTooSmallError extends InputError {
  constructor(readonly maxChars: number) {
    super(
      `--max-chars ${maxChars} is too small: a review comment needs at least ${MIN_COMMENT_CHARS} characters for its summary and the note on what is cut. Pass --max-chars ${MIN_COMMENT_CHARS} or more (GitHub takes ${GITHUB_COMMENT_MAX_CHARS}).`,
    );
    this.name = 'CommentTooSmallError';
  }
}

const LEVEL_TITLES: Record<RiskLevel, string> = {
  [RiskLevel.HIGH]: 'High risk',
  [RiskLevel.MEDIUM]: 'Medium risk',
  [RiskLevel.LOW]: 'Low risk',
};
/** Fill order of the sections when the budget is short (0 = never cut). */
const PRIORITY = { summary: 0, high: 1, preflight: 2, medium: 3, plan: 4, low: 5, tables: 6 } as const;

/** How values are quoted in one rendering: whole in the uncut review, clipped in a budgeted comment. */
type Quote = (value: string) => string;

/**
 * The review as one Markdown pull-request comment within `maxChars`: a summary, the changes ranked
 * by risk, the preflight results, what each Terraform plan will do, then every integration's
 * settings and mapping tables collapsed in `<details>`. The comment is always written: when the
 * budget is short, the summary (with the counts per risk) stays, the high-risk changes follow in
 * rank order as far as they fit, lower sections are cut with "… and N more", and a closing line
 * says how many high-risk changes are not shown and where the uncut review is.
 * Every value is a code span (`code`): no name, description, DN or plan value can add markup.
 */
export function renderReviewMarkdown(review: Review, options: ReviewMarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? GITHUB_COMMENT_MAX_CHARS;
  if (maxChars < MIN_COMMENT_CHARS) throw new CommentTooSmallError(maxChars);
  const where = linkedText(
    clip(
      options.fullReviewAt ?? "run 'cdktf-okta-ldap review --full FILE' for the uncut review",
      COMMENT_VALUE_MAX,
    ),
  );
  const quote: Quote = Number.isFinite(maxChars)
    ? (v) => code(v, { max: COMMENT_VALUE_MAX })
    : (v) => code(v);
  const render = (summary: Block): string => {
    const blocks: Block[] = [
      summary,
      ...changeBlocks(review, quote),
      ...preflightBlocks(review.preflight, quote),
      ...planBlocks(review.plans, quote),
      ...tableBlocks(review, quote),
    ];
    const high = blocks.filter((b) => b.priority === PRIORITY.high);
    return fitBlocks(blocks, maxChars, (cut, kept) =>
      closingNote(maxChars, cut, hiddenHighRisk(high, kept), where),
    ).text;
  };
  try {
    return render(summaryBlock(review, quote));
  } catch (e) {
    if (!(e instanceof BudgetTooSmall)) throw e;
    // Even the summary does not fit (many plans or long names): its shortest form always does.
    return render(shortSummaryBlock(review));
  }
}

/** How many high-risk changes a fitted comment does not show. */
function hiddenHighRisk(high: readonly Block[], kept: KeptRows): number {
  return high.reduce((n, b) => n + b.rows.length - (kept.get(b) ?? 0), 0);
}

function closingNote(maxChars: number, cut: number, highHidden: number, where: string): string {
  const high =
    highHidden === 0
      ? 'Every high-risk change is shown.'
      : `**${highHidden} high-risk change(s) are not shown here.**`;
  return `_This comment is cut to fit ${maxChars} characters (${cut} lines left out)._ ${high} The full review: ${where}.`;
}

function summaryBlock(review: Review, quote: Quote): Block {
  const admins = orgAdminLine(review, quote);
  const lines = [
    REVIEW_HEADING,
    '',
    ...(admins !== undefined ? [`**${admins}**`, ''] : []),
    `${integrationSummary(review, quote)}${failedPreflight(review)}`,
    ...riskCounts(review),
  ];
  for (const plan of review.plans)
    lines.push('', `Terraform plan of ${quote(plan.stack)}: ${planCounts(plan)}.`);
  if (review.preflight.length > 0) lines.push('', `Preflight: ${preflightVerdict(review.preflight)}.`);
  return { head: lines, rows: [], priority: PRIORITY.summary };
}

/** The summary without a name: its length depends on nothing but a few counts. */
function shortSummaryBlock(review: Review): Block {
  const touched = review.integrations.filter((i) => i.status !== 'unchanged').length;
  const admins = orgAdminGrants(review).length;
  const lines = [
    REVIEW_HEADING,
    '',
    ...(admins > 0 ? [`**Org-wide admin granted (${admins}): SUPER_ADMIN or ORG_ADMIN.**`, ''] : []),
    `${touched} of ${review.integrations.length} integration(s) changed.${failedPreflight(review)}`,
    ...riskCounts(review),
  ];
  if (review.plans.length > 0) lines.push('', `${review.plans.length} Terraform plan(s) reviewed.`);
  if (review.preflight.length > 0) lines.push('', `Preflight: ${preflightVerdict(review.preflight)}.`);
  return { head: lines, rows: [], priority: PRIORITY.summary };
}

/** ` **Preflight FAILED (…)**.` after the summary line when a preflight report failed. */
function failedPreflight(review: Review): string {
  const failure = preflightFailure(review);
  return failure === undefined ? '' : ` **${failure}.**`;
}

function riskCounts(review: Review): string[] {
  if (review.changes.length === 0) return [];
  const counts = countByRisk(review.changes);
  return [
    '',
    `Changes by risk: **${counts.high} high**, ${counts.medium} medium, ${counts.low} low. ` +
      '(\\+ added, \\- removed, \\~ changed.)',
  ];
}

function changeBlocks(review: Review, quote: Quote): Block[] {
  const blocks: Block[] = [];
  for (const level of RISK_LEVELS) {
    const changes = review.changes.filter((c) => c.rule.level === level);
    if (changes.length === 0) continue;
    const priority = PRIORITY[level];
    // The level's heading goes with its first entry, so a level never shows as an empty heading.
    let first: Block | undefined;
    for (const bucket of changeBuckets(changes)) {
      const inline = bucket.changes.every((c) => !hasDetail(c));
      // The high-risk list is kept short: a one-line list of several keys of one kind needs no sign,
      // as every high-risk title says what happened ("… granted", "… removed"); one item keeps its sign.
      const oneKind = new Set(bucket.changes.map((c) => c.change?.kind)).size === 1;
      const several = bucket.changes.length > 1;
      const signs = inline && oneKind && several && level === RiskLevel.HIGH ? NO_SIGNS : MARKDOWN_SIGNS;
      const items = bucket.changes.map((c) => changeItem(c, quote, signs));
      const block: Block = {
        head: [
          ...(first === undefined ? ['', `### ${LEVEL_TITLES[level]} (${changes.length})`, ''] : []),
          `- **${bucket.rule.title}** in ${quote(bucket.where)} (${bucket.changes.length}): ${bucket.rule.reason}.`,
        ],
        rows: inline ? items : items.map((i) => `  - ${i}`),
        ...(inline ? { joiner: ', ', indent: '  ' } : {}),
        more: (n) => `  - … and ${n} more`,
        priority,
        // High-risk changes are shown strictly in rank order: a cut never hides one ranked above a shown one.
        ranked: level === RiskLevel.HIGH,
        ...(first !== undefined ? { requires: first } : {}),
      };
      first ??= block;
      blocks.push(block);
    }
  }
  return blocks;
}

/** True when the item shows values besides its key. */
function hasDetail(c: ReviewedChange): boolean {
  return (
    c.source === 'plan' ||
    (c.change !== undefined && ((c.change.before ?? '') !== '' || (c.change.after ?? '') !== ''))
  );
}

function planBlocks(plans: readonly ReviewedPlan[], quote: Quote): Block[] {
  return plans.map((plan) => ({
    head: [
      '',
      `### Terraform plan of ${quote(plan.stack)} (${quote(plan.file)})`,
      ...(plan.resources.length === 0 ? ['', '_No change._'] : []),
    ],
    rowHead: ['', ...compactTableHeader(['Integration', 'Terraform will', 'Address', 'Risk'])],
    rows: plan.resources.map((r) =>
      compactTableRow([
        r.integration === '' ? '_(none)_' : quote(r.integration),
        quote(r.status),
        quote(r.address),
        r.rule.level,
      ]),
    ),
    more: (n) => `\n_… and ${n} more resources._`,
    priority: PRIORITY.plan,
  }));
}

const STATUS_ORDER: Record<Finding['status'], number> = { fail: 0, warn: 1, skipped: 2, pass: 3 };

function preflightBlocks(preflight: readonly ReviewedPreflight[], quote: Quote): Block[] {
  if (preflight.length === 0) return [];
  const heading: Block = {
    head: ['', '### Preflight against the live directory'],
    rows: [],
    priority: PRIORITY.preflight,
  };
  return [
    heading,
    ...preflight.map(({ report, stack, integration }) => {
      const s = report.summary;
      const of = stack === undefined ? 'no integration of the head' : quote(`${stack}/${integration}`);
      return {
        head: [
          '',
          `${report.ok ? 'Passed' : '**FAILED**'} against ${quote(report.target)} as ${quote(report.bindDn)} for ${of} ` +
            `(${s.pass} pass, ${s.warn} warn, ${s.fail} fail, ${s.skipped} skipped).`,
        ],
        rowHead: ['', ...compactTableHeader(['Check', 'Status', 'Result', 'Fix'])],
        rows: [...report.findings]
          .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
          .map((f) =>
            compactTableRow([
              `${quote(f.id)} ${quote(f.title)}`,
              f.status.toUpperCase(),
              quote(f.message),
              quote(f.fix ?? ''),
            ]),
          ),
        more: (n: number) => `\n_… and ${n} more checks._`,
        priority: PRIORITY.preflight,
        requires: heading,
      };
    }),
  ];
}

function tableBlocks(review: Review, quote: Quote): Block[] {
  const heads = review.integrations.filter((i) => i.head !== undefined);
  if (heads.length === 0) return [];
  // The closing tag is printed whenever the opening one is: it is the opening block's companion.
  const close: Block = { head: ['', '</details>'], rows: [], priority: PRIORITY.tables };
  const open: Block = {
    head: ['', '<details>', '<summary>Settings and mappings of every integration (head)</summary>'],
    rows: [],
    priority: PRIORITY.tables,
    companion: close,
  };
  const blocks: Block[] = [open];
  for (const i of heads) {
    blocks.push({
      head: ['', `### ${quote(i.stack)} / ${quote(i.id)}`],
      rows: [],
      priority: PRIORITY.tables,
      requires: open,
    });
    for (const t of reportTables(i.head!, quote)) {
      blocks.push({
        head: ['', `#### ${t.title}`, ...(t.rows.length === 0 ? ['', '_None._'] : [])],
        rowHead: ['', ...compactTableHeader(t.headers)],
        rows: t.rows.map(compactTableRow),
        more: (n) => `\n_… and ${n} more rows._`,
        priority: PRIORITY.tables,
        requires: open,
      });
    }
  }
  blocks.push(close);
  return blocks;
}
