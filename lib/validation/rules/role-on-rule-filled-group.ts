import type { ValidationRule, Violation } from '../../validation-rule/validation-rule';
import { isCheckableString, nameKey, q, violation } from '../../validation-rule/rule-support';

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
export const roleOnRuleFilledGroupRule: ValidationRule = {
  id: 'OKLDAP-205',
  severity: 'error',
  title: 'An admin role is given to an Okta group that a group rule fills',
  check(input) {
    const filledBy = new Map<string, number>();
    const ldapGroups = new Set<string>();
    input.groupMappings.forEach((m, i) => {
      if (isCheckableString(m.oktaGroup) && !filledBy.has(nameKey(m.oktaGroup)))
        filledBy.set(nameKey(m.oktaGroup), i);
      if (isCheckableString(m.ldapGroup)) ldapGroups.add(nameKey(m.ldapGroup));
    });
    const out: Violation[] = [];
    input.roleMappings.forEach((role, i) => {
      if (!isCheckableString(role.ldapGroup) || role.ldapGroup.trim() === '') return;
      const key = nameKey(role.ldapGroup);
      const mapping = filledBy.get(key);
      if (mapping === undefined || ldapGroups.has(key)) return;
      out.push(
        violation(
          roleOnRuleFilledGroupRule,
          `roleMappings[${i}].ldapGroup`,
          role.ldapGroup,
          `${q(role.ldapGroup)} is the Okta group that the rule of groupMappings[${mapping}] fills; Okta does not allow an admin role (${String(role.role)}) on a group targeted by a group rule. A role mapping names an imported LDAP group`,
          `Set roleMappings[${i}].ldapGroup to the LDAP group (cn) whose members should hold the role, e.g. ${q(input.groupMappings[mapping]?.ldapGroup ?? '')}`,
        ),
      );
    });
    return out;
  },
};
