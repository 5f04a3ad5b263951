import { countByRisk, Review } from './review';
import { RISK_LEVELS } from './risk-rule';
import {
  changeBuckets,
  changeItem,
  integrationSummary,
  orgAdminLine,
  planCounts,
  preflightFailure,
  preflightVerdict,
} from './review-parts';
import { showHidden } from '../text/untrusted-text';

/**
 * The review as plain text for a terminal: the same summary, ranked changes, plans and preflight
 * results as the comment, uncut, without the Markdown tables (`report` prints those). Every value is
 * shown with `showHidden`: one line each, no control, escape or direction-changing character.
 */
export function renderReviewText(review: Review): string {
  const plain = showHidden;
  const counts = countByRisk(review.changes);
  const admins = orgAdminLine(review, plain);
  const failure = preflightFailure(review);
  const lines = [
    'Okta LDAP integration review',
    '',
    ...(admins !== undefined ? [admins] : []),
    `${integrationSummary(review, plain)}${failure === undefined ? '' : ` ${failure}.`}`,
  ];
  if (review.changes.length > 0) {
    lines.push(`Changes by risk: ${counts.high} high, ${counts.medium} medium, ${counts.low} low.`);
  }
  for (const level of RISK_LEVELS) {
    const changes = review.changes.filter((c) => c.rule.level === level);
    if (changes.length === 0) continue;
    lines.push('', `${level.toUpperCase()} (${changes.length})`);
    for (const bucket of changeBuckets(changes)) {
      lines.push(
        `  ${bucket.rule.title} in ${plain(bucket.where)} (${bucket.changes.length}): ${bucket.rule.reason}.`,
      );
      for (const c of bucket.changes) lines.push(`      ${changeItem(c, plain)}`);
    }
  }
  for (const plan of review.plans) {
    lines.push('', `Terraform plan of ${plain(plan.stack)} (${plain(plan.file)}): ${planCounts(plan)}.`);
    for (const r of plan.resources) {
      lines.push(
        `  ${r.rule.level.padEnd(6)} ${plain(r.address)}: ${plain(r.status)}${r.integration === '' ? ' (no integration)' : ''}`,
      );
    }
  }
  if (review.preflight.length > 0) {
    lines.push('', `Preflight: ${preflightVerdict(review.preflight)}.`);
    for (const { report, stack, integration } of review.preflight) {
      const of = stack === undefined ? 'no integration of the head' : plain(`${stack}/${integration}`);
      lines.push(
        `  ${report.ok ? 'passed' : 'FAILED'} against ${plain(report.target)} as ${plain(report.bindDn)} for ${of}`,
      );
      for (const f of report.findings.filter((x) => x.status !== 'pass')) {
        lines.push(
          `    ${f.status.toUpperCase().padEnd(7)} ${plain(f.id)}: ${plain(f.message)}${f.fix !== undefined ? ` Fix: ${plain(f.fix)}` : ''}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
