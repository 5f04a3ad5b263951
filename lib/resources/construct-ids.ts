import { Token } from 'cdktf';

/**
 * Construct ids of the resources an `OktaLdapIntegration` creates. They are derived from mapping
 * content (LDAP group names, Okta group names, attribute names), never from array positions, so
 * reordering mappings changes no Terraform address. They are part of the library's compatibility
 * promise: changing one makes Terraform destroy and recreate the resource.
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
  return `LdapGroup-${idComponent(ldapGroup)}`;
}

/** Construct id of the Okta group a group mapping creates. */
export function oktaGroupId(oktaGroup: string): string {
  return `Group-${idComponent(oktaGroup)}`;
}

/** Construct id of the group rule that fills an Okta group. */
export function groupRuleId(oktaGroup: string): string {
  return `GroupRule-${idComponent(oktaGroup)}`;
}

/**
 * Construct id of an admin role given to an imported LDAP group: `GroupRole-<ldap group>-<role>`.
 * A CUSTOM role with literal `roleId` and `resourceSetId` adds both
 * (`GroupRole-<ldap group>-CUSTOM-<roleId>-<resourceSetId>`), so one group can hold several custom
 * roles; with a token among them the id is `GroupRole-<ldap group>-CUSTOM` (one per group).
 */
export function groupRoleId(
  ldapGroup: string,
  role: string,
  custom?: { readonly roleId?: string; readonly resourceSetId?: string },
): string {
  const base = `GroupRole-${idComponent(ldapGroup)}-${role}`;
  const parts = [custom?.roleId, custom?.resourceSetId];
  if (role !== 'CUSTOM' || !parts.every((p) => typeof p === 'string' && p !== '' && !Token.isUnresolved(p))) {
    return base;
  }
  return `${base}-${parts.map((p) => idComponent(p!)).join('-')}`;
}

/**
 * Construct id of a `terraform_data` replace trigger: `ReplaceTrigger-<construct id of the resource
 * it replaces>`, e.g. `ReplaceTrigger-GroupRole-engineering-READ_ONLY_ADMIN`.
 */
export function replaceTriggerId(resourceId: string): string {
  return `ReplaceTrigger-${resourceId}`;
}

/** Construct id of an app user schema property for an extra LDAP attribute. */
export function schemaPropertyId(profileProperty: string): string {
  return `SchemaProperty-${idComponent(profileProperty)}`;
}
