import { OktaAdminRole } from '../../mappings/mapping-types';
import { defineRule } from '../../validation-rule/define-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { blankProblem } from '../../validation-rule/rule-support';

const FIELDS = ['roleId', 'resourceSetId'] as const;

/**
 * OKLDAP-213: a CUSTOM role mapping names its custom role and resource set (`roleId`,
 * `resourceSetId`); a standard role names neither. Okta refuses a CUSTOM assignment without both,
 * and the okta provider sends them with any role type (okta/resource_okta_group_role.go:99-108 and
 * 118-126, v4.20.0), where a standard role has no use for them.
 */
export const customRoleIdsRule = defineRule('OKLDAP-213', {
  severity: 'error',
  title: 'A CUSTOM role lacks roleId or resourceSetId, or a standard role has them',
  check(input, report) {
    input.roleMappings.forEach((m, i) => {
      if (isUnresolved(m.role)) return;
      const custom = m.role === OktaAdminRole.CUSTOM;
      for (const field of FIELDS) {
        const value = m[field];
        const path = `roleMappings[${i}].${field}`;
        if (custom && blankProblem(value) !== undefined) {
          report(
            path,
            value ?? null,
            `role CUSTOM needs ${field}: Okta assigns a custom role only with the id of the role (roleId, e.g. 'cr0…') and of the resource set it applies to (resourceSetId, e.g. 'iam…')`,
            `Set ${path} (Security > Administrators > Roles / Resources in the Admin Console), or use a standard role`,
          );
        } else if (!custom && value !== undefined && !isUnresolved(value)) {
          report(
            path,
            value,
            `role ${String(m.role)} is a standard role; ${field} is only for role CUSTOM`,
            `Remove ${path}, or set role to OktaAdminRole.CUSTOM`,
          );
        }
      }
    });
  },
});
