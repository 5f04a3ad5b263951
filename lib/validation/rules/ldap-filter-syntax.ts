import { ldapFilterProblem } from '../../ldap-names/ldap-filter';
import { defineRule } from '../../validation-rule/define-rule';
import { isCheckableString, q, settingValues } from '../../validation-rule/rule-support';

/**
 * OKLDAP-107: the user and group object filters are RFC 4515 filters, parsed by ldapts (the client
 * the preflight uses), not matched by a regex.
 */
export const ldapFilterSyntaxRule = defineRule('OKLDAP-107', {
  severity: 'error',
  title: 'A user or group object filter is not a valid RFC 4515 LDAP filter',
  check(input, report) {
    for (const { path, value } of settingValues(input.settings, [
      'user.objectFilter',
      'group.objectFilter',
    ])) {
      const problem = isCheckableString(value) ? ldapFilterProblem(value) : undefined;
      if (problem === undefined) continue;
      report(
        path,
        value,
        `${q(value)} is not a valid LDAP filter: ${problem}. A filter looks like '(objectclass=inetorgperson)' or '(&(objectclass=person)(!(pwdlock=true)))'`,
        'Correct the filter (RFC 4515); write ( ) * \\ inside a value as \\28 \\29 \\2a \\5c',
      );
    }
  },
});
