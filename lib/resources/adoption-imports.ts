import type { Group } from '@cdktf/provider-okta/lib/group';
import type { GroupRole } from '@cdktf/provider-okta/lib/group-role';
import type { GroupRule } from '@cdktf/provider-okta/lib/group-rule';
import type { PolicyPassword } from '@cdktf/provider-okta/lib/policy-password';
import { TerraformElement, type TerraformProvider, type TerraformResource } from 'cdktf';
import type { Construct } from 'constructs';
import { adoptedGroupMapping, adoptedRoleMapping, type ResolvedAdoption } from '../adoption/adoption-file';
import type { LdapGroupMapping, LdapRoleMapping } from '../mappings/mapping-types';
import { terraformAddress } from './terraform-address';

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

/** Construct id of the element that writes an integration's import blocks. */
export const ADOPTION_IMPORTS_ID = 'AdoptionImports';

/**
 * The `import` blocks of one integration, written by one element: the same blocks, in the same
 * order, as cdktf's `importFrom` on each resource would write (`{ provider?, id, to }`, and
 * `"//".metadata.imports`). `importFrom` also adds a validation per resource that runs
 * `terraform version` at synth (about 60 ms each, and synth fails where no terraform is installed,
 * e.g. a synth job that hands `cdktf.out` to an apply job); stacks of this construct already need
 * Terraform >= 1.7 (README), which has import blocks.
 */
class AdoptionImportBlocks extends TerraformElement {
  constructor(
    scope: Construct,
    private readonly imports: ReadonlyMap<TerraformResource, string>,
    private readonly provider: TerraformProvider | undefined,
  ) {
    super(scope, ADOPTION_IMPORTS_ID);
  }

  public override toTerraform(): Record<string, unknown> {
    return {
      import: [...this.imports].map(([resource, id]) => ({
        provider: this.provider?.fqn,
        id,
        to: terraformAddress(resource),
      })),
    };
  }

  public override toHclTerraform(): Record<string, unknown> {
    return {
      import: [...this.imports].map(([resource, id]) => ({
        to: { value: terraformAddress(resource), type: 'simple', storageClassType: 'reference' },
        id: { value: id, type: 'simple', storageClassType: 'string' },
        provider:
          this.provider !== undefined
            ? { value: this.provider.fqn, type: 'simple', storageClassType: 'reference' }
            : undefined,
      })),
    };
  }

  public override toMetadata(): Record<string, unknown> {
    const imports: Record<string, string[]> = {};
    for (const resource of this.imports.keys()) {
      (imports[resource.terraformResourceType] ??= []).push(resource.friendlyUniqueId);
    }
    return { imports };
  }
}

/**
 * Gives each resource named in the (checked) adoption an `import` block, so the plan imports the
 * existing object instead of creating a second one. Nothing else about the resources changes:
 * without an adoption they synthesize identically, and no element is added.
 *
 * `provider` is the integration's okta provider, when one was given: the blocks name it (an aliased
 * OktaProvider for a second org) so each object is read from the org its resource belongs to.
 *
 * Returns the import id of each adopted resource, in the order the resources were created, for the
 * manifest.
 */
export function importAdopted(
  scope: Construct,
  adoption: ResolvedAdoption,
  resources: AdoptableResources,
  provider?: TerraformProvider,
): Map<TerraformResource, string> {
  const imported = new Map<TerraformResource, string>();
  const adopt = (resource: TerraformResource | undefined, id: string | undefined) => {
    if (resource === undefined || id === undefined) return;
    imported.set(resource, id);
  };
  resources.groupMappings.forEach((mapping, i) => {
    const ids = adoptedGroupMapping(adoption, mapping);
    adopt(resources.groups[i], ids?.group);
    adopt(resources.groupRules[i], ids?.groupRule);
  });
  resources.roleMappings.forEach((mapping, i) => {
    const ids = adoptedRoleMapping(adoption, mapping);
    adopt(resources.groupRoles[i], ids && groupRoleImportId(ids.group, ids.assignment));
  });
  adopt(resources.passwordPolicy, adoption.passwordPolicy);
  if (imported.size > 0) new AdoptionImportBlocks(scope, imported, provider);
  return imported;
}
