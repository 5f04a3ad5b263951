import type { IntegrationManifest, StackManifest } from '../manifest/integration-manifest';
import type { PreflightReport } from '../preflight/finding';
import { integrationChanges } from './app-diff';
import { indexIntegrations, integrationKey, pairStacks } from './app-matching';
import { DiffArea, type ValueChange } from './diff-model';
import { preflightMatches } from './preflight-section';
import { reviewStackConfig } from './stack-config-review';
import { reviewStackResources } from './resource-review';
import { RISK_LEVELS, RiskLevel, RiskRule } from './risk-rule';
import { RISK_RULES, riskRuleFor } from './risk-rules';
import { terraformValueChange } from './terraform-changes';
import { PlanAction, PlannedResource, stackOfPlan, TerraformPlan } from './terraform-plan';
import { compareNames } from '../text/compare-names';
import { typeOfAddress } from './resource-accounting';

/** Status of an integration between base and head. */
export type IntegrationStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** One integration of the review. */
export interface ReviewedIntegration {
  readonly stack: string;
  readonly id: string;
  readonly status: IntegrationStatus;
  /** The head version (unset when removed). */
  readonly head?: IntegrationManifest;
}

/** One change of the review, with its risk. */
export interface ReviewedChange {
  readonly stack: string;
  /** Construct id of the integration; empty for a resource (planned or in `cdk.tf.json`) of no integration. */
  readonly integration: string;
  readonly rule: RiskRule;
  /**
   * Where it comes from: the static diff of the manifests, the integration as a whole, a Terraform
   * plan, or `terraform`: an okta resource read from the stack's `cdk.tf.json` (added, removed or
   * changed), or a finding of the manifest check (`RISK-UNACCOUNTED-RESOURCE`, `RISK-MANIFEST-MISMATCH`).
   */
  readonly source: 'diff' | 'integration' | 'plan' | 'terraform';
  /**
   * The diff change (source `diff`), or the resource change or finding keyed by its Terraform
   * address in `DiffArea.TERRAFORM` (source `terraform`).
   */
  readonly change?: ValueChange;
  /** The planned resource (source `plan`). */
  readonly resource?: ReviewedResource;
}

/** A resource of a Terraform plan, with its risk and its status in the review. */
export interface ReviewedResource extends PlannedResource {
  /** Construct id of the integration it belongs to; empty when it belongs to none. */
  readonly integration: string;
  readonly rule: RiskRule;
  /**
   * What the review says about it, e.g. `replace (forced by group_assignments)`; from
   * `ReviewOptions.resourceStatus` when that returns one.
   */
  readonly status: string;
}

/** What one plan file says about one stack. */
export interface ReviewedPlan {
  readonly file: string;
  readonly stack: string;
  readonly formatVersion: string;
  /** Resources Terraform will change (no-ops left out), in plan order. */
  readonly resources: readonly ReviewedResource[];
  /** How many resources the plan leaves unchanged. */
  readonly unchanged: number;
}

/** A preflight report and the integration it was run against (unset when it matches none). */
export interface ReviewedPreflight {
  readonly report: PreflightReport;
  readonly stack?: string;
  readonly integration?: string;
}

/** The whole review of a pull request: integrations, changes ranked by risk, plans, preflight. */
export interface Review {
  /** False when there was no base (a first pull request): the head is reviewed alone. */
  readonly hasBase: boolean;
  readonly integrations: readonly ReviewedIntegration[];
  /** Every change, most dangerous first (then by stack, integration, rule order, key). */
  readonly changes: readonly ReviewedChange[];
  readonly plans: readonly ReviewedPlan[];
  readonly preflight: readonly ReviewedPreflight[];
}

/** A plan to review, with the stack it was named for (`--plan STACK=FILE`), if any. */
export interface PlanInput {
  readonly plan: TerraformPlan;
  readonly stack?: string;
}

/** Options of `buildReview`. */
export interface ReviewOptions {
  /**
   * Terraform plans (`terraform show -json`), each matched to a head stack by the resource addresses
   * its integrations record.
   * @default - no plan section
   */
  readonly plans?: readonly PlanInput[];
  /**
   * Preflight reports, shown under the integration they were run against.
   * @default - no preflight section
   */
  readonly preflight?: readonly PreflightReport[];
  /**
   * The status to show for a planned resource instead of the one derived from its action (e.g. a
   * resource adopted by an import block). Return undefined to keep the derived one.
   * @default - derived from the plan's action
   */
  readonly resourceStatus?: (stack: string, address: string, resource: PlannedResource) => string | undefined;
}

/**
 * Reviews the change from `base` to `head` (two synthesized apps; `base` undefined for a first pull
 * request): every difference of every integration with its risk level and reason from the risk
 * table, what Terraform will do to the okta resources each stack's `cdk.tf.json` declares (whether a
 * manifest describes them or not), the manifests that fail to account for those resources, what each
 * plan will do, and the preflight results.
 */
export function buildReview(
  base: readonly StackManifest[] | undefined,
  head: readonly StackManifest[],
  options: ReviewOptions = {},
): Review {
  const manifests = reviewManifests(base ?? [], head);
  // Resource rows repeat the mapping rows they come from: only a risky one is worth a line.
  const changes = manifests.changes.filter(
    (c) => !(c.change?.area === DiffArea.RESOURCE && c.rule.level === RiskLevel.LOW),
  );
  const resources = reviewResources(base, head, manifests);
  changes.push(...resources.changes);
  for (const pair of pairStacks(base ?? [], head)) {
    if (pair.head === undefined) continue;
    for (const f of reviewStackConfig(pair.base, pair.head)) {
      if (f.integration !== '') resources.touched.add(integrationKey(pair.stack, f.integration));
      const rule = riskRuleFor(f.subject);
      changes.push({
        stack: pair.stack,
        integration: f.integration,
        rule,
        source: 'terraform',
        change: f.change,
      });
    }
  }
  const integrations = manifests.integrations.map((i) =>
    i.status === 'unchanged' && resources.touched.has(integrationKey(i.stack, i.id))
      ? { ...i, status: 'changed' as const }
      : i,
  );

  const plans = (options.plans ?? []).map((p) => reviewPlan(p, base ?? [], head, options));
  for (const plan of plans) {
    for (const resource of plan.resources) {
      if (resource.rule.level === RiskLevel.LOW) continue;
      changes.push({
        stack: plan.stack,
        integration: resource.integration,
        rule: resource.rule,
        source: 'plan',
        resource,
      });
    }
  }

  const after = indexIntegrations(head);
  const preflight = (options.preflight ?? []).map((report): ReviewedPreflight => {
    const match = [...after.values()].find((i) => preflightMatches(report, i.integration));
    return match === undefined
      ? { report }
      : { report, stack: match.stack, integration: match.integration.id };
  });

  return { hasBase: base !== undefined, integrations, changes: rank(changes), plans, preflight };
}

interface ManifestReview {
  readonly integrations: ReviewedIntegration[];
  /** Every change of every manifest, resource rows included. */
  readonly changes: ReviewedChange[];
  /** The diff of each integration, by `integrationKey(stack, id)`. */
  readonly diffs: ReadonlyMap<string, readonly ValueChange[]>;
  /** The rule of each diff change. */
  readonly rules: ReadonlyMap<ValueChange, RiskRule>;
}

/** Every integration's status and every difference of its manifest, with its rule. */
function reviewManifests(base: readonly StackManifest[], head: readonly StackManifest[]): ManifestReview {
  const before = indexIntegrations(base);
  const after = indexIntegrations(head);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const integrations: ReviewedIntegration[] = [];
  const changes: ReviewedChange[] = [];
  const diffs = new Map<string, readonly ValueChange[]>();
  const rules = new Map<ValueChange, RiskRule>();
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    const { stack, integration } = (a ?? b)!;
    const id = integration.id;
    const list = integrationChanges(b?.integration, a?.integration);
    diffs.set(key, list);
    if (a !== undefined && b !== undefined) {
      integrations.push({
        stack,
        id,
        status: list.length > 0 ? 'changed' : 'unchanged',
        head: a.integration,
      });
    } else {
      const change = a !== undefined ? 'added' : 'removed';
      integrations.push({ stack, id, status: change, ...(a !== undefined ? { head: a.integration } : {}) });
      changes.push({
        stack,
        integration: id,
        rule: riskRuleFor({ kind: 'integration', change }),
        source: 'integration',
      });
    }
    for (const change of list) {
      const rule = riskRuleFor({
        kind: 'diff',
        change,
        ...(b ? { base: b.integration } : {}),
        ...(a ? { head: a.integration } : {}),
      });
      rules.set(change, rule);
      changes.push({ stack, integration: id, rule, source: 'diff', change });
    }
  }
  return { integrations, changes, diffs, rules };
}

/**
 * The okta resources of every stack read from `cdk.tf.json`: each change the manifest diff does not
 * explain, or explains at a lower risk than the resource's own attributes give it, and every finding
 * of the manifest check. `touched` holds the integrations with such a change.
 */
function reviewResources(
  base: readonly StackManifest[] | undefined,
  head: readonly StackManifest[],
  manifests: ManifestReview,
): { changes: ReviewedChange[]; touched: Set<string> } {
  const levelOrder = (l: RiskLevel): number => RISK_LEVELS.indexOf(l);
  const changes: ReviewedChange[] = [];
  const touched = new Set<string>();
  for (const pair of pairStacks(base ?? [], head)) {
    const { stack } = pair;
    const changesOf = (id: string): readonly ValueChange[] =>
      manifests.diffs.get(integrationKey(stack, id)) ?? [];
    const review = reviewStackResources(stack, pair.base, pair.head, changesOf);
    for (const c of review.changes) {
      const rule = riskRuleFor({ kind: 'terraform', change: c, explained: c.explained });
      if (c.explained) {
        const covering = Math.min(
          ...c.related.map((v) => levelOrder(manifests.rules.get(v)?.level ?? RiskLevel.LOW)),
        );
        if (levelOrder(rule.level) >= covering) continue;
      }
      if (c.integration !== '') touched.add(integrationKey(stack, c.integration));
      changes.push({
        stack,
        integration: c.integration,
        rule,
        source: 'terraform',
        change: terraformValueChange(c),
      });
    }
    for (const f of review.findings) {
      const type = typeOfAddress(f.change.key);
      const rule = riskRuleFor({ kind: 'manifest-check', finding: f.kind, type });
      changes.push({ stack, integration: f.integration, rule, source: 'terraform', change: f.change });
    }
  }
  return { changes, touched };
}

/** How many changes of each risk level. */
export function countByRisk(changes: readonly ReviewedChange[]): Record<RiskLevel, number> {
  const counts = { [RiskLevel.HIGH]: 0, [RiskLevel.MEDIUM]: 0, [RiskLevel.LOW]: 0 };
  for (const c of changes) counts[c.rule.level]++;
  return counts;
}

function reviewPlan(
  input: PlanInput,
  base: readonly StackManifest[],
  head: readonly StackManifest[],
  options: ReviewOptions,
): ReviewedPlan {
  const { plan } = input;
  const stack = stackOfPlan(plan, head, input.stack);
  const owners = (stacks: readonly StackManifest[]): Map<string, string> =>
    new Map(
      stacks
        .filter((s) => s.stack === stack)
        .flatMap((s) => s.integrations.flatMap((i) => i.resources.map((r) => [r.address, i.id] as const))),
    );
  const inHead = owners(head);
  const inBase = owners(base);
  const resources: ReviewedResource[] = [];
  let unchanged = 0;
  for (const r of plan.resources) {
    if (r.action === PlanAction.NO_OP && !r.drifted && r.importId === undefined) {
      unchanged++;
      continue;
    }
    const explained = r.action === PlanAction.DELETE && inBase.has(r.address) && !inHead.has(r.address);
    const owned = inHead.has(r.address) || inBase.has(r.address);
    const rule = riskRuleFor({ kind: 'plan', resource: r, explained, owned });
    const status = options.resourceStatus?.(stack, r.address, r) ?? actionStatus(r);
    resources.push({ ...r, integration: inHead.get(r.address) ?? inBase.get(r.address) ?? '', rule, status });
  }
  return { file: plan.file, stack, formatVersion: plan.formatVersion, resources, unchanged };
}

/**
 * `create`, `update in place`, `replace (forced by group_assignments)`, … An imported (adopted)
 * resource reads `adopted (no change in Okta)`, or `adopted, then update in place` and so on.
 */
function actionStatus(r: PlannedResource): string {
  if (r.importId !== undefined) {
    return r.action === PlanAction.NO_OP
      ? 'adopted (no change in Okta)'
      : `adopted, then ${actionStatus({ ...r, importId: undefined })}`;
  }
  const drift = r.drifted ? ' (changed outside Terraform)' : '';
  switch (r.action) {
    case PlanAction.UPDATE:
      return `update in place${drift}`;
    case PlanAction.REPLACE:
      return r.replacePaths.length > 0
        ? `replace (forced by ${r.replacePaths.join(', ')})${drift}`
        : `replace${drift}`;
    case PlanAction.FORGET:
      return 'forget (removed from state, kept in Okta)';
    case PlanAction.NO_OP:
      return `no change${drift}`;
    default:
      return `${r.action}${drift}`;
  }
}

function rank(changes: ReviewedChange[]): ReviewedChange[] {
  const ruleOrder = new Map<RiskRule, number>(RISK_RULES.map((r, i) => [r, i]));
  const levelOrder = new Map(RISK_LEVELS.map((l, i) => [l, i]));
  const keyOf = (c: ReviewedChange): string => c.change?.key ?? c.resource?.address ?? '';
  return changes.sort(
    (x, y) =>
      levelOrder.get(x.rule.level)! - levelOrder.get(y.rule.level)! ||
      compareNames(x.stack, y.stack) ||
      compareNames(x.integration, y.integration) ||
      ruleOrder.get(x.rule)! - ruleOrder.get(y.rule)! ||
      compareNames(keyOf(x), keyOf(y)),
  );
}
