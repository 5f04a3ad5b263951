import { ROLES_WITH_APP_TARGETS, ROLES_WITH_GROUP_TARGETS } from '../../mappings/role-targets';
import { defineRule } from '../../validation-rule/define-rule';
import { isUnresolved } from '../../terraform/cdktf-token';

/** The role targets of a mapping and the roles that accept each. */
const TARGETS = [
  { field: 'targetGroupIds', allowed: ROLES_WITH_GROUP_TARGETS, kind: 'group' },
  { field: 'targetApps', allowed: ROLES_WITH_APP_TARGETS, kind: 'app' },
] as const;

/**
 * OKLDAP-209: role targets only where the role allows them: `targetGroupIds` for
 * GROUP_MEMBERSHIP_ADMIN, HELP_DESK_ADMIN and USER_ADMIN; `targetApps` for APP_ADMIN. The okta
 * provider rejects other combinations at apply time.
 */
export const roleTargetAllowedRule = defineRule('OKLDAP-209', {
  severity: 'error',
  title: 'Role targets given to a role that does not accept them',
  check(input, report) {
    input.roleMappings.forEach((m, i) => {
      if (isUnresolved(m.role)) return;
      for (const { field, allowed, kind } of TARGETS) {
        const value = m[field];
        if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        if (allowed.includes(m.role)) continue;
        report(
          `roleMappings[${i}].${field}`,
          value,
          `role ${String(m.role)} does not take ${kind} targets; ${field} is allowed only for ${allowed.join(', ')}`,
          `Remove roleMappings[${i}].${field}, or use one of ${allowed.join(', ')}`,
        );
      }
    });
  },
});
