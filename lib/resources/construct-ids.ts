import type { LdapGroupMapping, LdapRoleMapping } from '../mappings/mapping-types';
import {
  extraAttributeKey,
  groupMappingKey,
  ldapGroupKey,
  type RoleMappingKey,
  roleMappingKey,
} from '../model/mapping-keys';
import type { LdapExtraUserAttribute } from '../settings/ldap-directory-settings';

/**
 * Construct ids of the resources an `OktaLdapIntegration` creates. They are derived from mapping
 * content (LDAP group names, Okta group names, attribute names), never from array positions, so
 * reordering mappings changes no Terraform address. They are part of the library's compatibility
 * promise: changing one makes Terraform destroy and recreate the resource. Each is built from the
 * key of its mapping (lib/model/mapping-keys.ts), the key the diff, the adoption file and the
 * preflight match mappings by.
 */

/**
 * Turns a name into a construct id component. `constructs` silently rewrites `/` to `--`, which
 * would make `a/b` and `a--b` collide; `%` and `/` are percent-encoded instead, so distinct names
 * always give distinct ids (and distinct Terraform logical ids, which hash the full path).
 */
export function idComponent(name: string): string {
  return name.replace(/%/g, '%25').replace(/\//g, '%2F');
}

/** Construct id of the exact lookup of an imported LDAP group (`data okta_groups`). */
export function ldapGroupLookupId(ldapGroup: string): string {
  return `LdapGroup-${idComponent(ldapGroupKey(ldapGroup))}`;
}

/** Construct id of the Okta group a group mapping creates: `Group-<okta group>`. */
export function oktaGroupId(mapping: Pick<LdapGroupMapping, 'oktaGroup'>): string {
  return `Group-${idComponent(groupMappingKey(mapping))}`;
}

/** Construct id of the group rule that fills the Okta group of a group mapping: `GroupRule-<okta group>`. */
export function groupRuleId(mapping: Pick<LdapGroupMapping, 'oktaGroup'>): string {
  return `GroupRule-${idComponent(groupMappingKey(mapping))}`;
}

/**
 * Construct id of an admin role given to an imported LDAP group: `GroupRole-<ldap group>-<role>`.
 * A CUSTOM role with literal `roleId` and `resourceSetId` adds both
 * (`GroupRole-<ldap group>-CUSTOM-<roleId>-<resourceSetId>`), so one group can hold several custom
 * roles; with a token among them the id is `GroupRole-<ldap group>-CUSTOM` (one per group).
 */
export function groupRoleId(
  mapping: Pick<LdapRoleMapping, 'ldapGroup' | 'role' | 'roleId' | 'resourceSetId'>,
): string {
  return groupRoleIdOf(roleMappingKey(mapping));
}

/** `groupRoleId` of a role mapping key. */
function groupRoleIdOf(key: RoleMappingKey): string {
  const base = `GroupRole-${idComponent(key.ldapGroup)}-${key.role}`;
  return key.customIds === undefined ? base : `${base}-${key.customIds.map(idComponent).join('-')}`;
}

/**
 * Construct id of a `terraform_data` replace trigger: `ReplaceTrigger-<construct id of the resource
 * it replaces>`, e.g. `ReplaceTrigger-GroupRole-engineering-READ_ONLY_ADMIN`.
 */
export function replaceTriggerId(resourceId: string): string {
  return `ReplaceTrigger-${resourceId}`;
}

/** Construct id of the app user schema property of an extra LDAP attribute: `SchemaProperty-<property>`. */
export function schemaPropertyId(
  attribute: Pick<LdapExtraUserAttribute, 'ldapAttribute' | 'profileProperty'>,
): string {
  return `SchemaProperty-${idComponent(extraAttributeKey(attribute))}`;
}
