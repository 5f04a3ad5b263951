import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../../lib/errors';
import { integrationModel } from '../../lib/model/integration-model';
import { parseSettingsDocument } from '../../lib/model/settings-document';
import { readSettingsFile } from '../../lib/preflight/settings-file';
import { resolveDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { tempDir } from '../support/temp-dir';
import { inputErrorMessage } from '../support/input-error';

const settings = {
  agent: {
    host: 'ldap.jumpcloud.com',
    port: 636,
    rootDn: 'ou=Users,o=abc,dc=jumpcloud,dc=com',
    bindDn: 'uid=b,ou=Users,o=abc,dc=jumpcloud,dc=com',
  },
  user: { searchBase: 'ou=Users,o=abc,dc=jumpcloud,dc=com' },
  group: { searchBase: 'ou=Users,o=abc,dc=jumpcloud,dc=com' },
};

describe('parseSettingsDocument', () => {
  test('accepts bare LdapDirectorySettings: the model, settings resolved, no mappings', () => {
    expect(parseSettingsDocument(settings)).toEqual({
      settings: resolveDirectorySettings(settings),
      userMappings: {},
      groupMappings: [],
      roleMappings: [],
    });
  });

  test('accepts a manifest-like object with mappings', () => {
    const doc = {
      settings,
      userMappings: { email: 'appuser.email' },
      groupMappings: [{ ldapGroup: 'eng', oktaGroup: 'Eng', ruleName: 'r' }],
      roleMappings: [{ ldapGroup: 'admins', role: 'SUPER_ADMIN' }],
      resources: [],
    };
    expect(parseSettingsDocument(doc)).toEqual({
      settings: resolveDirectorySettings(settings),
      userMappings: { email: 'appuser.email' },
      groupMappings: [{ ldapGroup: 'eng', oktaGroup: 'Eng' }],
      roleMappings: [{ ldapGroup: 'admins', role: 'SUPER_ADMIN' }],
    });
  });

  test.each([
    [
      42,
      'expected a JSON object (LdapDirectorySettings with "agent", "user" and "group", or {"settings": ...}), got number 42',
    ],
    [
      { foo: 1 },
      'expected LdapDirectorySettings (with "agent", "user" and "group") or a manifest-like object with "settings"; neither "agent" nor "settings" was found',
    ],
    [
      { ...settings, agent: { ...settings.agent, host: 42 } },
      'settings.agent.host must be a non-empty string, got number 42',
    ],
    [
      { ...settings, agent: { ...settings.agent, port: 70000 } },
      'settings.agent.port must be an integer from 1 to 65535, got number 70000',
    ],
    [
      { ...settings, agent: { ...settings.agent, connectionSecurity: 'SSL' } },
      'settings.agent.connectionSecurity must be one of LDAPS, STARTTLS, PLAIN; got "SSL"',
    ],
    [
      { ...settings, agent: { ...settings.agent, hots: 'x' } },
      'settings.agent.hots is not a known setting; known: host, port, connectionSecurity, allowPlainLdap, rootDn, bindDn, fipsOnly, proxyUrl, oktaOrgUrl',
    ],
    [
      { ...settings, user: { ...settings.user, SearchBase: 'x' } },
      'settings.user.SearchBase is not a known setting (did you mean settings.user.searchBase?); known: searchBase, objectClass, auxiliaryObjectClasses, objectFilter, accountDisabledAttribute, accountDisabledValue, accountEnabledValue, passwordAttribute, passwordExpirationAttribute, extraAttributes',
    ],
    [{ ...settings, group: null }, 'settings.group must be an object, got null'],
    [
      { ...settings, schema: { uniqueIdentifierAttribute: 'entry uuid' } },
      'settings.schema.uniqueIdentifierAttribute must be an LDAP attribute or class name (letters, digits, \'-\'), got "entry uuid"',
    ],
    [
      { settings, groupMappings: [{ ldapGroup: '' }] },
      'groupMappings[0].ldapGroup must be a non-empty string, got ""',
    ],
    [
      { settings, roleMappings: [{ ldapGroup: 'a', role: 'GOD' }] },
      'roleMappings[0].role must be one of API_ADMIN, APP_ADMIN, CUSTOM, GROUP_MEMBERSHIP_ADMIN, HELP_DESK_ADMIN, MOBILE_ADMIN, ORG_ADMIN, READ_ONLY_ADMIN, REPORT_ADMIN, SUPER_ADMIN, USER_ADMIN; got "GOD"',
    ],
    [{ settings, userMappings: { email: 5 } }, 'userMappings.email must be a string, got number 5'],
  ])('%j -> %s', (doc, expected) => {
    expect(inputErrorMessage(() => parseSettingsDocument(doc))).toBe(expected);
  });

  test('a manifest from a newer version may carry unknown settings fields', () => {
    const doc = {
      schema: 'cdktf-okta-ldap/integration@1',
      settings: { ...settings, agent: { ...settings.agent, future: 1 } },
    };
    expect(parseSettingsDocument(doc).settings.agent.host).toBe('ldap.jumpcloud.com');
  });
});

describe('readSettingsFile', () => {
  const dir = tempDir('settings-file-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('missing file, bad JSON and bad shape name the file', () => {
    const missing = path.join(dir, 'missing.json');
    expect(inputErrorMessage(() => readSettingsFile(missing))).toBe(
      `settings file not found: '${missing}'. Pass an existing JSON file with --settings.`,
    );
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"agent":');
    expect(inputErrorMessage(() => readSettingsFile(bad))).toMatch(
      new RegExp(`^settings file '${bad}' is not valid JSON: `),
    );
    const shape = path.join(dir, 'shape.json');
    fs.writeFileSync(shape, JSON.stringify({ ...settings, agent: { ...settings.agent, bindDn: '' } }));
    expect(inputErrorMessage(() => readSettingsFile(shape))).toBe(
      `settings file '${shape}': settings.agent.bindDn must be a non-empty string, got ""`,
    );
  });

  test('a folder, and a file over 16 MiB (never read), are refused with the file named', () => {
    expect(inputErrorMessage(() => readSettingsFile(dir))).toBe(`settings file '${dir}' is not a file.`);
    const huge = path.join(dir, 'huge.json');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 16 * 1024 * 1024 + 1);
    expect(inputErrorMessage(() => readSettingsFile(huge))).toBe(
      `settings file '${huge}' is 16777217 bytes; at most 16777216 are read.`,
    );
  });

  test('reads a valid file (with a BOM)', () => {
    const ok = path.join(dir, 'ok.json');
    fs.writeFileSync(ok, `\uFEFF${JSON.stringify(settings)}`);
    expect(readSettingsFile(ok)).toEqual(integrationModel({ settings }));
  });
});

describe('parseSettingsDocument never crashes', () => {
  test('any JSON value: a result or an InputError, never another error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseSettingsDocument(value);
        } catch (e) {
          expect(InputError.isInputError(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('valid settings with one field replaced by any JSON value: an InputError names that field, or it is accepted', () => {
    const paths: [keyof typeof settings, string][] = [
      ['agent', 'host'],
      ['agent', 'port'],
      ['agent', 'bindDn'],
      ['user', 'searchBase'],
      ['group', 'searchBase'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), ([section, field], value) => {
        const doc = { ...settings, [section]: { ...settings[section], [field]: value } };
        try {
          parseSettingsDocument(doc);
        } catch (e) {
          expect(InputError.isInputError(e)).toBe(true);
          expect((e as Error).message.startsWith(`settings.${section}.${field} must be`)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
