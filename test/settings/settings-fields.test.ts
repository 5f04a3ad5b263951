import { InputError } from '../../lib/errors';
import { parseSettingsDocument } from '../../lib/model/settings-document';
import { diffIntegration } from '../../lib/review/app-diff';
import { consoleSettings } from '../../lib/review/console-settings';
import { LdapDirectorySettings, resolveDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { LdapConnectionSecurity, LdapVendor, OktaUsernameFormat } from '../../lib/settings/setting-choices';
import {
  SECTION_HEADINGS,
  SETTING_FIELDS,
  SETTINGS_SECTIONS,
  settingField,
  SettingPresence,
  SettingValueType,
} from '../../lib/settings/settings-fields';
import { guardManifest } from '../guard/guard-fixtures';
import type { IntegrationManifest } from '../../lib/manifest/integration-manifest';

const BASE = 'ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com';

/** Settings with every field set, so the resolved object carries every key. */
function everyField(): LdapDirectorySettings {
  return {
    agent: {
      host: 'ldap.example.com',
      port: 636,
      connectionSecurity: LdapConnectionSecurity.LDAPS,
      allowPlainLdap: false,
      rootDn: BASE,
      bindDn: `uid=okta-bind,${BASE}`,
      fipsOnly: true,
      proxyUrl: 'http://proxy.example.com:3128',
      oktaOrgUrl: 'https://example.okta.com',
    },
    schema: {
      ldapVersion: LdapVendor.OPENLDAP,
      uniqueIdentifierAttribute: 'entryuuid',
      dnAttribute: 'entrydn',
    },
    user: {
      searchBase: BASE,
      objectClass: 'inetorgperson',
      auxiliaryObjectClasses: ['posixAccount'],
      objectFilter: '(objectclass=inetorgperson)',
      accountDisabledAttribute: 'pwdlock',
      accountDisabledValue: 'true',
      accountEnabledValue: 'false',
      passwordAttribute: 'userpassword',
      passwordExpirationAttribute: 'pwdexpire',
      extraAttributes: [{ ldapAttribute: 'employeeType' }],
    },
    group: {
      searchBase: BASE,
      objectClass: 'groupofnames',
      objectFilter: '(objectclass=groupofnames)',
      memberAttribute: 'member',
      userAttribute: 'memberof',
    },
    role: { objectClass: 'groupofnames', membershipAttribute: 'memberof' },
    provisioning: {
      usernameFormat: OktaUsernameFormat.UID_WITH_SUFFIX,
      usernameSuffix: '@example.com',
      usernameDomain: 'example.com',
      usernameAttribute: 'mail',
    },
  };
}

describe('the settings field table', () => {
  test('lists every key of the resolved settings, section by section, and nothing else', () => {
    const resolved = resolveDirectorySettings(everyField()) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    const resolvedPaths = SETTINGS_SECTIONS.flatMap(({ section }) =>
      Object.keys(resolved[section] ?? {}).map((key) => `${section}.${key}`),
    );
    expect(resolvedPaths.sort()).toEqual(SETTING_FIELDS.map((f) => f.path).sort());
  });

  test('the fixed and computed defaults are what resolveDirectorySettings fills in', () => {
    const minimal = resolveDirectorySettings({
      agent: { host: 'h', rootDn: BASE, bindDn: `uid=b,${BASE}` },
      user: { searchBase: BASE },
      group: { searchBase: BASE },
    }) as unknown as Record<string, Record<string, unknown>>;
    const checked: string[] = [];
    for (const f of SETTING_FIELDS) {
      if (f.default.kind !== 'value') continue;
      expect({ path: f.path, value: minimal[f.section]?.[f.key] }).toEqual({
        path: f.path,
        value: f.default.value,
      });
      checked.push(f.path);
    }
    expect(checked.length).toBeGreaterThanOrEqual(10);
    expect(minimal.agent?.port).toBe(636);
    expect(minimal.user?.objectFilter).toBe('(objectclass=inetorgperson)');
    expect(minimal.group?.objectFilter).toBe('(objectclass=groupofnames)');
    expect(SETTING_FIELDS.filter((f) => f.default.kind === 'computed').map((f) => f.path)).toEqual([
      'agent.port',
      'user.objectFilter',
      'group.objectFilter',
    ]);
  });

  test('a computed default reads the resolved value it depends on, given or defaulted', () => {
    const resolved = resolveDirectorySettings({
      agent: {
        host: 'h',
        rootDn: BASE,
        bindDn: `uid=b,${BASE}`,
        connectionSecurity: LdapConnectionSecurity.STARTTLS,
      },
      user: { searchBase: BASE, objectClass: 'person' },
      group: { searchBase: BASE, objectClass: 'posixGroup' },
    });
    expect(resolved.agent.port).toBe(389);
    expect(resolved.user.objectFilter).toBe('(objectclass=person)');
    expect(resolved.group.objectFilter).toBe('(objectclass=posixGroup)');
  });

  test('every field decides whether it may be left out or blank (SettingPresence)', () => {
    const known = Object.values(SettingPresence);
    expect(SETTING_FIELDS.filter((f) => !known.includes(f.presence)).map((f) => f.path)).toEqual([]);
    const byPresence = (presence: SettingPresence): string[] =>
      SETTING_FIELDS.filter((f) => f.presence === presence).map((f) => f.path);
    expect(byPresence(SettingPresence.REQUIRED)).toEqual([
      'agent.host',
      'agent.rootDn',
      'agent.bindDn',
      'user.searchBase',
      'group.searchBase',
    ]);
    expect(byPresence(SettingPresence.NOT_BLANK)).toEqual([
      'schema.uniqueIdentifierAttribute',
      'schema.dnAttribute',
      'user.objectClass',
      'user.objectFilter',
      'group.objectClass',
      'group.objectFilter',
      'group.memberAttribute',
    ]);
  });

  test('every required field has no default, every optional field has one or says why not', () => {
    for (const f of SETTING_FIELDS) {
      if (f.presence === SettingPresence.REQUIRED)
        expect({ path: f.path, default: f.default }).toEqual({
          path: f.path,
          default: { kind: 'unset', describe: '- required' },
        });
      if (f.default.kind !== 'value') expect(f.default.describe).toMatch(/^- \S/);
    }
  });

  test('the console table has one row per labelled field, in table order, plus the bind password after the bind DN', () => {
    const rows = consoleSettings(resolveDirectorySettings(everyField()));
    const labelled = SETTING_FIELDS.filter((f) => f.label !== undefined);
    const expected = labelled.flatMap((f) => {
      const row = { path: f.path, label: f.label, section: SECTION_HEADINGS[f.section], screen: f.screen };
      return f.path === 'agent.bindDn'
        ? [row, { path: '', label: 'Bind Password', section: 'Agent', screen: f.screen }]
        : [row];
    });
    expect(rows.map((r) => ({ path: r.path, label: r.label, section: r.section, screen: r.screen }))).toEqual(
      expected,
    );
  });

  test('the settings-file reader knows exactly the table keys of each section', () => {
    for (const { section } of SETTINGS_SECTIONS) {
      const doc = { ...everyField(), [section]: { ...(everyField()[section] ?? {}), notAField: 1 } };
      const keys = SETTING_FIELDS.filter((f) => f.section === section).map((f) => f.key);
      expect(() => parseSettingsDocument(doc)).toThrow(
        new InputError(`settings.${section}.notAField is not a known setting; known: ${keys.join(', ')}`),
      );
    }
  });

  test('the reader checks each field by its table type', () => {
    const bad: Record<SettingValueType, unknown> = {
      [SettingValueType.TEXT]: '',
      [SettingValueType.TEXT_OR_EMPTY]: 7,
      [SettingValueType.ATTRIBUTE]: 'not an attribute',
      [SettingValueType.ATTRIBUTE_LIST]: 'posixAccount',
      [SettingValueType.PORT]: 70000,
      [SettingValueType.BOOLEAN]: 'yes',
      [SettingValueType.CHOICE]: 'SOMETHING',
      [SettingValueType.EXTRA_ATTRIBUTES]: [{ ldapAttribute: 'a', color: 'red' }],
    };
    for (const f of SETTING_FIELDS) {
      const settings = everyField() as unknown as Record<string, Record<string, unknown>>;
      const doc = { ...settings, [f.section]: { ...settings[f.section], [f.key]: bad[f.type] } };
      expect(() => parseSettingsDocument(doc)).toThrow(`settings.${f.path}`);
    }
  });

  test('diff labels come from the table', () => {
    const base = guardManifest() as IntegrationManifest;
    const head = {
      ...base,
      settings: { ...base.settings, user: { ...base.settings.user, searchBase: `ou=People,${BASE}` } },
    } as IntegrationManifest;
    const changes = diffIntegration(
      { ...base, resources: [], warnings: [] },
      { ...head, resources: [], warnings: [] },
    );
    expect(changes).toEqual([
      expect.objectContaining({ key: 'user.searchBase', label: settingField('user.searchBase')!.label }),
    ]);
    expect(settingField('user.searchBase')!.label).toBe('User Search Base');
  });
});
