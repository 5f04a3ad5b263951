/**
 * Checks an integration manifest read back from a synthesized stack, field by field, before any
 * command trusts it: the settings and mappings through the same check as `preflight --settings`
 * (`parseSettingsDocument`), the rest here. A hand-edited or damaged `cdk.tf.json` then fails with
 * the field's path and what it got, never with a crash further on.
 */
import { parseSettingsDocument } from '../model/settings-document';
import { InputError } from '../errors';
import { array, bool, describe, object, optional, str } from '../settings/value-checks';
import type { IntegrationManifest } from './integration-manifest';

/** `value` as an `IntegrationManifest` (its `schema` already checked), or an `InputError` naming the field. */
export function checkIntegrationManifest(value: Record<string, unknown>): IntegrationManifest {
  str(value.id, 'id');
  str(value.path, 'path');
  str(value.ldapAppId, 'ldapAppId');
  str(value.bindPasswordVariable, 'bindPasswordVariable');
  parseSettingsDocument(value);
  // Required here, optional in a settings file: the manifest always records them.
  object(value.userMappings, 'userMappings');
  array(value.groupMappings, 'groupMappings');
  array(value.roleMappings, 'roleMappings').forEach((r, i) => {
    const role = object(r, `roleMappings[${i}]`);
    for (const key of ['targetGroupIds', 'targetApps']) {
      optional(role[key], () => strings(role[key], `roleMappings[${i}].${key}`));
    }
    for (const key of ['roleId', 'resourceSetId'])
      optional(role[key], () => str(role[key], `roleMappings[${i}].${key}`));
    optional(role.disableNotifications, () =>
      bool(role.disableNotifications, `roleMappings[${i}].disableNotifications`),
    );
  });
  optional(value.passwordPolicy, () => {
    const policy = object(value.passwordPolicy, 'passwordPolicy');
    str(policy.name, 'passwordPolicy.name');
    optional(policy.groups, () => strings(policy.groups, 'passwordPolicy.groups'));
    optional(policy.priority, () => {
      if (!Number.isInteger(policy.priority)) {
        throw new InputError(`passwordPolicy.priority must be an integer, got ${describe(policy.priority)}`);
      }
    });
    optional(policy.description, () => str(policy.description, 'passwordPolicy.description', false));
  });
  optional(value.deleteWhenAbsent, () => bool(value.deleteWhenAbsent, 'deleteWhenAbsent'));
  optional(value.profileMappingRemoval, () => str(value.profileMappingRemoval, 'profileMappingRemoval'));
  array(value.resources, 'resources').forEach((r, i) => {
    const resource = object(r, `resources[${i}]`);
    for (const key of ['type', 'address', 'purpose']) str(resource[key], `resources[${i}].${key}`, false);
    optional(resource.importId, () => str(resource.importId, `resources[${i}].importId`));
  });
  const warnings = (key: string, extra: readonly string[]): void =>
    array(value[key], key).forEach((w, i) => {
      const warning = object(w, `${key}[${i}]`);
      for (const field of ['ruleId', 'path', 'message', ...extra]) {
        str(warning[field], `${key}[${i}].${field}`, false);
      }
    });
  warnings('warnings', []);
  if (value.suppressedWarnings !== undefined) warnings('suppressedWarnings', ['reason']);
  return value as unknown as IntegrationManifest;
}

/** A list of strings, or an `InputError` naming the field and the first wrong item. */
function strings(v: unknown, path: string): void {
  array(v, path).forEach((item, i) => str(item, `${path}[${i}]`, false));
}
