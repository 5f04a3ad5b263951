import { defineRule } from '../../validation-rule/define-rule';
import { repeatsOf } from './repeats';
import { isCheckableString, nameKey, q } from '../../validation-rule/rule-support';

/** The name a duplicate is found by: case-insensitive, or `undefined` for a token or an empty name. */
function checkableKey(name: unknown): string | undefined {
  return isCheckableString(name) && name.trim() !== '' ? nameKey(name) : undefined;
}

/**
 * OKLDAP-118: no two extra user attributes name the same LDAP attribute or the same app profile
 * property (compared case-insensitively: LDAP names are case-insensitive, and Okta refuses a second
 * schema property with the same name). One report per duplicate entry: an entry that repeats an
 * LDAP attribute is not checked again for its profile property.
 */
export const duplicateExtraAttributesRule = defineRule('OKLDAP-118', {
  severity: 'error',
  title: 'Two extra user attributes name the same LDAP attribute or profile property',
  check(input, report) {
    const attributes = input.settings.user.extraAttributes ?? [];
    const ldapRepeats = new Map(
      repeatsOf(attributes, (a) => checkableKey(a.ldapAttribute)).map((r) => [r.index, r]),
    );
    const propertyRepeats = new Map(
      repeatsOf(attributes, (a, i) =>
        ldapRepeats.has(i) ? undefined : checkableKey(a.profileProperty ?? a.ldapAttribute),
      ).map((r) => [r.index, r]),
    );
    attributes.forEach((attribute, i) => {
      const at = `directory.user.extraAttributes[${i}]`;
      const ldap = ldapRepeats.get(i);
      if (ldap !== undefined) {
        report(
          `${at}.ldapAttribute`,
          attribute.ldapAttribute,
          `LDAP attribute ${q(attribute.ldapAttribute)} is already imported by directory.user.extraAttributes[${ldap.firstIndex}]; each LDAP attribute may be imported once`,
          `Remove ${at}`,
        );
      }
      const property = attribute.profileProperty ?? attribute.ldapAttribute;
      const repeat = propertyRepeats.get(i);
      if (repeat !== undefined) {
        report(
          `${at}.profileProperty`,
          property,
          `profile property ${q(property)} is already used by directory.user.extraAttributes[${repeat.firstIndex}]; each app profile property may exist once`,
          `Give ${at} another profileProperty`,
        );
      }
    });
  },
});
