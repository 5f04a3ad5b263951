import type { ValidationRule, Violation } from '../../validation-rule/validation-rule';
import { isCheckableString, q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-206 (warning): a group mapping's Okta group has exactly the same name as the LDAP group of
 * a group mapping (case-sensitive: `engineering` -> `Engineering`, the usual style, is not reported). Okta then holds two groups of that name (the imported `APP_GROUP` and the rule-filled
 * `OKTA_GROUP`): admins confuse them, `isMemberOfGroupName` matches both, and a role given "by name"
 * may land on the wrong one.
 */
export const ldapAndOktaGroupSameNameRule: ValidationRule = {
  id: 'OKLDAP-206',
  severity: 'warning',
  title: 'An Okta group has the same name as an imported LDAP group',
  check(input) {
    const ldapNames = new Set<string>();
    for (const m of input.groupMappings) {
      if (isCheckableString(m.ldapGroup)) ldapNames.add(m.ldapGroup.trim());
    }
    const out: Violation[] = [];
    input.groupMappings.forEach((m, i) => {
      if (!isCheckableString(m.oktaGroup) || m.oktaGroup.trim() === '' || !ldapNames.has(m.oktaGroup.trim()))
        return;
      out.push(
        violation(
          ldapAndOktaGroupSameNameRule,
          `groupMappings[${i}].oktaGroup`,
          m.oktaGroup,
          `Okta group ${q(m.oktaGroup)} has the same name as an imported LDAP group; Okta would hold two groups called ${q(m.oktaGroup)} (one imported, one filled by a rule)`,
          `Give groupMappings[${i}].oktaGroup a distinct name, e.g. ${q(`${m.oktaGroup} (Okta)`)}`,
        ),
      );
    });
    return out;
  },
};
