import type { IntegrationManifest, StackManifest } from '../manifest/integration-manifest';
import type { PreflightReport } from '../preflight/finding';
import { DiffArea, diffIntegration, ValueChange } from './app-diff';
import { preflightMatches } from './preflight-section';
import { RISK_LEVELS, RISK_RULES, RiskLevel, RiskRule, riskRuleFor, RiskSubject } from './risk-rules';
import { PlanAction, PlannedResource, stackOfPlan, TerraformPlan } from './terraform-plan';
import { compareNames } from '../shared/compare-names';

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
  /** Construct id of the integration; empty for a planned resource of no integration. */
  readonly integration: string;
  readonly rule: RiskRule;
  /** Where it comes from: the static diff, the integration as a whole, or a Terraform plan. */
  readonly source: 'diff' | 'integration' | 'plan';
  /** The diff change (source `diff`). */
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
 * table, what each plan will do to the integrations' resources, and the preflight results.
 */
export function buildReview(
  base: readonly StackManifest[] | undefined,
  head: readonly StackManifest[],
  options: ReviewOptions = {},
): Review {
  const before = index(base ?? []);
  const after = index(head);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const integrations: ReviewedIntegration[] = [];
  const changes: ReviewedChange[] = [];
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    const { stack, integration } = (a ?? b)!;
    const id = integration.id;
    const add = (subject: RiskSubject, extra: Pick<ReviewedChange, 'source' | 'change'>): void => {
      const rule = riskRuleFor(subject);
      // Resource rows repeat the mapping rows they come from: only a risky one is worth a line.
      if (extra.change?.area === DiffArea.RESOURCE && rule.level === RiskLevel.LOW) return;
      changes.push({ stack, integration: id, rule, ...extra });
    };
    let list: ValueChange[];
    if (a !== undefined && b !== undefined) {
      list = diffIntegration(b.integration, a.integration);
      integrations.push({
        stack,
        id,
        status: list.length > 0 ? 'changed' : 'unchanged',
        head: a.integration,
      });
    } else if (a !== undefined) {
      list = diffIntegration(withoutMappings(a.integration), a.integration);
      integrations.push({ stack, id, status: 'added', head: a.integration });
      add({ kind: 'integration', change: 'added' }, { source: 'integration' });
    } else {
      list = diffIntegration(b!.integration, withoutMappings(b!.integration));
      integrations.push({ stack, id, status: 'removed' });
      add({ kind: 'integration', change: 'removed' }, { source: 'integration' });
    }
    for (const change of list) {
      add(
        {
          kind: 'diff',
          change,
          ...(b ? { base: b.integration } : {}),
          ...(a ? { head: a.integration } : {}),
        },
        { source: 'diff', change },
      );
    }
  }

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

  const preflight = (options.preflight ?? []).map((report): ReviewedPreflight => {
    const match = [...after.values()].find((i) => preflightMatches(report, i.integration));
    return match === undefined
      ? { report }
      : { report, stack: match.stack, integration: match.integration.id };
  });

  return { hasBase: base !== undefined, integrations, changes: rank(changes), plans, preflight };
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
    const rule = riskRuleFor({ kind: 'plan', resource: r, explained });
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
  const ruleOrder = new Map(RISK_RULES.map((r, i) => [r, i]));
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

function index(
  stacks: readonly StackManifest[],
): Map<string, { stack: string; integration: IntegrationManifest }> {
  const out = new Map<string, { stack: string; integration: IntegrationManifest }>();
  for (const s of stacks)
    for (const i of s.integrations) out.set(`${s.stack}\u0000${i.id}`, { stack: s.stack, integration: i });
  return out;
}

/** The same integration with no mapping, resource or warning: the "other side" of an added or removed one. */
function withoutMappings(m: IntegrationManifest): IntegrationManifest {
  const { passwordPolicy: _policy, deleteWhenAbsent: _delete, ...rest } = m;
  return { ...rest, userMappings: {}, groupMappings: [], roleMappings: [], resources: [], warnings: [] };
}
