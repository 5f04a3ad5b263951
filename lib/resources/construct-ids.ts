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

/** Construct id of an admin role given to an imported LDAP group. */
export function groupRoleId(ldapGroup: string, role: string): string {
  return `GroupRole-${idComponent(ldapGroup)}-${role}`;
}

/** Construct id of an app user schema property for an extra LDAP attribute. */
export function schemaPropertyId(profileProperty: string): string {
  return `SchemaProperty-${idComponent(profileProperty)}`;
}
