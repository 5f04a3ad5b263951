/** Pieces of the review that the Markdown comment and the text form say alike. */
import { what } from './diff-render';
import type { Review, ReviewedChange, ReviewedPlan, ReviewedPreflight } from './review';
import { orgAdminGrants } from './org-admin-grants';
import { OKTA_GROUP_FIELD } from './replaced-mappings';
import type { RiskRule } from './risk-rule';
import { PlanAction } from './terraform-plan';

/** Changes of one rule in one integration: printed as one entry with the rule's reason once. */
export interface ChangeBucket {
  readonly rule: RiskRule;
  /** `stack/integration`, or the stack alone for planned resources of no integration. */
  readonly where: string;
  readonly changes: readonly ReviewedChange[];
}

/** The sign of each kind of change, as plain text. */
export const PLAIN_SIGNS: Record<'added' | 'removed' | 'changed', string> = {
  added: '+',
  removed: '-',
  changed: '~',
};
/** No sign: for a list whose title says what happened to all its items. */
export const NO_SIGNS: Record<'added' | 'removed' | 'changed', string> = {
  added: '',
  removed: '',
  changed: '',
};
/** The same signs escaped for Markdown, where `+`, `-` at a line start would make a list item. */
export const MARKDOWN_SIGNS: Record<'added' | 'removed' | 'changed', string> = {
  added: '\\+',
  removed: '\\-',
  changed: '\\~',
};

/** Groups ranked changes by integration and rule, keeping the ranking. */
export function changeBuckets(changes: readonly ReviewedChange[]): ChangeBucket[] {
  const buckets = new Map<string, { rule: RiskRule; where: string; changes: ReviewedChange[] }>();
  for (const c of changes) {
    const where = c.integration === '' ? c.stack : `${c.stack}/${c.integration}`;
    const key = `${where}\u0000${c.rule.id}`;
    let bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, (bucket = { rule: c.rule, where, changes: [] }));
    bucket.changes.push(c);
  }
  return [...buckets.values()];
}

/**
 * One change as a short line: `+ key: value`, `- key`, `~ key (Label): old → new`, or for a planned
 * resource `address: replace (forced by …)`. `quote` formats every key, value and status (inline
 * code in Markdown, `showHidden` in text): nothing of the change is printed without it.
 */
export function changeItem(
  c: ReviewedChange,
  quote: (s: string) => string,
  signs: Record<'added' | 'removed' | 'changed', string> = PLAIN_SIGNS,
): string {
  if (c.resource !== undefined) return `${quote(c.resource.address)}: ${quote(c.resource.status)}`;
  if (c.change === undefined) return c.source === 'integration' ? 'the whole integration' : '';
  const ch = c.change;
  const shown = (v: string | undefined): string => (v === undefined || v === '' ? '(unset)' : quote(v));
  const sign = signs[ch.kind];
  if (ch.field === OKTA_GROUP_FIELD && ch.kind === 'changed') {
    const renamed = `${shown(ch.before)} renamed to ${shown(ch.after)}`;
    return sign === '' ? renamed : `${sign} ${renamed}`;
  }
  const head = sign === '' ? what(ch, quote) : `${sign} ${what(ch, quote)}`;
  if (ch.kind === 'changed') return `${head}: ${shown(ch.before)} → ${shown(ch.after)}`;
  const value = ch.kind === 'added' ? ch.after : ch.before;
  return value === undefined || value === '' ? head : `${head}: ${quote(value)}`;
}

/** How many integration names the summary lists before "and N more". */
export const SUMMARY_NAMES = 10;

/**
 * "2 of 3 integrations changed: …" — the first line of the summary. At most `SUMMARY_NAMES` names
 * are listed (the summary of a budgeted comment must stay short whatever the change).
 */
export function integrationSummary(review: Review, quote: (s: string) => string): string {
  const name = (i: { stack: string; id: string }): string => quote(`${i.stack}/${i.id}`);
  const touched = review.integrations.filter((i) => i.status !== 'unchanged');
  if (review.integrations.length === 0) return 'No `OktaLdapIntegration` in the synthesized app.';
  const first = review.hasBase
    ? ''
    : 'No base to compare with (first pull request): the head is reviewed alone. ';
  const unowned = review.changes.filter(
    (c) => c.source === 'terraform' && c.integration === '' && /^(?:data\.)?okta_/.test(c.change?.key ?? ''),
  ).length;
  const others = unowned === 0 ? '' : ` ${unowned} change(s) to okta resources of no integration.`;
  if (touched.length === 0) {
    return `${first}No change to the ${review.integrations.length} integration(s).${others}`;
  }
  const parts = touched
    .slice(0, SUMMARY_NAMES)
    .map((i) => (i.status === 'changed' ? name(i) : `${name(i)} ${i.status}`));
  if (touched.length > SUMMARY_NAMES) parts.push(`and ${touched.length - SUMMARY_NAMES} more`);
  return `${first}${touched.length} of ${review.integrations.length} integration(s) changed: ${parts.join(', ')}.${others}`;
}

/** "2 to create, 1 to replace, …; 12 unchanged" */
export function planCounts(plan: ReviewedPlan): string {
  const n = (a: PlanAction): number => plan.resources.filter((r) => r.action === a).length;
  const drifted = plan.resources.filter((r) => r.drifted).length;
  const adopted = plan.resources.filter((r) => r.importId !== undefined).length;
  return (
    (adopted > 0 ? `${adopted} to adopt (import), ` : '') +
    `${n(PlanAction.CREATE)} to create, ${n(PlanAction.UPDATE)} to update, ${n(PlanAction.REPLACE)} to replace, ` +
    `${n(PlanAction.DELETE)} to delete, ${plan.unchanged} unchanged` +
    (drifted > 0 ? `; ${drifted} changed outside Terraform` : '')
  );
}

/** "1 passed, 1 FAILED" */
export function preflightVerdict(preflight: readonly ReviewedPreflight[]): string {
  const failed = preflight.filter((p) => !p.report.ok).length;
  return `${preflight.length - failed} passed, ${failed === 0 ? '0 failed' : `${failed} FAILED`}`;
}

/**
 * "Org-wide admin granted: SUPER_ADMIN to LDAP group admins in org/JumpCloud, …" — the summary's
 * own line for every SUPER_ADMIN and ORG_ADMIN grant (at most `SUMMARY_NAMES` named); undefined
 * when there is none.
 */
export function orgAdminLine(review: Review, quote: (s: string) => string): string | undefined {
  const grants = orgAdminGrants(review);
  if (grants.length === 0) return undefined;
  const parts = grants.slice(0, SUMMARY_NAMES).map((g) => {
    const where = g.integration === '' ? g.stack : `${g.stack}/${g.integration}`;
    const to = g.ldapGroup !== undefined ? `LDAP group ${quote(g.ldapGroup)}` : quote(g.address ?? '');
    return `${quote(g.role)} to ${to} in ${quote(where)}`;
  });
  if (grants.length > SUMMARY_NAMES) parts.push(`and ${grants.length - SUMMARY_NAMES} more`);
  return `Org-wide admin granted (${grants.length}): ${parts.join(', ')}.`;
}

/** "Preflight FAILED (1 of 2 reports)" when a preflight report failed; undefined otherwise. */
export function preflightFailure(review: Review): string | undefined {
  const failed = review.preflight.filter((p) => !p.report.ok).length;
  return failed === 0 ? undefined : `Preflight FAILED (${failed} of ${review.preflight.length} report(s))`;
}
