import type { ValidationRule, Violation } from '../validation-rule';
import { isCheckableString, nameKey, q, violation } from './rule-support';

/**
 * OKLDAP-118: no two extra user attributes name the same LDAP attribute or the same app profile
 * property (compared case-insensitively: LDAP names are case-insensitive, and Okta refuses a second
 * schema property with the same name). One report per duplicate entry.
 */
export const duplicateExtraAttributesRule: ValidationRule = {
  id: 'OKLDAP-118',
  severity: 'error',
  title: 'Two extra user attributes name the same LDAP attribute or profile property',
  check(input) {
    const out: Violation[] = [];
    const seenLdap = new Map<string, number>();
    const seenProperty = new Map<string, number>();
    (input.settings.user.extraAttributes ?? []).forEach((attr, i) => {
      const ldap = attr.ldapAttribute;
      if (isCheckableString(ldap) && ldap.trim() !== '') {
        const first = seenLdap.get(nameKey(ldap));
        if (first !== undefined) {
          out.push(
            violation(
              duplicateExtraAttributesRule,
              `directory.user.extraAttributes[${i}].ldapAttribute`,
              ldap,
              `LDAP attribute ${q(ldap)} is already imported by directory.user.extraAttributes[${first}]; each LDAP attribute may be imported once`,
              `Remove directory.user.extraAttributes[${i}]`,
            ),
          );
          return;
        }
        seenLdap.set(nameKey(ldap), i);
      }
      const property = attr.profileProperty ?? ldap;
      if (!isCheckableString(property) || property.trim() === '') return;
      const first = seenProperty.get(nameKey(property));
      if (first === undefined) {
        seenProperty.set(nameKey(property), i);
        return;
      }
      out.push(
        violation(
          duplicateExtraAttributesRule,
          `directory.user.extraAttributes[${i}].profileProperty`,
          property,
          `profile property ${q(property)} is already used by directory.user.extraAttributes[${first}]; each app profile property may exist once`,
          `Give directory.user.extraAttributes[${i}] another profileProperty`,
        ),
      );
    });
    return out;
  },
};
