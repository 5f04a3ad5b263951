import type { LdapDirectorySettings } from '../../../lib/settings/ldap-directory-settings';
import { SETTING_FIELDS, SettingPresence, SettingValueType } from '../../../lib/settings/settings-fields';
import { requiredSettingsRule } from '../../../lib/validation/rules/required-settings';
import { input, jumpCloud, openLdap, run, stringToken } from './rule-fixtures';

describe('OKLDAP-113 required settings', () => {
  test('passes the presets', () => {
    expect(run(requiredSettingsRule, input(jumpCloud()))).toEqual([]);
    expect(run(requiredSettingsRule, input(openLdap()))).toEqual([]);
  });

  test('reports a blank host', () => {
    expect(run(requiredSettingsRule, input(jumpCloud({ agent: { host: '  ' } })))).toEqual([
      {
        ruleId: 'OKLDAP-113',
        severity: 'error',
        path: 'directory.agent.host',
        value: '  ',
        message: "directory.agent.host is blank ('  '); it must be a non-empty string",
        fix: "Set directory.agent.host (the matching field of Okta's LDAP integration settings), or use a preset (jumpCloudDirectory(), openLdapDirectory())",
      },
    ]);
  });

  test('reports every blank or missing field under its path', () => {
    const settings = jumpCloud({
      agent: { rootDn: '', bindDn: '' },
      schema: { uniqueIdentifierAttribute: '', dnAttribute: '' },
      user: { searchBase: '', objectClass: '', objectFilter: '', extraAttributes: [{ ldapAttribute: '' }] },
      group: { searchBase: '', objectClass: '', objectFilter: '', memberAttribute: '' },
    });
    expect(run(requiredSettingsRule, input(settings)).map((v) => v.path)).toEqual([
      'directory.agent.rootDn',
      'directory.agent.bindDn',
      'directory.schema.uniqueIdentifierAttribute',
      'directory.schema.dnAttribute',
      'directory.user.searchBase',
      'directory.user.objectClass',
      'directory.user.objectFilter',
      'directory.group.searchBase',
      'directory.group.objectClass',
      'directory.group.objectFilter',
      'directory.group.memberAttribute',
      'directory.user.extraAttributes[0].ldapAttribute',
    ]);
  });

  test('checks the REQUIRED and NOT_BLANK fields of the settings table, in table order, and no other', () => {
    const text = [SettingValueType.TEXT, SettingValueType.TEXT_OR_EMPTY, SettingValueType.ATTRIBUTE];
    const blank = { ...jumpCloud() } as unknown as Record<string, Record<string, unknown>>;
    for (const f of SETTING_FIELDS) {
      if (text.includes(f.type)) blank[f.section] = { ...blank[f.section], [f.key]: '' };
    }
    const settings = blank as unknown as LdapDirectorySettings;
    const reported = run(requiredSettingsRule, input(settings)).map((v) => v.path);
    expect(reported).toEqual(
      SETTING_FIELDS.filter((f) => f.presence !== SettingPresence.OPTIONAL).map((f) => `directory.${f.path}`),
    );
    expect(reported).toEqual([
      'directory.agent.host',
      'directory.agent.rootDn',
      'directory.agent.bindDn',
      'directory.schema.uniqueIdentifierAttribute',
      'directory.schema.dnAttribute',
      'directory.user.searchBase',
      'directory.user.objectClass',
      'directory.user.objectFilter',
      'directory.group.searchBase',
      'directory.group.objectClass',
      'directory.group.objectFilter',
      'directory.group.memberAttribute',
    ]);
  });

  test('reports a field missing from plain JavaScript input', () => {
    const settings = jumpCloud();
    const broken = {
      ...settings,
      agent: { ...settings.agent, host: undefined },
    } as unknown as LdapDirectorySettings;
    expect(run(requiredSettingsRule, input(broken)).map((v) => v.message)).toEqual([
      'directory.agent.host is missing; it must be a non-empty string',
    ]);
  });

  test('skips tokens', () => {
    expect(run(requiredSettingsRule, input(jumpCloud({ agent: { host: stringToken('') } })))).toEqual([]);
  });
});
