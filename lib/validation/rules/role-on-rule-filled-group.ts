import { defineRule } from '../../validation-rule/define-rule';
import { isCheckableString, nameKey, q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-205: an admin role is not given to a group that a group rule fills. Okta refuses an admin
 * role on a group targeted by a rule (and a rule targeting an admin group).
 *
 * Role mappings name imported LDAP groups (`APP_GROUP`s), which rules never target. The conflict
 * arises when a role mapping's `ldapGroup` is the name of an Okta group a group mapping fills
 * (its `oktaGroup`): the author meant the rule-filled group, which cannot hold a role. When that
 * name is also the `ldapGroup` of some group mapping, an LDAP group of that name is known to exist,
 * the role goes to it, and only OKLDAP-206 warns about the shared name.
 */
export const roleOnRuleFilledGroupRule = defineRule('OKLDAP-205', {
  severity: 'error',
  title: 'An admin role is given to an Okta group that a group rule fills',
  check(input, report) {
    const filledBy = new Map<string, number>();
    const ldapGroups = new Set<string>();
    input.groupMappings.forEach((m, i) => {
      if (isCheckableString(m.oktaGroup) && !filledBy.has(nameKey(m.oktaGroup)))
        filledBy.set(nameKey(m.oktaGroup), i);
      if (isCheckableString(m.ldapGroup)) ldapGroups.add(nameKey(m.ldapGroup));
    });
    input.roleMappings.forEach(({ ldapGroup, role }, i) => {
      if (!isCheckableString(ldapGroup) || ldapGroup.trim() === '') return;
      const mapping = filledBy.get(nameKey(ldapGroup));
      if (mapping === undefined || ldapGroups.has(nameKey(ldapGroup))) return;
      report(
        `roleMappings[${i}].ldapGroup`,
        ldapGroup,
        `${q(ldapGroup)} is the Okta group that the rule of groupMappings[${mapping}] fills; Okta does not allow an admin role (${String(role)}) on a group targeted by a group rule. A role mapping names an imported LDAP group`,
        `Set roleMappings[${i}].ldapGroup to the LDAP group (cn) whose members should hold the role, e.g. ${q(input.groupMappings[mapping]?.ldapGroup ?? '')}`,
      );
    });
  },
});
