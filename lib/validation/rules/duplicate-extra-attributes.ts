import type { ValidationRule } from '../../validation-rule/validation-rule';
import { repeatsOf } from './repeats';
import { isCheckableString, nameKey, q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-118: no two extra user attributes name the same LDAP attribute or the same app profile
 * property (compared case-insensitively: LDAP names are case-insensitive, and Okta refuses a second
 * schema property with the same name). One report per duplicate entry: an entry that repeats an
 * LDAP attribute is not checked again for its profile property.
 */
export const duplicateExtraAttributesRule: ValidationRule = {
  id: 'OKLDAP-118',
  severity: 'error',
  title: 'Two extra user attributes name the same LDAP attribute or profile property',
  check(input) {
    const attributes = input.settings.user.extraAttributes ?? [];
    const checkableKey = (name: unknown) =>
      isCheckableString(name) && name.trim() !== '' ? nameKey(name) : undefined;
    const ldapRepeats = repeatsOf(attributes, (a) => checkableKey(a.ldapAttribute));
    const repeatedLdap = new Set(ldapRepeats.map((r) => r.index));
    const propertyRepeats = repeatsOf(attributes, (a, i) =>
      repeatedLdap.has(i) ? undefined : checkableKey(a.profileProperty ?? a.ldapAttribute),
    );
    return [
      ...ldapRepeats.map(({ item, index: i, firstIndex }) => ({
        index: i,
        violation: violation(
          duplicateExtraAttributesRule,
          `directory.user.extraAttributes[${i}].ldapAttribute`,
          item.ldapAttribute,
          `LDAP attribute ${q(item.ldapAttribute)} is already imported by directory.user.extraAttributes[${firstIndex}]; each LDAP attribute may be imported once`,
          `Remove directory.user.extraAttributes[${i}]`,
        ),
      })),
      ...propertyRepeats.map(({ item, index: i, firstIndex }) => {
        const property = item.profileProperty ?? item.ldapAttribute;
        return {
          index: i,
          violation: violation(
            duplicateExtraAttributesRule,
            `directory.user.extraAttributes[${i}].profileProperty`,
            property,
            `profile property ${q(property)} is already used by directory.user.extraAttributes[${firstIndex}]; each app profile property may exist once`,
            `Give directory.user.extraAttributes[${i}] another profileProperty`,
          ),
        };
      }),
    ]
      .sort((a, b) => a.index - b.index)
      .map((r) => r.violation);
  },
};
