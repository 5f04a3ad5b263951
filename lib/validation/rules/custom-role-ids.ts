import { OktaAdminRole } from '../../mappings/mapping-types';
import type { ValidationRule, Violation } from '../../validation-rule/validation-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { violation } from '../../validation-rule/rule-support';

const FIELDS = ['roleId', 'resourceSetId'] as const;

/**
 * OKLDAP-213: a CUSTOM role mapping names its custom role and resource set (`roleId`,
 * `resourceSetId`); a standard role names neither. Okta refuses a CUSTOM assignment without both,
 * and the okta provider sends them with any role type (okta/resource_okta_group_role.go:99-108 and
 * 118-126, v4.20.0), where a standard role has no use for them.
 */
export const customRoleIdsRule: ValidationRule = {
  id: 'OKLDAP-213',
  severity: 'error',
  title: 'A CUSTOM role lacks roleId or resourceSetId, or a standard role has them',
  check(input) {
    const out: Violation[] = [];
    input.roleMappings.forEach((m, i) => {
      if (isUnresolved(m.role)) return;
      const custom = m.role === OktaAdminRole.CUSTOM;
      for (const field of FIELDS) {
        const value = m[field];
        if (isUnresolved(value)) continue;
        const given = typeof value === 'string' && value.trim() !== '';
        if (custom && !given) {
          out.push(
            violation(
              customRoleIdsRule,
              `roleMappings[${i}].${field}`,
              value ?? null,
              `role CUSTOM needs ${field}: Okta assigns a custom role only with the id of the role (roleId, e.g. 'cr0…') and of the resource set it applies to (resourceSetId, e.g. 'iam…')`,
              `Set roleMappings[${i}].${field} (Security > Administrators > Roles / Resources in the Admin Console), or use a standard role`,
            ),
          );
        } else if (!custom && value !== undefined) {
          out.push(
            violation(
              customRoleIdsRule,
              `roleMappings[${i}].${field}`,
              value,
              `role ${String(m.role)} is a standard role; ${field} is only for role CUSTOM`,
              `Remove roleMappings[${i}].${field}, or set role to OktaAdminRole.CUSTOM`,
            ),
          );
        }
      }
    });
    return out;
  },
};
