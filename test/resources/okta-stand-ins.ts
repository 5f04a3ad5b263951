/**
 * Runs the Terraform logic of a synthesized stack for real, without the okta provider (which cannot
 * be downloaded on these machines): every `okta_*` resource and data source becomes a built-in
 * `terraform_data` stand-in at a derived address, with the same arguments (as `input`), the same
 * `depends_on`, and the same `lifecycle` (postconditions, `prevent_destroy`, `replace_triggered_by`),
 * and every reference is rewritten to the stand-in. The expressions themselves are not changed, so
 * `terraform validate`/`plan`/`apply` judge exactly what the construct wrote.
 *
 * - `okta_group.X` -> `terraform_data.okta_group__X` (`.id` is the stand-in's id);
 * - `data.okta_groups.X` -> `terraform_data.okta_groups_data__X.output`, whose `input` is the
 *   data source's arguments plus the attributes the test says the provider would read
 *   (`dataOutputs`); `self.` inside a data source's lifecycle becomes `self.output.`.
 */
import { rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { requireTerraform, terraform, terraformEnv } from '../guard/terraform-harness';
import { tempDir } from '../support/temp-dir';

type Json = Record<string, unknown>;

/** What the provider would read for a data source: `(type, name, arguments) => attributes`. */
export type DataOutputs = (type: string, name: string, args: Json) => Json;

const META = new Set(['depends_on', 'lifecycle', 'provider', 'count', 'for_each', '//']);

/** Address of the stand-in of `okta_<type>.<name>` (managed) or `data.okta_<type>.<name>`. */
export function standInAddress(type: string, name: string, data = false): string {
  return `terraform_data.${type}${data ? '_data' : ''}__${name}`;
}

function rewriteReferences(text: string): string {
  return text
    .replace(
      /\bdata\.(okta_\w+)\.([\w-]+)/g,
      (_m, type: string, name: string) => `${standInAddress(type, name, true)}.output`,
    )
    .replace(/(?<![\w.])(okta_\w+)\.([\w-]+)/g, (_m, type: string, name: string) =>
      standInAddress(type, name),
    );
}

function rewriteDependsOn(entries: unknown): string[] | undefined {
  if (!Array.isArray(entries)) return undefined;
  return (entries as string[]).map((e) => {
    const data = /^data\.(okta_\w+)\.([\w-]+)$/.exec(e);
    if (data) return standInAddress(data[1]!, data[2]!, true);
    const managed = /^(okta_\w+)\.([\w-]+)$/.exec(e);
    return managed ? standInAddress(managed[1]!, managed[2]!) : e;
  });
}

function standIn(body: Json, input: Json, data: boolean): Json {
  const out: Json = { input };
  const dependsOn = rewriteDependsOn(body.depends_on);
  if (dependsOn !== undefined) out.depends_on = dependsOn;
  if (body.lifecycle !== undefined) {
    const lifecycle = JSON.stringify(body.lifecycle);
    out.lifecycle = JSON.parse(data ? lifecycle.replace(/\bself\./g, 'self.output.') : lifecycle);
  }
  return out;
}

function argumentsOf(body: Json): Json {
  return Object.fromEntries(Object.entries(body).filter(([k]) => !META.has(k)));
}

/** The stand-in configuration of a synthesized stack (`cdk.tf.json` content). */
export function standInConfig(stack: Json, dataOutputs: DataOutputs = () => ({})): Json {
  const resources: Record<string, Json> = {};
  const standIns: Json = {};
  for (const [type, byName] of Object.entries(
    (stack.resource ?? {}) as Record<string, Record<string, Json>>,
  )) {
    if (!type.startsWith('okta_')) {
      resources[type] = byName;
      continue;
    }
    for (const [name, body] of Object.entries(byName)) {
      standIns[`${type}__${name}`] = standIn(body, argumentsOf(body), false);
    }
  }
  for (const [type, byName] of Object.entries((stack.data ?? {}) as Record<string, Record<string, Json>>)) {
    if (!type.startsWith('okta_')) throw new Error(`no stand-in for data source type ${type}`);
    for (const [name, body] of Object.entries(byName)) {
      const args = argumentsOf(body);
      standIns[`${type}_data__${name}`] = standIn(body, { ...args, ...dataOutputs(type, name, args) }, true);
    }
  }
  const existing = resources.terraform_data ?? {};
  resources.terraform_data = { ...existing, ...standIns };
  const config: Json = { resource: resources };
  for (const key of ['variable', 'output', 'locals', 'removed', 'moved', 'import']) {
    if (stack[key] !== undefined) config[key] = stack[key];
  }
  return JSON.parse(rewriteReferences(JSON.stringify(config))) as Json;
}

/**
 * The same stand-in configuration as a release without replace triggers and lifecycle protection
 * wrote it: the `ReplaceTrigger-*` stand-ins are gone, and so is the `lifecycle` of every managed
 * stand-in (data source postconditions stay). For testing that an upgrade replaces nothing.
 */
export function withoutReplaceTriggers(config: Json): Json {
  const copy = JSON.parse(JSON.stringify(config)) as { resource: { terraform_data: Record<string, Json> } };
  for (const [name, body] of Object.entries(copy.resource.terraform_data)) {
    if (name.includes('_ReplaceTrigger-')) delete copy.resource.terraform_data[name];
    else if (!name.includes('_data__')) delete body.lifecycle;
  }
  return copy;
}

/** One Terraform working directory holding stand-in configurations, applied one after another. */
export class StandInWorkspace {
  readonly dir = tempDir('okta-stand-in-');
  private readonly env: NodeJS.ProcessEnv;
  private initialised = false;

  constructor(vars: Record<string, string> = {}) {
    const version = requireTerraform();
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (major < 1 || (major === 1 && minor < 7)) {
      throw new Error(
        `terraform ${version} is too old for the stand-in tests: they plan removed blocks (Terraform >= 1.7). Install Terraform >= 1.7.`,
      );
    }
    this.env = terraformEnv(
      Object.fromEntries(Object.entries(vars).map(([k, v]) => [`TF_VAR_${k}`, v])),
      join(this.dir, '.terraform'),
    );
  }

  /** Writes `config` as the configuration (replacing the previous one). */
  write(config: Json): void {
    writeFileSync(join(this.dir, 'main.tf.json'), JSON.stringify(config, null, 2));
    if (!this.initialised) {
      this.run(['init', '-input=false']);
      this.initialised = true;
    }
  }

  /** Runs terraform; throws with the output unless the exit code is `expect`. */
  run(args: string[], expect = 0): string {
    const r = terraform(args, this.dir, this.env);
    if (r.status !== expect) {
      throw new Error(`terraform ${args.join(' ')} exited ${r.status} (expected ${expect}):\n${r.output}`);
    }
    return r.output;
  }

  apply(expect = 0): string {
    return this.run(['apply', '-auto-approve', '-input=false'], expect);
  }

  /** The planned action of every resource address, e.g. `{ 'terraform_data.x': ['no-op'] }`. */
  plannedActions(extra: string[] = []): Record<string, string[]> {
    this.run(['plan', '-input=false', '-out=plan.bin', ...extra]);
    const plan = JSON.parse(this.run(['show', '-json', 'plan.bin'])) as {
      resource_changes?: { address: string; change: { actions: string[] } }[];
    };
    return Object.fromEntries((plan.resource_changes ?? []).map((c) => [c.address, c.change.actions]));
  }

  /** `output` of a stand-in (or any terraform_data) in the current state. */
  stateOutput(address: string): unknown {
    const state = JSON.parse(this.run(['show', '-json'])) as {
      values?: { root_module?: { resources?: { address: string; values: { output: unknown } }[] } };
    };
    const found = state.values?.root_module?.resources?.find((r) => r.address === address);
    if (found === undefined) throw new Error(`${address} is not in the state`);
    return found.values.output;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
