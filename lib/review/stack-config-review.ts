/**
 * What the review says about each head stack beyond its integrations' manifests: the reader's
 * findings (files and blocks it cannot vouch for), the guards, side effects and resources of other
 * providers, the provider and terraform settings, and the password policies' scope. Deny by
 * default: each is a change of its own, keyed by the file, block or setting it is about.
 */
import type { StackLoadFinding, StackManifest } from '../manifest/integration-manifest';
import { DiffArea, type ValueChange } from './diff-model';
import { guardAddress } from '../manifest/guard-contract';
import { reviewGuards } from './guard-review';
import type { RiskSubject } from './risk-rule';
import { policyScopeChanges, settingChanges, sideEffects } from './stack-checks';

/** One finding about a stack, with the subject its risk rule is chosen by. */
export interface StackConfigFinding {
  /** Construct id of the integration it is about; empty when none. */
  readonly integration: string;
  readonly subject: RiskSubject;
  readonly change: ValueChange;
}

/**
 * The findings about `head` (compared with `base`, the same stack of the base app, when there is
 * one; `hasBase` false for a first pull request, where everything of the head is new).
 */
export function reviewStackConfig(
  base: StackManifest | undefined,
  head: StackManifest,
): StackConfigFinding[] {
  const out: StackConfigFinding[] = (head.loadFindings ?? []).map((f) => ({
    integration: '',
    subject: { kind: 'load', finding: f },
    change: loadChange(f),
  }));
  if (head.terraform === undefined || head.otherBlocks === undefined) return out;
  const guards = new Set(head.integrations.map(guardAddress).filter((a): a is string => a !== undefined));
  const checks = [
    ...reviewGuards(base, head),
    ...sideEffects(base, head, guards),
    ...(head.settings === undefined ? [] : settingChanges(base, head)),
    ...policyScopeChanges(base, head),
  ];
  for (const c of checks) {
    out.push({
      integration: c.integration,
      subject: { kind: 'stack-check', check: c.kind },
      change: c.change,
    });
  }
  return out;
}

function loadChange(f: StackLoadFinding): ValueChange {
  const key = f.block === '' ? f.file : `${f.file}: ${f.block}`;
  return { area: DiffArea.TERRAFORM, kind: 'added', key, item: key, label: f.detail };
}
