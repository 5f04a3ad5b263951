/** What an admin role mapping applies to, in the words of the review and the report. */
import { type LdapRoleMapping, OktaAdminRole } from '../mappings/mapping-types';

/** The fields of a role mapping that say what it applies to. */
export type RoleScopeFields = Pick<
  LdapRoleMapping,
  'role' | 'targetGroupIds' | 'targetApps' | 'roleId' | 'resourceSetId'
>;

/**
 * What the role is limited to, each value through `quote`: `role cr0…, resource set iam0…` for a
 * CUSTOM role (its permissions and resources are defined in Okta by these two ids), `group 00g…,
 * app …` for targets; undefined when the role applies to the whole org (no target, not CUSTOM).
 */
export function roleScope(r: RoleScopeFields, quote: (value: string) => string): string | undefined {
  if (r.role === OktaAdminRole.CUSTOM) {
    return `role ${quote(r.roleId ?? '(unset)')}, resource set ${quote(r.resourceSetId ?? '(unset)')}`;
  }
  const parts = [
    ...(r.targetGroupIds ?? []).map((g) => `group ${quote(g)}`),
    ...(r.targetApps ?? []).map((a) => `app ${quote(a)}`),
  ];
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** The role with its scope as one plain text, e.g. `HELP_DESK_ADMIN (group 00g1)`, `SUPER_ADMIN`. */
export function roleWithScope(r: RoleScopeFields): string {
  const scope = roleScope(r, (v) => v);
  return scope === undefined ? r.role : `${r.role} (${scope})`;
}
