import { defineRule } from '../../validation-rule/define-rule';
import { reportBlankStrings } from '../../validation-rule/required-strings';
import { type SettingPath, settingValues } from '../../validation-rule/rule-support';

/** The settings that must hold a non-blank string. */
const REQUIRED_SETTINGS: readonly SettingPath[] = [
  'agent.host',
  'agent.rootDn',
  'agent.bindDn',
  'schema.uniqueIdentifierAttribute',
  'schema.dnAttribute',
  'user.searchBase',
  'user.objectClass',
  'user.objectFilter',
  'group.searchBase',
  'group.objectClass',
  'group.objectFilter',
  'group.memberAttribute',
];

/**
 * OKLDAP-113: required settings are non-blank strings (host, DNs, search bases, object classes and
 * filters, identifier attributes, extra attribute names). The console refuses to save without them.
 */
export const requiredSettingsRule = defineRule('OKLDAP-113', {
  severity: 'error',
  title: 'A required setting is empty',
  check({ settings }, report) {
    const fields = [
      ...settingValues(settings, REQUIRED_SETTINGS),
      ...(settings.user.extraAttributes ?? []).map((a, i) => ({
        path: `directory.user.extraAttributes[${i}].ldapAttribute`,
        value: a.ldapAttribute,
      })),
    ];
    reportBlankStrings(
      fields.map((field) => ({ ...field, what: field.path })),
      (path) =>
        `Set ${path} (the matching field of Okta's LDAP integration settings), or use a preset (jumpCloudDirectory(), openLdapDirectory())`,
      report,
    );
  },
});
