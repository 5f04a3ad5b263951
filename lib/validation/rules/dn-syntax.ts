import { tryParseDn } from '../../ldap-names/dn';
import { defineRule } from '../../validation-rule/define-rule';
import { dnFields, isCheckableString, q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-101: the root DN, bind DN and user/group search bases are RFC 4514 DNs. Empty values are
 * left to OKLDAP-113.
 */
export const dnSyntaxRule = defineRule('OKLDAP-101', {
  severity: 'error',
  title: 'A root DN, bind DN or search base is not a valid RFC 4514 DN',
  check(input, report) {
    for (const { path, value } of dnFields(input.settings)) {
      if (!isCheckableString(value) || value.trim() === '') continue;
      const { error } = tryParseDn(value);
      if (error === undefined) continue;
      report(
        path,
        value,
        `${q(value)} is not a valid DN: at character ${error.position + 1}, ${error.reason}. ` +
          'A DN is comma-separated type=value pairs with no spaces around , + or =, e.g. ' +
          "'ou=people,dc=example,dc=com'",
        'Correct the DN; escape , + " \\ < > ; in values with a backslash (escapeRdnValue does it)',
      );
    }
  },
});
