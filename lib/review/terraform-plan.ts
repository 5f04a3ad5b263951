import { InputError } from '../errors';
import { InputFileError, readInputFile } from '../process/input-file';
import { parseStrictJson, repeatedKeysRefusal } from '../text/strict-json';
import type { StackManifest } from '../manifest/integration-manifest';
import { isObject } from '../settings/value-checks';

/**
 * Terraform's machine-readable plan, as written by `terraform show -json PLANFILE` (Terraform's
 * documented "JSON Output Format", format_version 1.x). Only the fields the review reads are typed.
 */
export interface TerraformPlanJson {
  readonly format_version: string;
  readonly terraform_version?: string;
  readonly resource_changes?: readonly TerraformResourceChangeJson[];
  readonly resource_drift?: readonly TerraformResourceChangeJson[];
}

/** One entry of `resource_changes` (or `resource_drift`). */
export interface TerraformResourceChangeJson {
  readonly address: string;
  readonly mode?: string;
  readonly type?: string;
  readonly change: {
    readonly actions: readonly string[];
    /** Attribute paths that force the replacement, each a list of keys and indexes. */
    readonly replace_paths?: readonly (readonly (string | number)[])[];
    /** Set when an `import` block brings an existing object under Terraform (Terraform >= 1.5). */
    readonly importing?: { readonly id?: string };
    /** The object's attributes before the change (null when it is created). */
    readonly before?: unknown;
    /** Its attributes after the change, values known at plan time only (null when it is deleted). */
    readonly after?: unknown;
    /** The attributes of `after` known only at apply, each `true` (or a structure of them). */
    readonly after_unknown?: unknown;
  };
  readonly action_reason?: string;
}

/** What Terraform will do to one resource, in the words of `terraform plan`. */
export enum PlanAction {
  CREATE = 'create',
  UPDATE = 'update',
  REPLACE = 'replace',
  DELETE = 'delete',
  /** Removed from state without being destroyed (`removed` block with `destroy = false`). */
  FORGET = 'forget',
  NO_OP = 'no-op',
}

/** One managed resource of a plan. */
export interface PlannedResource {
  readonly address: string;
  readonly type: string;
  readonly action: PlanAction;
  /** The attributes that force a replacement, e.g. `group_assignments`; empty unless replaced. */
  readonly replacePaths: readonly string[];
  /** True when the resource changed outside Terraform since the last apply (`resource_drift`). */
  readonly drifted: boolean;
  /** The id an `import` block imports it from (an adopted Okta object), when it is imported. */
  readonly importId?: string;
  /** Its attributes before the change (`change.before`); unset when it is created or the plan has none. */
  readonly before?: Readonly<Record<string, unknown>>;
  /**
   * Its attributes after the change (`change.after`: values unknown until apply are absent); unset
   * when it is deleted or the plan has none.
   */
  readonly after?: Readonly<Record<string, unknown>>;
  /** Top-level attributes whose value after the change is known only at apply (`change.after_unknown`). */
  readonly afterUnknown?: readonly string[];
}

/** A plan file read and checked. */
export interface TerraformPlan {
  /** The file it was read from, as given. */
  readonly file: string;
  readonly formatVersion: string;
  /** Managed resources, in the plan's order (data sources are left out). */
  readonly resources: readonly PlannedResource[];
}

/** Major version of Terraform's JSON plan format this reader understands. */
export const PLAN_FORMAT_MAJOR = '1';

/**
 * The commands that write a stack's plan as the review reads it: Terraform run on the stack's folder
 * of the synthesized app (`-chdir`), its data folder (`TF_DATA_DIR`, where `init` puts providers) and
 * the binary plan outside the app, so the review does not find Terraform's own files in the stack
 * folder (a `.terraform` folder there is a high-risk finding), and the JSON written beside the app.
 */
export const PLAN_COMMANDS =
  'export TF_DATA_DIR=<a folder outside cdktf.out>; ' +
  'terraform -chdir=cdktf.out/stacks/<stack> init && ' +
  'terraform -chdir=cdktf.out/stacks/<stack> plan -out="$TF_DATA_DIR/tfplan" && ' +
  'terraform -chdir=cdktf.out/stacks/<stack> show -json "$TF_DATA_DIR/tfplan" > plan.json';

const HOW_TO = `write it from the project folder after 'cdktf synth', with Terraform's files kept out of cdktf.out: ${PLAN_COMMANDS} (see "Plans" in docs/review.md)`;

/**
 * Reads `terraform show -json` of a plan. Throws `InputError` naming the file and how to write the
 * right one when it is missing, not JSON, not a plan, or of an unknown format version.
 */
export function readTerraformPlan(file: string, shownAs: string = file): TerraformPlan {
  let text: string;
  try {
    text = readInputFile(file, { shownAs });
  } catch (e) {
    if (e instanceof InputFileError && e.problem === 'missing') {
      throw new InputError(`plan file not found: ${shownAs}. ${capitalise(HOW_TO)}.`);
    }
    throw new InputError(`${(e as Error).message}: ${HOW_TO}.`);
  }
  let parsed: ReturnType<typeof parseStrictJson>;
  try {
    parsed = parseStrictJson(text);
  } catch {
    const binary = text.startsWith('PK');
    throw new InputError(
      `${shownAs} is not Terraform plan JSON (${binary ? 'it is a binary plan file' : 'not JSON'}): ${HOW_TO}.`,
    );
  }
  if (parsed.duplicates.length > 0) {
    throw new InputError(
      repeatedKeysRefusal(shownAs, parsed.duplicates, `Terraform never writes that: ${HOW_TO}.`),
    );
  }
  return parseTerraformPlan(parsed.value, shownAs);
}

/** Checks parsed `terraform show -json` output; see `readTerraformPlan`. */
export function parseTerraformPlan(parsed: unknown, file: string): TerraformPlan {
  const plan = parsed as Partial<TerraformPlanJson> & { planned_values?: unknown; values?: unknown };
  if (
    typeof plan !== 'object' ||
    plan === null ||
    Array.isArray(plan) ||
    typeof plan.format_version !== 'string'
  ) {
    throw new InputError(`${file} is not Terraform plan JSON (no "format_version"): ${HOW_TO}.`);
  }
  if (plan.planned_values === undefined && plan.resource_changes === undefined) {
    const what =
      plan.values !== undefined ? 'a state, not a plan' : 'no "planned_values" or "resource_changes"';
    throw new InputError(`${file} is not Terraform plan JSON (${what}): ${HOW_TO}.`);
  }
  const major = plan.format_version.split('.')[0];
  if (major !== PLAN_FORMAT_MAJOR) {
    throw new InputError(
      `${file} has plan format_version "${plan.format_version}"; this version of cdktf-okta-ldap reads format ${PLAN_FORMAT_MAJOR}.x (Terraform 0.12 to 1.x). Write the plan with a Terraform 1.x 'terraform show -json', or upgrade cdktf-okta-ldap.`,
    );
  }
  const changes = checkChanges(plan.resource_changes, 'resource_changes', file);
  const drift = new Set(
    checkChanges(plan.resource_drift, 'resource_drift', file)
      .filter((c) => (c.mode ?? 'managed') === 'managed' && !isNoOp(c.change.actions))
      .map((c) => c.address),
  );
  const resources = changes
    .filter((c) => (c.mode ?? 'managed') === 'managed')
    .map((c): PlannedResource => ({
      address: c.address,
      type: c.type ?? c.address.split('.').slice(-2, -1)[0] ?? '',
      action: planAction(c.change.actions),
      replacePaths: (c.change.replace_paths ?? []).map(formatPath),
      drifted: drift.has(c.address),
      ...(c.change.importing !== undefined ? { importId: String(c.change.importing.id ?? '') } : {}),
      ...attributesOf('before', c.change.before),
      ...attributesOf('after', c.change.after),
      ...unknownAttributes(c.change.after_unknown),
    }));
  return { file, formatVersion: plan.format_version, resources };
}

/**
 * The stack of `stacks` a plan belongs to: the one whose integrations record (or whose `cdk.tf.json`
 * declares, for okta resources) the most of the plan's resource addresses. With `explicitStack` (from `--plan STACK=FILE`) that stack, checked the same way.
 * Throws `InputError` when the plan matches no stack (a plan of another stack) or several equally.
 */
export function stackOfPlan(
  plan: TerraformPlan,
  stacks: readonly StackManifest[],
  explicitStack?: string,
): string {
  const addresses = new Set(plan.resources.map((r) => r.address));
  const score = (s: StackManifest): number =>
    [
      ...new Set([
        ...s.integrations.flatMap((i) => i.resources.map((r) => r.address)),
        ...(s.terraform ?? []).map((b) => b.address),
      ]),
    ].filter((a) => addresses.has(a)).length;
  if (explicitStack !== undefined) {
    const stack = stacks.find((s) => s.stack === explicitStack);
    if (stack === undefined) {
      throw new InputError(
        `--plan ${explicitStack}=${plan.file}: no stack '${explicitStack}' in the head app. Stacks: ${stacks.map((s) => s.stack).join(', ') || '(none)'}.`,
      );
    }
    if (score(stack) === 0) throw notThisStack(plan, [explicitStack]);
    return explicitStack;
  }
  const scored = stacks.map((s) => ({ stack: s.stack, n: score(s) })).filter((s) => s.n > 0);
  const best = Math.max(0, ...scored.map((s) => s.n));
  const top = scored.filter((s) => s.n === best);
  if (top.length === 0)
    throw notThisStack(
      plan,
      stacks.map((s) => s.stack),
    );
  if (top.length > 1) {
    throw new InputError(
      `${plan.file} matches stacks ${top.map((s) => `'${s.stack}'`).join(' and ')} equally (their integrations have the same resource addresses). Name the stack: --plan ${top[0]!.stack}=${plan.file}.`,
    );
  }
  return top[0]!.stack;
}

function notThisStack(plan: TerraformPlan, stacks: readonly string[]): InputError {
  return new InputError(
    `${plan.file} is the plan of another stack: none of its ${plan.resources.length} resource(s) belongs to an integration of ${stacks.length === 1 ? `stack '${stacks[0]}'` : `the head app (stacks: ${stacks.join(', ') || 'none'})`}. Plan the stack of the head app and ${HOW_TO}.`,
  );
}

function checkChanges(value: unknown, field: string, file: string): TerraformResourceChangeJson[] {
  if (value === undefined) return [];
  const bad = (why: string): InputError =>
    new InputError(`${file} is not Terraform plan JSON ("${field}" ${why}): ${HOW_TO}.`);
  if (!Array.isArray(value)) throw bad('is not a list');
  value.forEach((c: Partial<TerraformResourceChangeJson> | null, i) => {
    if (typeof c?.address !== 'string') throw bad(`entry ${i} has no "address"`);
    const actions = (c.change as { actions?: unknown } | undefined)?.actions;
    if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string')) {
      throw bad(`entry ${i} (${c.address}) has no "change.actions" list`);
    }
    for (const key of ['type', 'mode', 'action_reason'] as const) {
      if (c[key] !== undefined && typeof c[key] !== 'string')
        throw bad(`entry ${i} (${c.address}) "${key}" is not a string`);
    }
    const change = c.change as unknown as Record<string, unknown>;
    const paths = change.replace_paths;
    if (
      paths !== undefined &&
      !(
        Array.isArray(paths) &&
        paths.every((p) => Array.isArray(p) && p.every((k) => typeof k === 'string' || typeof k === 'number'))
      )
    ) {
      throw bad(`entry ${i} (${c.address}) "change.replace_paths" is not a list of attribute paths`);
    }
    const importing = change.importing;
    if (
      importing !== undefined &&
      (typeof importing !== 'object' || importing === null || Array.isArray(importing))
    ) {
      throw bad(`entry ${i} (${c.address}) "change.importing" is not an object`);
    }
  });
  return value as TerraformResourceChangeJson[];
}

function attributesOf(
  side: 'before' | 'after',
  value: unknown,
): { before?: Record<string, unknown> } | { after?: Record<string, unknown> } {
  return isObject(value) ? { [side]: value } : {};
}

function unknownAttributes(value: unknown): { afterUnknown?: string[] } {
  if (!isObject(value)) return {};
  const unknown = (v: unknown): boolean =>
    v === true || (typeof v === 'object' && v !== null && Object.values(v).some(unknown));
  const names = Object.entries(value)
    .filter(([, v]) => unknown(v))
    .map(([k]) => k);
  return names.length > 0 ? { afterUnknown: names.sort() } : {};
}

function isNoOp(actions: readonly string[]): boolean {
  return actions.length === 0 || (actions.length === 1 && (actions[0] === 'no-op' || actions[0] === 'read'));
}

/** Terraform's action lists: ["create"], ["delete","create"] and ["create","delete"] are replacements, … */
function planAction(actions: readonly string[]): PlanAction {
  if (actions.includes('create') && actions.includes('delete')) return PlanAction.REPLACE;
  if (actions.includes('create')) return PlanAction.CREATE;
  if (actions.includes('delete')) return PlanAction.DELETE;
  if (actions.includes('update')) return PlanAction.UPDATE;
  if (actions.includes('forget')) return PlanAction.FORGET;
  return PlanAction.NO_OP;
}

/** `["group_assignments"]` → `group_assignments`; `["a", 0, "b"]` → `a[0].b`. */
function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function capitalise(s: string): string {
  return `${s[0]!.toUpperCase()}${s.slice(1)}`;
}
