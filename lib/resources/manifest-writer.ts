import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { IntegrationManifest, MANIFEST_COMMENT_KEY } from '../manifest/integration-manifest';
import { valueToken } from '../terraform/value-token';

/** Names already taken by integrations in one stack. */
interface StackNames {
  readonly keys: Set<string>;
  readonly identifiers: Set<string>;
}

const NAMES = new WeakMap<TerraformStack, StackNames>();

function namesOf(stack: TerraformStack): StackNames {
  let names = NAMES.get(stack);
  if (names === undefined) {
    names = { keys: new Set(), identifiers: new Set() };
    NAMES.set(stack, names);
  }
  return names;
}

/** A Terraform identifier built from `text`: letters, digits, `_` and `-`, not starting with a digit or `-`. */
export function terraformIdentifier(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/**
 * Where an integration records itself in its stack, and the readable prefix of its Terraform
 * variable and output names.
 */
export interface IntegrationNames {
  /** Key under `"//"."cdktf-okta-ldap"."integrations"`: the construct id, or the full path when taken. */
  readonly key: string;
  /**
   * Readable Terraform identifier prefix (e.g. `JumpCloud`), or undefined when it would collide with
   * another integration's in the same stack (cdktf's hashed logical ids are used then).
   */
  readonly identifier: string | undefined;
}

/**
 * Reserves the manifest key and identifier prefix of one integration in its stack. The first
 * integration with a given construct id keeps the id as its key; a later one with the same id at
 * another path uses its full construct path (sanitized), so keys stay unique and stable for the
 * first.
 */
export function reserveIntegrationNames(integration: Construct): IntegrationNames {
  const stack = TerraformStack.of(integration);
  const names = namesOf(stack);
  const stackPath = stack.node.path;
  const relativePath = integration.node.path.slice(stackPath.length > 0 ? stackPath.length + 1 : 0);
  const candidates = [integration.node.id, relativePath];
  const key = candidates.find((c) => !names.keys.has(c));
  if (key === undefined) {
    // Unreachable in practice: two constructs cannot share a path.
    throw new Error(`cdktf-okta-ldap: no unique manifest key for ${integration.node.path}`);
  }
  names.keys.add(key);
  const wanted = terraformIdentifier(key);
  const identifier = names.identifiers.has(wanted) ? undefined : wanted;
  if (identifier !== undefined) names.identifiers.add(identifier);
  return { key, identifier };
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
