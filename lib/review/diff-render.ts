import type { AppDiff, IntegrationDiff, StackFinding } from './app-diff';
import { code, markdownTable } from '../text/markdown';
import { clip, showHidden } from '../text/untrusted-text';
import { COMMENT_VALUE_MAX } from './value-limits';
import { DiffArea, NO_INTEGRATION, type ValueChange } from './diff-model';

const SIGNS = { added: '+', removed: '-', changed: '~' } as const;
/** A value for the text form: one line, cut to `COMMENT_VALUE_MAX` characters. */
const plain = (value: string): string => showHidden(clip(value, COMMENT_VALUE_MAX));
/** A value for the Markdown form: inline code, cut to `COMMENT_VALUE_MAX` characters. */
const quote = (value: string): string => code(value, { max: COMMENT_VALUE_MAX });
const UNSET = '(unset)';

/** One-line summary: how many integrations were added, removed and changed. */
export function diffSummary(diff: AppDiff): string {
  if (diff.equal) return 'No differences in the Okta LDAP integrations.';
  const count = (kind: IntegrationDiff['kind']): number =>
    diff.integrations.filter((i) => i.kind === kind).length;
  const findings = diff.stackFindings.length;
  return (
    `Okta LDAP integrations: ${count('changed')} changed, ${count('added')} added, ${count('removed')} removed.` +
    (findings > 0 ? ` Findings about the head's stacks: ${findings}.` : '')
  );
}

/** The stack findings of a diff, by stack, in the diff's order. */
function findingsByStack(diff: AppDiff): Map<string, StackFinding[]> {
  const out = new Map<string, StackFinding[]>();
  for (const f of diff.stackFindings) out.set(f.stack, [...(out.get(f.stack) ?? []), f]);
  return out;
}

/** Who a stack finding is about, for the text form: the integration, when it names one. */
const about = (f: StackFinding, show: (s: string) => string): string =>
  f.integration === '' ? '' : ` (integration ${show(f.integration)})`;

/** Plain-text rendering for a terminal; every value shown with `showHidden` (one line, nothing hidden). */
export function renderDiffText(diff: AppDiff): string {
  const lines = [diffSummary(diff)];
  for (const i of diff.integrations) {
    lines.push(
      '',
      i.id === NO_INTEGRATION
        ? `${SIGNS[i.kind]} ${plain(i.stack)}: okta resources of no integration`
        : `${SIGNS[i.kind]} ${plain(`${i.stack}/${i.id}`)}${i.kind === 'changed' ? '' : ` (integration ${i.kind})`}`,
    );
    for (const c of i.changes) {
      const shown = values(c);
      lines.push(`    ${SIGNS[c.kind]} ${c.area}: ${what(c, plain)}${shown === '' ? '' : `: ${shown}`}`);
    }
  }
  for (const [stack, findings] of findingsByStack(diff)) {
    lines.push('', `! ${plain(stack)}: findings about the stack`);
    for (const f of findings) {
      const c = f.change;
      const shown = c.before === undefined && c.after === undefined ? '' : `: ${values(c)}`;
      lines.push(`    ${f.rule.level} ${f.rule.id}${about(f, plain)}: ${what(c, plain)}${shown}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown rendering for a pull-request comment: one table per changed integration. */
export function renderDiffMarkdown(diff: AppDiff): string {
  const lines = ['## Okta LDAP integration changes', '', diffSummary(diff)];
  for (const i of diff.integrations) {
    const kind = `${i.kind[0]!.toUpperCase()}${i.kind.slice(1)}`;
    lines.push(
      '',
      i.id === NO_INTEGRATION
        ? `### ${kind}: ${quote(i.stack)}, okta resources of no integration`
        : `### ${kind}: ${quote(i.stack)} / ${quote(i.id)}`,
    );
    if (i.changes.length === 0) continue;
    lines.push(
      '',
      markdownTable(
        ['', 'Area', 'What', 'Before', 'After'],
        i.changes.map((c) => [
          SIGNS[c.kind],
          c.area,
          what(c, quote),
          c.before === undefined ? UNSET : quote(c.before),
          c.after === undefined ? UNSET : quote(c.after),
        ]),
      ),
    );
  }
  for (const [stack, findings] of findingsByStack(diff)) {
    lines.push(
      '',
      `### Findings about the stack ${quote(stack)}`,
      '',
      markdownTable(
        ['Risk', 'Rule', 'Integration', 'What', 'Before', 'After'],
        findings.map(({ rule, integration, change: c }) => [
          rule.level,
          `${rule.id}: ${rule.title}`,
          integration === '' ? '' : quote(integration),
          what(c, quote),
          c.before === undefined ? UNSET : quote(c.before),
          c.after === undefined ? UNSET : quote(c.after),
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Schema tag of `renderDiffJson`'s output. */
export const DIFF_JSON_SCHEMA = 'cdktf-okta-ldap/diff@1';

/**
 * The diff as JSON for machines, as `cdktf-okta-ldap diff --json` prints it (schema
 * `cdktf-okta-ldap/diff@1`, docs/review.md): `equal`, every differing integration with its changes,
 * and the findings about the head's stacks (`stackFindings`: stack, integration, `risk`, `ruleId`,
 * `title`, `reason`, change); values whole (nothing cut).
 *
 * @param diff - the diff of two apps, from `diffApps`
 * @returns the JSON document, indented, ending with a line break
 */
export function renderDiffJson(diff: AppDiff): string {
  const json = {
    schema: DIFF_JSON_SCHEMA,
    equal: diff.equal,
    integrations: diff.integrations,
    stackFindings: diff.stackFindings.map(({ stack, integration, rule, change }) => ({
      stack,
      integration,
      risk: rule.level,
      ruleId: rule.id,
      title: rule.title,
      reason: rule.reason,
      change,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** What changed: the key, with the console label when there is one. */
export function what(c: ValueChange, quote: (s: string) => string): string {
  if (c.label === undefined) return quote(c.key);
  // A setting's label is the product's; a Terraform change's names attributes and types of the stack.
  return `${quote(c.key)} (${c.area === DiffArea.TERRAFORM ? quote(c.label) : c.label})`;
}

/**
 * The values of a change for the text form: old → new, or the one side of an added or removed item;
 * empty when an added or removed item has no field besides its key (e.g. a group mapping with
 * defaults only), so the line ends with the key instead of `: ""`.
 */
export function values(c: ValueChange): string {
  const show = (v: string | undefined): string =>
    v === undefined ? UNSET : showHidden(JSON.stringify(clip(v, COMMENT_VALUE_MAX)));
  if (c.kind === 'added') return c.after === '' && c.item !== undefined ? '' : show(c.after);
  if (c.kind === 'removed') return c.before === '' && c.item !== undefined ? '' : show(c.before);
  return `${show(c.before)} → ${show(c.after)}`;
}
