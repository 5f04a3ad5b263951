import { SETTING_FIELDS, SettingPresence } from '../../settings/settings-fields';
import { defineRule } from '../../validation-rule/define-rule';
import { reportBlankStrings } from '../../validation-rule/required-strings';
import { type SettingPath, settingValues } from '../../validation-rule/rule-support';

/**
 * The settings that must hold a non-blank string, in table order: the fields of the settings table
 * whose presence is `REQUIRED` or `NOT_BLANK`.
 */
const REQUIRED_SETTINGS = SETTING_FIELDS.filter((f) => f.presence !== SettingPresence.OPTIONAL).map(
  (f) => f.path as SettingPath,
);

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
