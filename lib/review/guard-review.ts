/**
 * The check of each integration's deploy guard against its manifest: the `terraform_data` whose
 * `local-exec` runs the LDAP preflight before any okta resource of the integration is touched. The
 * guard is present when the manifest lists it; it runs the runner asset cdktf wrote (its content
 * hash is the one in its path, and the base's), with `node`, with the bind password and its own
 * input only; its input holds the integration's settings and mappings (host and port included);
 * every okta resource of the integration waits for it. Each difference says what the deploy does instead.
 */
import type { IntegrationManifest, StackManifest, TerraformBlock } from '../manifest/integration-manifest';
import {
  BIND_PASSWORD_ENV,
  GUARD_INPUT_ENV,
  GUARD_INPUT_EXPRESSION,
  GUARD_INTERPRETER,
  guardAddress,
} from '../manifest/guard-contract';
import { canonicalJson } from '../text/canonical-json';
import { isObject } from '../settings/value-checks';
import { terraformLiteralDeep } from '../terraform/terraform-literal';
import { DiffArea } from './diff-model';
import { StackCheckKind } from './risk-rule';
import type { StackCheckFinding } from './stack-checks';
import { differingAttributes } from './terraform-changes';

/** The only arguments the construct gives the guard. */
const GUARD_ARGUMENTS = new Set(['input', 'provisioner', 'triggers_replace']);
const LOCAL_EXEC_ARGUMENTS = new Set(['command', 'interpreter', 'environment']);
/** `assets/<construct>/<MD5 of the content>/<file>`, as cdktf writes a file asset's path. */
const ASSET_PATH = /^assets\/[^/]+\/([0-9A-F]{32})\/[^/]+$/;
/** How many addresses a finding names before "and N more". */
const NAMED = 5;

/**
 * Every difference between the guards of `head`'s integrations and their manifests, and every guard
 * of `base` turned off in `head`.
 */
export function reviewGuards(base: StackManifest | undefined, head: StackManifest): StackCheckFinding[] {
  if (head.otherBlocks === undefined) return [];
  const blocks = new Map([...(head.terraform ?? []), ...head.otherBlocks].map((b) => [b.address, b]));
  const baseBlocks = new Map((base?.otherBlocks ?? []).map((b) => [b.address, b]));
  const out: StackCheckFinding[] = [];
  for (const m of head.integrations) {
    const was = base?.integrations.find((i) => i.id === m.id);
    const wasAddress = was === undefined ? undefined : guardAddress(was);
    const address = guardAddress(m);
    const say = (what: string, after?: string, before?: string): void => {
      out.push({
        integration: m.id,
        kind: StackCheckKind.GUARD,
        change: {
          area: DiffArea.TERRAFORM,
          kind: after === undefined && before !== undefined ? 'removed' : 'changed',
          key: address ?? wasAddress ?? m.id,
          item: address ?? wasAddress ?? m.id,
          label: what,
          ...(before !== undefined ? { before } : {}),
          ...(after !== undefined ? { after } : {}),
        },
      });
    };
    if (address === undefined) {
      if (wasAddress !== undefined) {
        say(
          'the guard is turned off: the deploy changes Okta without checking the directory first',
          undefined,
          wasAddress,
        );
      }
      continue;
    }
    const block = blocks.get(address);
    if (block === undefined || block.type !== 'terraform_data') {
      say(
        'the manifest lists the guard, but Terraform will not run it: the deploy changes Okta without the preflight',
        undefined,
        address,
      );
      continue;
    }
    const old = wasAddress === undefined ? undefined : baseBlocks.get(wasAddress);
    for (const problem of guardProblems(m, block, head, old))
      say(problem.what, problem.after, problem.before);
    const waiting = okta(m, blocks).filter((b) => !(b.dependsOn ?? []).includes(address));
    if (waiting.length > 0) {
      const names = waiting.slice(0, NAMED).map((b) => b.address);
      if (waiting.length > NAMED) names.push(`and ${waiting.length - NAMED} more`);
      say(
        `${waiting.length} okta resource(s) no longer wait for the guard (depends_on): Terraform may change them before, or without, the preflight`,
        names.join(', '),
      );
    }
  }
  return out;
}

interface Problem {
  readonly what: string;
  readonly before?: string;
  readonly after?: string;
}

function guardProblems(
  m: IntegrationManifest,
  block: TerraformBlock,
  head: StackManifest,
  old: TerraformBlock | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(block.attributes)) {
    if (!GUARD_ARGUMENTS.has(key)) {
      problems.push({
        what: `${key} is set on the guard: it may not run, or run otherwise`,
        after: canonicalJson(value),
      });
    }
  }
  problems.push(...provisionerProblems(m, block, head, old));
  problems.push(...inputProblems(m, block.attributes.input, old?.attributes.input));
  const ca = object(object(block.attributes.input)?.check)?.caFile;
  const caHash = typeof ca === 'string' ? ASSET_PATH.exec(ca)?.[1] : undefined;
  if (typeof ca === 'string' && caHash !== undefined && head.assets?.[ca] !== caHash) {
    problems.push({
      what: 'the CA bundle the guard trusts was changed after synth: the directory may be impersonated',
      after: `${ca} (content ${head.assets?.[ca] ?? 'not read'})`,
    });
  }
  return problems;
}

function provisionerProblems(
  m: IntegrationManifest,
  block: TerraformBlock,
  head: StackManifest,
  old: TerraformBlock | undefined,
): Problem[] {
  const list = Array.isArray(block.attributes.provisioner) ? (block.attributes.provisioner as unknown[]) : [];
  const only = list.length === 1 ? object(object(list[0])?.['local-exec']) : undefined;
  if (only === undefined || Object.keys(object(list[0])!).length !== 1) {
    return [
      {
        what: 'the guard does not run exactly one local-exec: the deploy runs these commands instead of the preflight',
        after: canonicalJson(block.attributes.provisioner ?? null),
      },
    ];
  }
  const problems: Problem[] = [];
  for (const key of Object.keys(only)) {
    if (!LOCAL_EXEC_ARGUMENTS.has(key)) {
      problems.push({
        what: `the guard's local-exec sets ${key}: it may not stop the deploy, or run otherwise`,
        after: canonicalJson(only[key]),
      });
    }
  }
  if (canonicalJson(only.interpreter) !== canonicalJson(GUARD_INTERPRETER)) {
    problems.push({
      what: 'the deploy starts the guard with another interpreter',
      after: canonicalJson(only.interpreter ?? null),
      before: canonicalJson(GUARD_INTERPRETER),
    });
  }
  const command = typeof only.command === 'string' ? only.command : '';
  const hash = ASSET_PATH.exec(command)?.[1];
  if (hash === undefined) {
    problems.push({
      what: 'the deploy runs this instead of the guard runner asset',
      after: canonicalJson(only.command ?? null),
    });
  } else if (head.assets?.[command] !== hash) {
    problems.push({
      what: 'the guard runner was changed after synth (its content is not the asset its path names): the deploy runs that code',
      after: `${command} (content ${head.assets?.[command] ?? 'not read'})`,
    });
  }
  const oldCommand = oldLocalExec(old)?.command;
  const oldHash = typeof oldCommand === 'string' ? ASSET_PATH.exec(oldCommand)?.[1] : undefined;
  if (hash !== undefined && oldHash !== undefined && oldHash !== hash) {
    problems.push({
      what: 'the deploy runs another guard runner than the base (another file content)',
      before: oldHash,
      after: hash,
    });
  }
  const environment = {
    [BIND_PASSWORD_ENV]: `\${var.${m.bindPasswordVariable}}`,
    [GUARD_INPUT_ENV]: GUARD_INPUT_EXPRESSION,
  };
  if (canonicalJson(only.environment ?? null) !== canonicalJson(environment)) {
    problems.push({
      what: "the guard's environment differs: the bind password or the input goes elsewhere, or the runner gets more",
      before: canonicalJson(environment),
      after: canonicalJson(only.environment ?? null),
    });
  }
  return problems;
}

function oldLocalExec(old: TerraformBlock | undefined): Record<string, unknown> | undefined {
  const list = Array.isArray(old?.attributes.provisioner) ? (old.attributes.provisioner as unknown[]) : [];
  return object(object(list[0])?.['local-exec']);
}

/** The guard's input against the manifest: the settings (host and port first), the mappings, the CA file. */
function inputProblems(m: IntegrationManifest, value: unknown, oldValue: unknown): Problem[] {
  const input = object(value);
  if (input === undefined)
    return [{ what: 'the guard has no input: it checks nothing', after: canonicalJson(value ?? null) }];
  const problems: Problem[] = [];
  const agent = object(object(input.settings)?.agent);
  const where = (a: { host?: unknown; port?: unknown } | undefined): string =>
    `${String(a?.host)}:${String(a?.port)}`;
  if (where(agent) !== where(m.settings.agent)) {
    problems.push({
      what: `the deploy will bind to ${where(agent)} with the real bind password, not to the integration's directory`,
      before: where(m.settings.agent),
      after: where(agent),
    });
  }
  const expected = {
    settings: m.settings,
    userMappings: m.userMappings,
    groupMappings: m.groupMappings,
    roleMappings: m.roleMappings,
    integration: m.id,
    path: m.path,
  };
  const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, input[k]]));
  const differing = differingAttributes(expected, actual).filter(
    (k) =>
      differingAttributes(
        { [k]: terraformLiteralDeep((expected as Record<string, unknown>)[k]) },
        { [k]: actual[k] },
      ).length > 0,
  );
  if (differing.length > 0) {
    problems.push({
      what: `the guard checks other ${differing.join(', ')} than the integration's manifest: the preflight passes for what is not deployed`,
      before: 'as in the manifest',
      after: 'other values in the guard input',
    });
  }
  const ca = object(input.check)?.caFile;
  const oldCa = object(object(oldValue)?.check)?.caFile;
  if (ca !== undefined && (typeof ca !== 'string' || !ASSET_PATH.test(ca))) {
    problems.push({ what: 'the guard trusts a CA file from outside the stack', after: canonicalJson(ca) });
  } else if (oldValue !== undefined && canonicalJson(ca ?? null) !== canonicalJson(oldCa ?? null)) {
    problems.push({
      what: 'the guard trusts another CA bundle: the directory may be impersonated',
      before: canonicalJson(oldCa ?? null),
      after: canonicalJson(ca ?? null),
    });
  }
  return problems;
}

/** The okta resources of an integration that the stack declares. */
function okta(m: IntegrationManifest, blocks: ReadonlyMap<string, TerraformBlock>): TerraformBlock[] {
  return m.resources
    .filter((r) => r.type.startsWith('okta_'))
    .map((r) => blocks.get(r.address))
    .filter((b): b is TerraformBlock => b !== undefined && b.mode === 'managed');
}

function object(v: unknown): Record<string, unknown> | undefined {
  return isObject(v) ? v : undefined;
}
