import type { Group } from '@cdktf/provider-okta/lib/group';
import type { GroupRole } from '@cdktf/provider-okta/lib/group-role';
import type { GroupRule } from '@cdktf/provider-okta/lib/group-rule';
import type { PolicyPassword } from '@cdktf/provider-okta/lib/policy-password';
import type { TerraformProvider, TerraformResource } from 'cdktf';
import { adoptionRoleKey, type ResolvedAdoption } from '../adoption/adoption-file';
import type { LdapGroupMapping, LdapRoleMapping } from '../mappings/mapping-types';

/**
 * Import ids in the form each resource's `Importer` expects (okta/terraform-provider-okta v4.20.0):
 * - `okta_group`: `<groupId>` (okta/resource_okta_group.go:24-37 also accepts `<groupId>/skip_users`,
 *   a no-op since users left the resource);
 * - `okta_group_rule`: `<ruleId>` (okta/resource_okta_group_rule.go:23-25, passthrough);
 * - `okta_group_role`: `<groupId>/<roleAssignmentId>` (okta/resource_okta_group_role.go:23,
 *   `createNestedResourceImporter([]string{"group_id", "id"})`, okta/utils.go:167-200);
 * - `okta_policy_password`: `<policyId>` (okta/resource_okta_policy_password.go:17-19, passthrough).
 */
export function groupRoleImportId(ldapGroupId: string, roleAssignmentId: string): string {
  return `${ldapGroupId}/${roleAssignmentId}`;
}

/** The resources of one integration that can adopt an existing Okta object, in mapping order. */
export interface AdoptableResources {
  readonly groupMappings: readonly LdapGroupMapping[];
  readonly groups: readonly Group[];
  readonly groupRules: readonly GroupRule[];
  readonly roleMappings: readonly LdapRoleMapping[];
  readonly groupRoles: readonly GroupRole[];
  readonly passwordPolicy?: PolicyPassword;
}

/**
 * Gives each resource named in the (checked) adoption an `import` block (`importFrom`), so the plan
 * imports the existing object instead of creating a second one. Nothing else about the resources
 * changes: without an adoption they synthesize identically, apart from the import blocks.
 *
 * `provider` is the integration's okta provider, when one was given.
 *
 * Returns the import id of each adopted resource, for the manifest.
 */
export function importAdopted(
  adoption: ResolvedAdoption,
  resources: AdoptableResources,
  provider?: TerraformProvider,
): Map<TerraformResource, string> {
  const imported = new Map<TerraformResource, string>();
  const adopt = (resource: TerraformResource | undefined, id: string | undefined) => {
    if (resource === undefined || id === undefined) return;
    // The import block names the integration's provider (an aliased OktaProvider for a second
    // org) so the object is read from the org the resource belongs to; unset means the default.
    resource.importFrom(id, provider);
    imported.set(resource, id);
  };
  resources.groupMappings.forEach((mapping, i) => {
    const ids = adoption.groupMappings.get(mapping.oktaGroup);
    adopt(resources.groups[i], ids?.group);
    adopt(resources.groupRules[i], ids?.groupRule);
  });
  resources.roleMappings.forEach((mapping, i) => {
    const entry = adoption.roleMappings.get(mapping.ldapGroup);
    const assignment = entry?.roles[adoptionRoleKey(mapping)];
    adopt(
      resources.groupRoles[i],
      entry && assignment ? groupRoleImportId(entry.group, assignment) : undefined,
    );
  });
  adopt(resources.passwordPolicy, adoption.passwordPolicy);
  return imported;
}
