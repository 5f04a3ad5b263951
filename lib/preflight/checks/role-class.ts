import { escapeFilter } from 'ldapts';
import type { PreflightCheck } from '../check';
import { OKTA_INTEGRATION_SETTINGS } from '../fault-outcome';
import { filterCheck } from './filter-check';

const roleFilterCheck = filterCheck({
  id: 'PF-ROLE-CLASS',
  title: 'Role object class finds roles',
  requires: ['PF-BASE-GROUPS'],
  label: 'role filter',
  noun: 'role',
  base: (c) => c.settings.group.searchBase,
  filter: (c) => escapeFilter`(objectclass=${c.settings.role.objectClass ?? ''})`,
  setting: `directory.role.objectClass, and in ${OKTA_INTEGRATION_SETTINGS} > Role object class`,
  fixWhenEmpty: (c) =>
    `No entry of class ${c.settings.role.objectClass ?? ''} under the group search base: set directory.role.objectClass (Role object class in ${OKTA_INTEGRATION_SETTINGS}; often the group object class), or clear it to not import roles.`,
});

/** PF-ROLE-CLASS: when a role object class is set, entries of that class exist under the group search base. */
export const roleClassCheck: PreflightCheck = {
  ...roleFilterCheck,
  run: async (context) => {
    if (context.settings.role.objectClass === undefined || context.settings.role.objectClass === '') {
      return {
        status: 'pass',
        message: 'No role object class is set: roles are not imported, nothing to check',
        evidence: { roleObjectClass: null },
      };
    }
    return roleFilterCheck.run(context);
  },
};
