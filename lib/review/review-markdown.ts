import { InputError } from '../errors';
import type { Finding } from '../preflight/finding';
import { Block, BudgetTooSmall, fitBlocks } from './comment-budget';
import { code, compactTableHeader, compactTableRow } from '../shared/markdown';
import { reportTables } from './report-markdown';
import { countByRisk, Review, ReviewedChange, ReviewedPlan, ReviewedPreflight } from './review';
import { RISK_LEVELS, RiskLevel } from './risk-rules';
import {
  changeBuckets,
  changeItem,
  integrationSummary,
  MARKDOWN_SIGNS,
  NO_SIGNS,
  planCounts,
  preflightVerdict,
} from './review-parts';

/** GitHub refuses an issue or pull-request comment longer than this. */
export const GITHUB_COMMENT_MAX_CHARS = 65_536;

/** Options of `renderReviewMarkdown`. */
export interface ReviewMarkdownOptions {
  /**
   * Longest comment, in characters. Everything but the summary and the high-risk changes may be cut.
   * @default 65536 (GitHub's limit for a comment); Infinity for the uncut review
   */
  readonly maxChars?: number;
  /**
   * Where the uncut review is, said when something is cut (a link, or a file name).
   * @default - "run 'cdktf-okta-ldap review --full FILE' for the uncut review"
   */
  readonly fullReviewAt?: string;
}

/** Thrown when `maxChars` is too small for the summary and the high-risk changes alone. */
export class CommentTooSmallError extends InputError {
  constructor(
    readonly needed: number,
    readonly maxChars: number,
  ) {
    super(
      `--max-chars ${maxChars} is too small: the summary and the high-risk changes alone need ${needed} characters, and they are never cut. Pass --max-chars ${needed} or more, or review fewer stacks at once.`,
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
const PRIORITY = { summary: 0, high: 0, preflight: 1, medium: 2, plan: 3, low: 4, tables: 5 } as const;

/**
 * The review as one Markdown pull-request comment within `maxChars`: a summary, the changes ranked
 * by risk, the preflight results, what each Terraform plan will do, then every integration's
 * settings and mapping tables collapsed in `<details>`. When the budget is short, lower sections are
 * cut with "… and N more" and the comment says where the full review is; high-risk changes are never
 * cut (`CommentTooSmallError` when they alone do not fit).
 */
export function renderReviewMarkdown(review: Review, options: ReviewMarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? GITHUB_COMMENT_MAX_CHARS;
  const where = options.fullReviewAt ?? "run 'cdktf-okta-ldap review --full FILE' for the uncut review";
  const blocks: Block[] = [
    summaryBlock(review),
    ...changeBlocks(review),
    ...preflightBlocks(review.preflight),
  ];
  blocks.push(...planBlocks(review.plans), ...tableBlocks(review));
  const cutToFit = (budget: number): string =>
    fitBlocks(
      blocks,
      budget,
      (cut) =>
        `_This comment is cut to fit ${budget} characters (${cut} lines left out). The full review: ${where}._`,
    ).text;
  try {
    return cutToFit(maxChars);
  } catch (e) {
    if (!(e instanceof BudgetTooSmall)) throw e;
    // The closing note names the budget, so the size needed depends on its digits: settle it.
    let needed = e.needed;
    for (;;) {
      try {
        cutToFit(needed);
        break;
      } catch (again) {
        if (!(again instanceof BudgetTooSmall)) throw again;
        needed = again.needed;
      }
    }
    throw new CommentTooSmallError(needed, maxChars);
  }
}

function summaryBlock(review: Review): Block {
  const counts = countByRisk(review.changes);
  const lines = ['## Okta LDAP integration review', '', integrationSummary(review, code)];
  if (review.changes.length > 0) {
    lines.push(
      '',
      `Changes by risk: **${counts.high} high**, ${counts.medium} medium, ${counts.low} low. ` +
        '(\\+ added, \\- removed, \\~ changed.)',
    );
  }
  for (const plan of review.plans)
    lines.push('', `Terraform plan of ${code(plan.stack)}: ${planCounts(plan)}.`);
  if (review.preflight.length > 0) lines.push('', `Preflight: ${preflightVerdict(review.preflight)}.`);
  return { head: lines, rows: [], priority: PRIORITY.summary };
}

function changeBlocks(review: Review): Block[] {
  const blocks: Block[] = [];
  for (const level of RISK_LEVELS) {
    const changes = review.changes.filter((c) => c.rule.level === level);
    if (changes.length === 0) continue;
    const priority = PRIORITY[level];
    // The level's heading goes with its first entry, so a level never shows as an empty heading.
    let first: Block | undefined;
    for (const bucket of changeBuckets(changes)) {
      const inline = bucket.changes.every((c) => !hasDetail(c));
      // The never-cut high-risk list is kept short: a one-line list of keys of one kind needs no
      // sign, as every high-risk title says what happened ("… granted", "… removed").
      const oneKind = new Set(bucket.changes.map((c) => c.change?.kind)).size === 1;
      const signs = inline && oneKind && level === RiskLevel.HIGH ? NO_SIGNS : MARKDOWN_SIGNS;
      const items = bucket.changes.map((c) => changeItem(c, code, signs));
      const block: Block = {
        head: [
          ...(first === undefined ? ['', `### ${LEVEL_TITLES[level]} (${changes.length})`, ''] : []),
          `- **${bucket.rule.title}** in ${code(bucket.where)} (${bucket.changes.length}): ${bucket.rule.reason}.`,
        ],
        rows: inline ? items : items.map((i) => `  - ${i}`),
        ...(inline ? { joiner: ', ', indent: '  ' } : {}),
        more: (n) => `  - … and ${n} more`,
        priority,
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

function planBlocks(plans: readonly ReviewedPlan[]): Block[] {
  return plans.map((plan) => ({
    head: [
      '',
      `### Terraform plan of ${code(plan.stack)} (${code(plan.file)})`,
      ...(plan.resources.length === 0 ? ['', '_No change._'] : []),
    ],
    rowHead: ['', ...compactTableHeader(['Integration', 'Terraform will', 'Address', 'Risk'])],
    rows: plan.resources.map((r) =>
      compactTableRow([
        r.integration === '' ? '_(none)_' : code(r.integration),
        r.status,
        code(r.address),
        r.rule.level,
      ]),
    ),
    more: (n) => `\n_… and ${n} more resources._`,
    priority: PRIORITY.plan,
  }));
}

const STATUS_ORDER: Record<Finding['status'], number> = { fail: 0, warn: 1, skipped: 2, pass: 3 };

function preflightBlocks(preflight: readonly ReviewedPreflight[]): Block[] {
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
      const of = stack === undefined ? 'no integration of the head' : code(`${stack}/${integration}`);
      return {
        head: [
          '',
          `${report.ok ? 'Passed' : '**FAILED**'} against ${code(report.target)} as ${code(report.bindDn)} for ${of} ` +
            `(${s.pass} pass, ${s.warn} warn, ${s.fail} fail, ${s.skipped} skipped).`,
        ],
        rowHead: ['', ...compactTableHeader(['Check', 'Status', 'Result', 'Fix'])],
        rows: [...report.findings]
          .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
          .map((f) =>
            compactTableRow([`${code(f.id)} ${f.title}`, f.status.toUpperCase(), f.message, f.fix ?? '']),
          ),
        more: (n: number) => `\n_… and ${n} more checks._`,
        priority: PRIORITY.preflight,
        requires: heading,
      };
    }),
  ];
}

function tableBlocks(review: Review): Block[] {
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
      head: ['', `### ${code(i.stack)} / ${code(i.id)}`],
      rows: [],
      priority: PRIORITY.tables,
      requires: open,
    });
    for (const t of reportTables(i.head!)) {
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
