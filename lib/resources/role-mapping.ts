import { GroupRole } from '@cdktf/provider-okta/lib/group-role';
import { Construct } from 'constructs';
import { LdapRoleMapping, OktaAdminRole } from '../mappings/mapping-types';
import { groupRoleId, replaceTriggerId } from './construct-ids';
import { replaceWhenChanged } from './replace-trigger';
import { ROLES_WITH_APP_TARGETS, ROLES_WITH_GROUP_TARGETS } from '../mappings/role-targets';
import { terraformLiteral } from '../terraform/terraform-literal';
import type { TerraformData } from '../terraform/terraform-data';

/** The resources of one role mapping. */
export interface RoleMappingResources {
  readonly role: GroupRole;
  /** `terraform_data` whose change replaces `role` (see `addRoleMapping`). */
  readonly trigger: TerraformData;
}

/**
 * Adds `okta_group_role` giving an admin role to an imported LDAP group (looked up exactly).
 * Targets are passed only for the roles that allow them; validation reports targets on other roles.
 * A CUSTOM role passes `role_id` and `resource_set_id` (validation requires both, and refuses them
 * for standard roles).
 *
 * `disable_notifications`, `role_id` and `resource_set_id` are sent only when the role is assigned
 * (okta/resource_okta_group_role.go:118-126, v4.20.0) and never read back (:163-198). An update
 * of `disable_notifications` posts an *empty* role assignment (:205-211) and an update of the other
 * two sends nothing, yet none of them is ForceNew (:93-108). So the three values sit in a
 * `terraform_data` in `replace_triggered_by`: changing one replaces the assignment.
 *
 * @param ldapGroupId the id of the imported LDAP group (`ldapAppGroupId` of its exact lookup)
 */
export function addRoleMapping(
  scope: Construct,
  mapping: LdapRoleMapping,
  ldapGroupId: string,
): RoleMappingResources {
  const groupTargets = ROLES_WITH_GROUP_TARGETS.includes(mapping.role) ? mapping.targetGroupIds : undefined;
  const appTargets = ROLES_WITH_APP_TARGETS.includes(mapping.role) ? mapping.targetApps : undefined;
  const custom = mapping.role === OktaAdminRole.CUSTOM;
  const id = groupRoleId(mapping);
  const role = new GroupRole(scope, id, {
    groupId: ldapGroupId,
    roleType: mapping.role,
    ...(groupTargets && groupTargets.length > 0
      ? { targetGroupList: groupTargets.map(terraformLiteral) }
      : {}),
    ...(appTargets && appTargets.length > 0 ? { targetAppList: appTargets.map(terraformLiteral) } : {}),
    ...(mapping.disableNotifications !== undefined
      ? { disableNotifications: mapping.disableNotifications }
      : {}),
    ...(custom && mapping.roleId !== undefined ? { roleId: terraformLiteral(mapping.roleId) } : {}),
    ...(custom && mapping.resourceSetId !== undefined
      ? { resourceSetId: terraformLiteral(mapping.resourceSetId) }
      : {}),
  });
  const trigger = replaceWhenChanged(scope, replaceTriggerId(id), role, {
    disable_notifications: mapping.disableNotifications ?? false,
    ...(custom
      ? {
          role_id: terraformLiteral(mapping.roleId ?? ''),
          resource_set_id: terraformLiteral(mapping.resourceSetId ?? ''),
        }
      : {}),
  });
  return { role, trigger };
}
