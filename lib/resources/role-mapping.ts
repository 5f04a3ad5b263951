import { GroupRole } from '@cdktf/provider-okta/lib/group-role';
import { Construct } from 'constructs';
import { LdapRoleMapping, OktaAdminRole } from '../mappings/mapping-types';
import { groupRoleId } from './construct-ids';
import { terraformLiteral } from '../shared/terraform-literal';

/** Roles that accept `target_group_list` (okta provider 4.20.0). */
export const ROLES_WITH_GROUP_TARGETS: readonly OktaAdminRole[] = [
  OktaAdminRole.GROUP_MEMBERSHIP_ADMIN,
  OktaAdminRole.HELP_DESK_ADMIN,
  OktaAdminRole.USER_ADMIN,
];

/** Roles that accept `target_app_list` (okta provider 4.20.0). */
export const ROLES_WITH_APP_TARGETS: readonly OktaAdminRole[] = [OktaAdminRole.APP_ADMIN];

/**
 * Adds `okta_group_role` giving an admin role to an imported LDAP group (looked up exactly).
 * Targets are passed only for the roles that allow them; validation reports targets on other roles.
 *
 * @param ldapGroupId the id of the imported LDAP group (`ldapAppGroupId` of its exact lookup)
 */
export function addRoleMapping(scope: Construct, mapping: LdapRoleMapping, ldapGroupId: string): GroupRole {
  const groupTargets = ROLES_WITH_GROUP_TARGETS.includes(mapping.role) ? mapping.targetGroupIds : undefined;
  const appTargets = ROLES_WITH_APP_TARGETS.includes(mapping.role) ? mapping.targetApps : undefined;
  return new GroupRole(scope, groupRoleId(mapping.ldapGroup, mapping.role), {
    groupId: ldapGroupId,
    roleType: mapping.role,
    ...(groupTargets && groupTargets.length > 0
      ? { targetGroupList: groupTargets.map(terraformLiteral) }
      : {}),
    ...(appTargets && appTargets.length > 0 ? { targetAppList: appTargets.map(terraformLiteral) } : {}),
    ...(mapping.disableNotifications !== undefined
      ? { disableNotifications: mapping.disableNotifications }
      : {}),
  });
}
