import type { ResolvedLdapDirectorySettings } from '../../settings/ldap-directory-settings';
import { ATTRIBUTE_TYPE_FORM, isAttributeType } from '../../ldap-names/dn';
import { defineRule } from '../../validation-rule/define-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { q } from '../../validation-rule/rule-support';

interface NameField {
  readonly path: string;
  readonly value: unknown;
  /** Blank required values are reported by OKLDAP-113, not here. */
  readonly required: boolean;
}

function nameFields(s: ResolvedLdapDirectorySettings): NameField[] {
  const f = (path: string, value: unknown, required = false): NameField => ({ path, value, required });
  return [
    f('directory.schema.uniqueIdentifierAttribute', s.schema.uniqueIdentifierAttribute, true),
    f('directory.schema.dnAttribute', s.schema.dnAttribute, true),
    f('directory.user.objectClass', s.user.objectClass, true),
    ...(s.user.auxiliaryObjectClasses ?? []).map((v, i) =>
      f(`directory.user.auxiliaryObjectClasses[${i}]`, v),
    ),
    f('directory.user.accountDisabledAttribute', s.user.accountDisabledAttribute),
    f('directory.user.passwordAttribute', s.user.passwordAttribute),
    f('directory.user.passwordExpirationAttribute', s.user.passwordExpirationAttribute),
    ...(s.user.extraAttributes ?? []).map((a, i) =>
      f(`directory.user.extraAttributes[${i}].ldapAttribute`, a.ldapAttribute, true),
    ),
    f('directory.group.objectClass', s.group.objectClass, true),
    f('directory.group.memberAttribute', s.group.memberAttribute, true),
    f('directory.group.userAttribute', s.group.userAttribute),
    f('directory.role.objectClass', s.role.objectClass),
    f('directory.role.membershipAttribute', s.role.membershipAttribute),
    f('directory.provisioning.usernameAttribute', s.provisioning.usernameAttribute),
  ];
}

/**
 * OKLDAP-117: every attribute and object class name is an LDAP name (`descr`: a letter, then
 * letters, digits and hyphens) or a numeric OID (RFC 4512). Catches typos such as `member of`,
 * `user_password` or a filter pasted into an attribute field.
 */
export const attributeNameSyntaxRule = defineRule('OKLDAP-117', {
  severity: 'error',
  title: 'An attribute or object class name is not an LDAP name or OID',
  check(input, report) {
    for (const { path, value, required } of nameFields(input.settings)) {
      if (value === undefined || isUnresolved(value)) continue;
      if (required && (typeof value !== 'string' || value.trim() === '')) continue;
      if (typeof value === 'string' && isAttributeType(value)) continue;
      report(
        path,
        value,
        `${q(value)} is not an attribute or object class name; expected ${ATTRIBUTE_TYPE_FORM}`,
        `Write the LDAP name exactly as the directory schema defines it (no spaces, no underscores)${required ? '' : ', or leave it unset'}`,
      );
    }
  },
});
