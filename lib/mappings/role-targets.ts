/**
 * Which Okta admin roles take targets, in one place for the construct, the validation rules, the
 * review's risk rules and `adopt` (cdktf-free, so the review and `adopt` load no Terraform bindings).
 * The okta provider 4.20.0 sends `target_group_list` and `target_app_list` of `okta_group_role` only
 * for these roles and ignores the lists for any other (`okta/resource_okta_group_role.go`).
 */
import { OktaAdminRole } from './mapping-types';

/** Roles that accept `target_group_list` in `okta_group_role`: limited to the listed groups. */
export const ROLES_WITH_GROUP_TARGETS: readonly OktaAdminRole[] = [
  OktaAdminRole.GROUP_MEMBERSHIP_ADMIN,
  OktaAdminRole.HELP_DESK_ADMIN,
  OktaAdminRole.USER_ADMIN,
];

/** Roles that accept `target_app_list` in `okta_group_role`: limited to the listed apps. */
export const ROLES_WITH_APP_TARGETS: readonly OktaAdminRole[] = [OktaAdminRole.APP_ADMIN];

/** Whether `role` can be limited to groups (a string from a manifest or a plan may be any role name). */
export function takesGroupTargets(role: string): boolean {
  return (ROLES_WITH_GROUP_TARGETS as readonly string[]).includes(role);
}
