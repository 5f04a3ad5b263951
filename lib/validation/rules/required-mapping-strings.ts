import { defineRule } from '../../validation-rule/define-rule';
import type { IntegrationValidationInput } from '../../validation-rule/validation-rule';
import { reportBlankStrings, type RequiredString } from '../../validation-rule/required-strings';
import { userMappingPath } from '../../validation-rule/rule-support';

/** The names and expressions of the mappings, each named for the message. */
function requiredMappingFields(input: IntegrationValidationInput): RequiredString[] {
  return [
    ...Object.entries(input.userMappings).flatMap(([key, expression]) => [
      { path: userMappingPath(key), value: key, what: 'the Okta attribute name (the key)' },
      { path: userMappingPath(key), value: expression, what: 'the expression' },
    ]),
    ...input.groupMappings.flatMap((m, i) => [
      { path: `groupMappings[${i}].ldapGroup`, value: m.ldapGroup, what: 'the LDAP group name' },
      { path: `groupMappings[${i}].oktaGroup`, value: m.oktaGroup, what: 'the Okta group name' },
    ]),
    ...input.roleMappings.map((m, i) => ({
      path: `roleMappings[${i}].ldapGroup`,
      value: m.ldapGroup,
      what: 'the LDAP group name',
    })),
    ...(input.passwordPolicy !== undefined
      ? [{ path: 'passwordPolicy.name', value: input.passwordPolicy.name, what: 'the policy name' }]
      : []),
  ];
}

/**
 * OKLDAP-208: the names and expressions of mappings are non-blank strings: user mapping keys and
 * expressions, LDAP and Okta group names, the password policy name.
 */
export const requiredMappingStringsRule = defineRule('OKLDAP-208', {
  severity: 'error',
  title: 'A mapping name or expression is empty',
  check: (input, report) =>
    reportBlankStrings(
      requiredMappingFields(input),
      (path) =>
        path.startsWith('userMappings')
          ? "Map a named Okta attribute to an LDAP app user expression, e.g. userMappings: { email: 'appuser.email' }, or remove the entry"
          : `Set ${path}, or remove the entry`,
      report,
    ),
});
