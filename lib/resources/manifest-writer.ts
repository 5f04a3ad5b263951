import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { IntegrationManifest, MANIFEST_COMMENT_KEY } from '../manifest/integration-manifest';
import { valueToken } from '../terraform/value-token';
import type { TerraformNameCollision } from '../validation-rule/validation-rule';

/** One integration registered in its stack, with the names it has now. */
interface RegisteredIntegration {
  readonly integration: Construct;
  /** Its construct id. */
  readonly id: string;
  /** Its construct path below the stack (`Team/JumpCloud`; the id for a child of the stack). */
  readonly relativePath: string;
  names: IntegrationNames;
  /** Applies new names (when a later integration shares the id). */
  readonly rename: (names: IntegrationNames) => void;
}

const REGISTERED = new WeakMap<TerraformStack, RegisteredIntegration[]>();

function registeredIn(stack: TerraformStack): RegisteredIntegration[] {
  let registered = REGISTERED.get(stack);
  if (registered === undefined) {
    registered = [];
    REGISTERED.set(stack, registered);
  }
  return registered;
}

/**
 * A Terraform identifier that is also a shell variable name (so `export TF_VAR_<name>=…` works):
 * letters, digits and `_`, not starting with a digit. Every other character becomes `_`.
 */
export function terraformIdentifier(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/**
 * Where an integration records itself in its stack, and the readable prefix of its Terraform
 * variable and output names.
 */
export interface IntegrationNames {
  /**
   * Key under `"//"."cdktf-okta-ldap"."integrations"`: the construct id, or the construct path below
   * the stack when another integration of the stack has the same id.
   */
  readonly key: string;
  /** Terraform identifier prefix of the variable and outputs (e.g. `JumpCloud`): the key, shell-safe. */
  readonly identifier: string;
}

/** The names of `entry` among `all`: they depend on the set of integrations, never on their order. */
function namesAmong(
  entry: Omit<RegisteredIntegration, 'names'>,
  all: readonly Omit<RegisteredIntegration, 'names'>[],
) {
  const shared = all.some((other) => other !== entry && other.id === entry.id);
  const key = shared ? entry.relativePath : entry.id;
  return { key, identifier: terraformIdentifier(key) };
}

/** The names an integration gets in its stack, the collision they would make, and how to take them. */
export interface IntegrationNamePlan {
  readonly names: IntegrationNames;
  /** Two integrations of the stack (this one or others renamed by it) that would share an identifier. */
  readonly collision?: TerraformNameCollision;
  /** Registers the integration; earlier ones with the same id are renamed through their `rename`. */
  commit(rename: (names: IntegrationNames) => void): void;
}

/**
 * Plans the manifest key and identifier prefix of one integration in its stack. Two integrations
 * with the same construct id both use their construct paths below the stack as keys, whichever was
 * built first (the earlier one is renamed when the later one is committed); so the keys, the bind
 * password variable names and the output names do not depend on construction order.
 */
export function planIntegrationNames(integration: Construct): IntegrationNamePlan {
  const stack = TerraformStack.of(integration);
  const registered = registeredIn(stack);
  const stackPath = stack.node.path;
  const relativePath = integration.node.path.slice(stackPath.length > 0 ? stackPath.length + 1 : 0);
  const own = { integration, id: integration.node.id, relativePath, rename: () => undefined };
  const all = [...registered, own];
  const names = all.map((entry) => namesAmong(entry, all));
  const byIdentifier = new Map<string, string>();
  let collision: TerraformNameCollision | undefined;
  all.forEach((entry, i) => {
    const prefix = names[i]!.identifier;
    const other = byIdentifier.get(prefix);
    if (other !== undefined && collision === undefined) {
      collision = { prefix, paths: [other, entry.integration.node.path] };
    }
    byIdentifier.set(prefix, entry.integration.node.path);
  });
  return {
    names: names[names.length - 1]!,
    ...(collision !== undefined ? { collision } : {}),
    commit: (rename) => {
      registered.forEach((entry, i) => {
        const next = names[i]!;
        if (next.key === entry.names.key) return;
        renameManifestKey(entry.integration, entry.names.key, next.key);
        entry.names = next;
        entry.rename(next);
      });
      registered.push({ ...own, names: names[names.length - 1]!, rename });
    },
  };
}

/** The `integrations` object of each stack's manifest comment, shared by its integrations. */
const INTEGRATIONS = new WeakMap<TerraformStack, Record<string, unknown>>();

/**
 * Writes the manifest under `"//"."cdktf-okta-ldap"."integrations"."<key>"` of the stack. The value
 * is produced at synth, so late changes (an `overrideLogicalId`) are reflected. One override per
 * stack holds every integration, so keys may contain dots. Terraform ignores `"//"`, so nothing in it
 * needs template escaping.
 */
export function writeManifest(integration: Construct, key: string, produce: () => IntegrationManifest): void {
  const stack = TerraformStack.of(integration);
  let integrations = INTEGRATIONS.get(stack);
  if (integrations === undefined) {
    integrations = {};
    INTEGRATIONS.set(stack, integrations);
    stack.addOverride(`//.${MANIFEST_COMMENT_KEY}.integrations`, integrations);
  }
  integrations[key] = valueToken(produce, `cdktf-okta-ldap manifest of ${integration.node.path}`);
}

/** Moves an integration's manifest to a new key, keeping its place among the stack's integrations. */
function renameManifestKey(integration: Construct, from: string, to: string): void {
  const integrations = INTEGRATIONS.get(TerraformStack.of(integration));
  if (integrations === undefined || !(from in integrations)) return;
  const entries = Object.entries(integrations);
  for (const [key] of entries) delete integrations[key];
  for (const [key, value] of entries) integrations[key === from ? to : key] = value;
}
