import { defineRule } from '../../validation-rule/define-rule';
import { isCheckableString, q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-206 (warning): a group mapping's Okta group has exactly the same name as the LDAP group of
 * a group mapping (case-sensitive: `engineering` -> `Engineering`, the usual style, is not reported). Okta then holds two groups of that name (the imported `APP_GROUP` and the rule-filled
 * `OKTA_GROUP`): admins confuse them, `isMemberOfGroupName` matches both, and a role given "by name"
 * may land on the wrong one.
 */
export const ldapAndOktaGroupSameNameRule = defineRule('OKLDAP-206', {
  severity: 'warning',
  title: 'An Okta group has the same name as an imported LDAP group',
  check(input, report) {
    const ldapNames = new Set<string>();
    for (const m of input.groupMappings) {
      if (isCheckableString(m.ldapGroup)) ldapNames.add(m.ldapGroup.trim());
    }
    input.groupMappings.forEach(({ oktaGroup }, i) => {
      if (!isCheckableString(oktaGroup) || oktaGroup.trim() === '' || !ldapNames.has(oktaGroup.trim()))
        return;
      report(
        `groupMappings[${i}].oktaGroup`,
        oktaGroup,
        `Okta group ${q(oktaGroup)} has the same name as an imported LDAP group; Okta would hold two groups called ${q(oktaGroup)} (one imported, one filled by a rule)`,
        `Give groupMappings[${i}].oktaGroup a distinct name, e.g. ${q(`${oktaGroup} (Okta)`)}`,
      );
    });
  },
});
