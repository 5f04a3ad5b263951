import { ldapFilterProblem } from '../../ldap-names/ldap-filter';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { isCheckableString, q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-107: the user and group object filters are RFC 4515 filters, parsed by ldapts (the client
 * the preflight uses), not matched by a regex.
 */
export const ldapFilterSyntaxRule: ValidationRule = {
  id: 'OKLDAP-107',
  severity: 'error',
  title: 'A user or group object filter is not a valid RFC 4515 LDAP filter',
  check(input) {
    const filters = [
      { path: 'directory.user.objectFilter', value: input.settings.user.objectFilter },
      { path: 'directory.group.objectFilter', value: input.settings.group.objectFilter },
    ];
    return filters.flatMap(({ path, value }) => {
      if (!isCheckableString(value)) return [];
      const problem = ldapFilterProblem(value);
      if (problem === undefined) return [];
      return [
        violation(
          ldapFilterSyntaxRule,
          path,
          value,
          `${q(value)} is not a valid LDAP filter: ${problem}. A filter looks like '(objectclass=inetorgperson)' or '(&(objectclass=person)(!(pwdlock=true)))'`,
          'Correct the filter (RFC 4515); write ( ) * \\ inside a value as \\28 \\29 \\2a \\5c',
        ),
      ];
    });
  },
};
