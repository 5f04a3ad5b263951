import { createHash } from 'crypto';
import type { LdapRoleMapping } from '../mappings/mapping-types';
import type { IntegrationModel } from '../model/integration-model';
import { sortKeys } from '../text/canonical-json';

/**
 * Schema tag of `GuardInput`; the guard runner refuses any other.
 * @internal
 */
export const GUARD_INPUT_SCHEMA = 'cdktf-okta-ldap/guard@1';

/**
 * Options of the check the guard runs, recorded in its `input` so that a change re-runs it.
 *
 * @internal
 * @jsii ignore (TypeScript-only: a shape of the deploy guard)
 */
export interface GuardCheckOptions {
  /** CA bundle path, relative to the stack's working directory (or absolute). */
  readonly caFile?: string;
  /** Overall timeout of the preflight in seconds. */
  readonly timeoutSeconds?: number;
  /** Example user (email or uid) to look up like Okta's "Test configuration". */
  readonly exampleUser?: string;
}

/**
 * What the `terraform_data` guard holds in `input` and what its provisioner checks: the model of one
 * integration (its non-secret settings and mappings, in canonical order, without the password
 * policy) and the options of the check. Never holds a secret.
 *
 * @internal
 * @jsii ignore (TypeScript-only: a shape of the deploy guard)
 */
export interface GuardInput extends IntegrationModel {
  readonly schema: typeof GUARD_INPUT_SCHEMA;
  /** Construct id of the integration. */
  readonly integration: string;
  /** Construct path of the integration. */
  readonly path: string;
  /** Options of the check. */
  readonly check: GuardCheckOptions;
}

/** What the guard is built from: the integration's model, its construct id and its path. */
export interface GuardManifest extends IntegrationModel {
  /** Construct id of the integration. */
  readonly id: string;
  /** Construct path of the integration. */
  readonly path: string;
}

/**
 * Builds the guard's input from a manifest. Mappings are sorted and object keys ordered, so that a
 * change of order alone changes neither the input nor its hash (no replacement in the plan). The
 * password policy is left out: the preflight does not read it.
 */
export function buildGuardInput(manifest: GuardManifest, check: GuardCheckOptions = {}): GuardInput {
  // One deep copy with every object's keys in order; then the mapping lists are sorted by the JSON
  // of their (already key-ordered) items, which is their canonical JSON.
  const input = sortKeys({
    schema: GUARD_INPUT_SCHEMA,
    integration: manifest.id,
    path: manifest.path,
    settings: manifest.settings,
    userMappings: manifest.userMappings,
    groupMappings: manifest.groupMappings,
    roleMappings: manifest.roleMappings.map(normaliseRoleMapping),
    check,
  }) as { -readonly [K in keyof GuardInput]: GuardInput[K] };
  input.groupMappings = sortByJson(input.groupMappings);
  input.roleMappings = sortByJson(input.roleMappings);
  return input;
}

/**
 * sha256 (hex) of a text. The guard's `triggers_replace` is `sha256Hex(JSON.stringify(input))` of its
 * `buildGuardInput` input, whose JSON is its canonical JSON (its keys are in order).
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Sorts a copy of key-ordered items by their JSON (their canonical JSON, as their keys are ordered). */
function sortByJson<T>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, key: JSON.stringify(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ item }) => item);
}

function normaliseRoleMapping(m: LdapRoleMapping): LdapRoleMapping {
  // Target lists are sets: their order means nothing to Okta.
  return {
    ...m,
    ...(m.targetGroupIds !== undefined ? { targetGroupIds: [...m.targetGroupIds].sort() } : {}),
    ...(m.targetApps !== undefined ? { targetApps: [...m.targetApps].sort() } : {}),
  };
}
