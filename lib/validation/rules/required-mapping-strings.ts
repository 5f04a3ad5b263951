import type { IntegrationValidationInput, ValidationRule } from '../../validation-rule/validation-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { q, userMappingPath, violation } from '../../validation-rule/rule-support';

function requiredMappingFields(
  input: IntegrationValidationInput,
): { path: string; value: unknown; what: string }[] {
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
export const requiredMappingStringsRule: ValidationRule = {
  id: 'OKLDAP-208',
  severity: 'error',
  title: 'A mapping name or expression is empty',
  check(input) {
    return requiredMappingFields(input).flatMap(({ path, value, what }) => {
      if (isUnresolved(value) || (typeof value === 'string' && value.trim() !== '')) return [];
      return [
        violation(
          requiredMappingStringsRule,
          path,
          value,
          `${what} is ${typeof value === 'string' ? `blank (${q(value)})` : 'missing'}; it must be a non-empty string`,
          path.startsWith('userMappings')
            ? "Map a named Okta attribute to an LDAP app user expression, e.g. userMappings: { email: 'appuser.email' }, or remove the entry"
            : `Set ${path}, or remove the entry`,
        ),
      ];
    });
  },
};
