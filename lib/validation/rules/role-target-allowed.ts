import { ROLES_WITH_APP_TARGETS, ROLES_WITH_GROUP_TARGETS } from '../../mappings/role-targets';
import type { ValidationRule, Violation } from '../../validation-rule/validation-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-209: role targets only where the role allows them: `targetGroupIds` for
 * GROUP_MEMBERSHIP_ADMIN, HELP_DESK_ADMIN and USER_ADMIN; `targetApps` for APP_ADMIN. The okta
 * provider rejects other combinations at apply time.
 */
export const roleTargetAllowedRule: ValidationRule = {
  id: 'OKLDAP-209',
  severity: 'error',
  title: 'Role targets given to a role that does not accept them',
  check(input) {
    const out: Violation[] = [];
    input.roleMappings.forEach((m, i) => {
      const checks = [
        {
          field: 'targetGroupIds',
          value: m.targetGroupIds,
          allowed: ROLES_WITH_GROUP_TARGETS,
          kind: 'group',
        },
        { field: 'targetApps', value: m.targetApps, allowed: ROLES_WITH_APP_TARGETS, kind: 'app' },
      ] as const;
      for (const { field, value, allowed, kind } of checks) {
        if (value === undefined || isUnresolved(m.role) || (Array.isArray(value) && value.length === 0))
          continue;
        if (allowed.includes(m.role)) continue;
        out.push(
          violation(
            roleTargetAllowedRule,
            `roleMappings[${i}].${field}`,
            value,
            `role ${String(m.role)} does not take ${kind} targets; ${field} is allowed only for ${allowed.join(', ')}`,
            `Remove roleMappings[${i}].${field}, or use one of ${allowed.join(', ')}`,
          ),
        );
      }
    });
    return out;
  },
};
