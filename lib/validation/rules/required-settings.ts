import type { ResolvedLdapDirectorySettings } from '../../settings/ldap-directory-settings';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { q, violation } from '../../validation-rule/rule-support';

/** The settings that must hold a non-blank string, with their paths. */
export function requiredSettingFields(s: ResolvedLdapDirectorySettings): { path: string; value: unknown }[] {
  return [
    { path: 'directory.agent.host', value: s.agent.host },
    { path: 'directory.agent.rootDn', value: s.agent.rootDn },
    { path: 'directory.agent.bindDn', value: s.agent.bindDn },
    { path: 'directory.schema.uniqueIdentifierAttribute', value: s.schema.uniqueIdentifierAttribute },
    { path: 'directory.schema.dnAttribute', value: s.schema.dnAttribute },
    { path: 'directory.user.searchBase', value: s.user.searchBase },
    { path: 'directory.user.objectClass', value: s.user.objectClass },
    { path: 'directory.user.objectFilter', value: s.user.objectFilter },
    { path: 'directory.group.searchBase', value: s.group.searchBase },
    { path: 'directory.group.objectClass', value: s.group.objectClass },
    { path: 'directory.group.objectFilter', value: s.group.objectFilter },
    { path: 'directory.group.memberAttribute', value: s.group.memberAttribute },
    ...(s.user.extraAttributes ?? []).map((a, i) => ({
      path: `directory.user.extraAttributes[${i}].ldapAttribute`,
      value: a.ldapAttribute,
    })),
  ];
}

/**
 * OKLDAP-113: required settings are non-blank strings (host, DNs, search bases, object classes and
 * filters, identifier attributes, extra attribute names). The console refuses to save without them.
 */
export const requiredSettingsRule: ValidationRule = {
  id: 'OKLDAP-113',
  severity: 'error',
  title: 'A required setting is empty',
  check(input) {
    return requiredSettingFields(input.settings).flatMap(({ path, value }) => {
      if (isUnresolved(value)) return [];
      if (typeof value === 'string' && value.trim() !== '') return [];
      return [
        violation(
          requiredSettingsRule,
          path,
          value,
          `${path} is ${typeof value === 'string' ? `blank (${q(value)})` : 'missing'}; it must be a non-empty string`,
          `Set ${path} (the matching field of Okta's LDAP integration settings), or use a preset (jumpCloudDirectory(), openLdapDirectory())`,
        ),
      ];
    });
  },
};
