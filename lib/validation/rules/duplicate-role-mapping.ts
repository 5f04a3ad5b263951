import { OktaAdminRole } from '../../mappings/mapping-types';
import { defineRule } from '../../validation-rule/define-rule';
import { repeatsOf } from './repeats';
import { isCheckableString, nameKey, q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-204: no LDAP group gets the same admin role twice (group names compared
 * case-insensitively). Okta assigns a role to a group once; put every target in one mapping.
 */
export const duplicateRoleMappingRule = defineRule('OKLDAP-204', {
  severity: 'error',
  title: 'The same LDAP group gets the same admin role twice',
  check(input, report) {
    const repeats = repeatsOf(input.roleMappings, (mapping) => {
      if (!isCheckableString(mapping.ldapGroup) || mapping.ldapGroup.trim() === '') return undefined;
      // A group may hold several custom roles: CUSTOM assignments differ by role and resource set.
      const custom =
        mapping.role === OktaAdminRole.CUSTOM
          ? `\u0000${String(mapping.roleId)}\u0000${String(mapping.resourceSetId)}`
          : '';
      return `${nameKey(mapping.ldapGroup)}\u0000${String(mapping.role)}${custom}`;
    });
    for (const { item: mapping, index: i, firstIndex: earlier } of repeats) {
      report(
        `roleMappings[${i}]`,
        { ldapGroup: mapping.ldapGroup, role: mapping.role },
        `LDAP group ${q(mapping.ldapGroup)} already gets role ${String(mapping.role)} from roleMappings[${earlier}]; a group holds each role once`,
        `Remove roleMappings[${i}] and put its targets into roleMappings[${earlier}]`,
      );
    }
  },
});
