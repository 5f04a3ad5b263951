/**
 * The settings resolver against the field table: the TSDoc `@default` of every settings interface
 * prop states the table's default, and the fold over the table gives what the hand-written resolver
 * it replaced gave (kept below, frozen, as the reference), key order included.
 */
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import {
  LdapDirectorySettings,
  ResolvedLdapDirectorySettings,
  resolveDirectorySettings,
} from '../../lib/settings/ldap-directory-settings';
import { LdapConnectionSecurity, LdapVendor, OktaUsernameFormat } from '../../lib/settings/setting-choices';
import {
  SETTING_FIELDS,
  settingField,
  SettingPresence,
  SettingsSection,
} from '../../lib/settings/settings-fields';

const SOURCE = path.join(__dirname, '..', '..', 'lib', 'settings', 'ldap-directory-settings.ts');

/** The interface of each section. */
const SECTION_INTERFACES: Readonly<Record<string, SettingsSection>> = {
  LdapAgentSettings: 'agent',
  LdapSchemaSettings: 'schema',
  LdapUserSettings: 'user',
  LdapGroupSettings: 'group',
  LdapRoleSettings: 'role',
  LdapProvisioningSettings: 'provisioning',
};

const ENUMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  LdapConnectionSecurity,
  LdapVendor,
  OktaUsernameFormat,
};

interface DocumentedProp {
  readonly interfaceName: string;
  readonly name: string;
  readonly optional: boolean;
  /** The text of the `@default` tag; undefined without one. */
  readonly documentedDefault: string | undefined;
}

/** Every prop of every interface of the settings source, with its TSDoc `@default`. */
function documentedProps(): DocumentedProp[] {
  const source = ts.createSourceFile(SOURCE, fs.readFileSync(SOURCE, 'utf8'), ts.ScriptTarget.Latest, true);
  const props: DocumentedProp[] = [];
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member)) continue;
      const tag = ts.getJSDocTags(member).find((t) => t.tagName.text === 'default');
      props.push({
        interfaceName: statement.name.text,
        name: member.name.getText(source),
        optional: member.questionToken !== undefined,
        documentedDefault:
          tag === undefined ? undefined : (ts.getTextOfJSDocComment(tag.comment) ?? '').trim(),
      });
    }
  }
  return props;
}

/** A TSDoc `@default` as a value: a literal, an enum member, or `{ describe }` for a `- …` text. */
function parseDocumented(text: string): { value: unknown } | { describe: string } {
  if (text.startsWith('- ')) return { describe: text };
  if (text === 'true' || text === 'false') return { value: text === 'true' };
  if (text === '[]') return { value: [] };
  if (/^\d+$/.test(text)) return { value: Number(text) };
  const quoted = /^'([^']*)'$/.exec(text);
  if (quoted) return { value: quoted[1] };
  const member = /^(\w+)\.(\w+)$/.exec(text);
  const values = member ? ENUMS[member[1]!] : undefined;
  if (member && values?.[member[2]!] !== undefined) return { value: values[member[2]!] };
  throw new Error(`Cannot read the @default '${text}': write a literal, an enum member or '- <text>'`);
}

describe('the TSDoc @default of every settings prop states the table default', () => {
  const props = documentedProps();

  test('each section field: literal for a fixed default, the table text for a computed one or none', () => {
    const checked: string[] = [];
    for (const prop of props) {
      const section = SECTION_INTERFACES[prop.interfaceName];
      if (section === undefined) continue;
      const field = settingField(`${section}.${prop.name}`)!;
      const required = field.presence === SettingPresence.REQUIRED;
      expect({ path: field.path, required }).toEqual({
        path: `${section}.${prop.name}`,
        required: !prop.optional,
      });
      if (required) {
        expect({ path: field.path, documented: prop.documentedDefault }).toEqual({
          path: field.path,
          documented: undefined,
        });
      } else if (field.default.kind === 'value') {
        expect({ path: field.path, ...parseDocumented(prop.documentedDefault ?? '') }).toEqual({
          path: field.path,
          value: field.default.value,
        });
      } else {
        const documented = parseDocumented(prop.documentedDefault ?? '');
        expect({
          path: field.path,
          starts: 'describe' in documented && documented.describe.startsWith(field.default.describe),
        }).toEqual({ path: field.path, starts: true });
      }
      checked.push(field.path);
    }
    expect(checked.sort()).toEqual(SETTING_FIELDS.map((f) => f.path).sort());
  });

  test('each optional section of LdapDirectorySettings names the fixed defaults of its fields', () => {
    const sections = props.filter((p) => p.interfaceName === 'LdapDirectorySettings');
    expect(sections.map((p) => p.name)).toEqual([
      'agent',
      'schema',
      'user',
      'group',
      'role',
      'provisioning',
      'preset',
    ]);
    for (const prop of sections) {
      if (!prop.optional) {
        expect({ prop: prop.name, documented: prop.documentedDefault }).toEqual({
          prop: prop.name,
          documented: undefined,
        });
        continue;
      }
      expect(prop.documentedDefault).toMatch(/^- \S/);
      const fixed = SETTING_FIELDS.filter((f) => f.section === prop.name && f.default.kind === 'value');
      for (const f of fixed) {
        if (f.default.kind === 'value') expect(prop.documentedDefault).toContain(String(f.default.value));
      }
    }
  });

  test('a TSDoc default the test cannot read is named', () => {
    expect(() => parseDocumented('LdapVendor.NOT_A_VENDOR')).toThrow(
      new Error(
        "Cannot read the @default 'LdapVendor.NOT_A_VENDOR': write a literal, an enum member or '- <text>'",
      ),
    );
    expect(parseDocumented("'member'")).toEqual({ value: 'member' });
    expect(parseDocumented('LdapVendor.OPENLDAP')).toEqual({ value: 'OpenLDAP' });
  });
});

// ---- The reference: the hand-written resolver the table fold replaced, frozen. ----

function frozenResolver(settings: LdapDirectorySettings): ResolvedLdapDirectorySettings {
  const security = settings.agent.connectionSecurity ?? LdapConnectionSecurity.LDAPS;
  const userObjectClass = settings.user.objectClass ?? 'inetorgperson';
  const groupObjectClass = settings.group.objectClass ?? 'groupofnames';
  return {
    agent: {
      host: settings.agent.host,
      port: settings.agent.port ?? (security === LdapConnectionSecurity.LDAPS ? 636 : 389),
      connectionSecurity: security,
      allowPlainLdap: settings.agent.allowPlainLdap ?? false,
      rootDn: settings.agent.rootDn,
      bindDn: settings.agent.bindDn,
      fipsOnly: settings.agent.fipsOnly ?? false,
      ...(settings.agent.proxyUrl !== undefined ? { proxyUrl: settings.agent.proxyUrl } : {}),
      ...(settings.agent.oktaOrgUrl !== undefined ? { oktaOrgUrl: settings.agent.oktaOrgUrl } : {}),
    },
    schema: {
      ldapVersion: settings.schema?.ldapVersion ?? LdapVendor.OPENLDAP,
      uniqueIdentifierAttribute: settings.schema?.uniqueIdentifierAttribute ?? 'entryuuid',
      dnAttribute: settings.schema?.dnAttribute ?? 'entrydn',
    },
    user: {
      searchBase: settings.user.searchBase,
      objectClass: userObjectClass,
      auxiliaryObjectClasses: settings.user.auxiliaryObjectClasses ?? [],
      objectFilter: settings.user.objectFilter ?? `(objectclass=${userObjectClass})`,
      passwordAttribute: settings.user.passwordAttribute ?? 'userpassword',
      extraAttributes: settings.user.extraAttributes ?? [],
      ...pickDefined(settings.user, [
        'accountDisabledAttribute',
        'accountDisabledValue',
        'accountEnabledValue',
        'passwordExpirationAttribute',
      ]),
    },
    group: {
      searchBase: settings.group.searchBase,
      objectClass: groupObjectClass,
      objectFilter: settings.group.objectFilter ?? `(objectclass=${groupObjectClass})`,
      memberAttribute: settings.group.memberAttribute ?? 'member',
      ...pickDefined(settings.group, ['userAttribute']),
    },
    role: pickDefined(settings.role ?? {}, ['objectClass', 'membershipAttribute']),
    provisioning: {
      usernameFormat: settings.provisioning?.usernameFormat ?? OktaUsernameFormat.EMAIL,
      ...pickDefined(settings.provisioning ?? {}, ['usernameSuffix', 'usernameDomain', 'usernameAttribute']),
    },
    ...(settings.preset !== undefined ? { preset: settings.preset } : {}),
  };
}

function pickDefined<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

// ---- arbitraries ----

/** Any value a JavaScript caller or a settings file might put in a field. */
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constantFrom('', 'x', 'inetorgperson', 'posixGroup', 'uid=b,dc=example,dc=com'),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -1, max: 70000 }),
  fc.boolean(),
  fc.constantFrom([], ['posixAccount'], [{ ldapAttribute: 'employeeType' }]),
  fc.constantFrom(
    ...Object.values(LdapConnectionSecurity),
    ...Object.values(LdapVendor),
    ...Object.values(OktaUsernameFormat),
  ),
);

/** A section with any subset of its table keys (and sometimes a key that is not a field). */
function sectionArbitrary(section: SettingsSection): fc.Arbitrary<Record<string, unknown>> {
  const keys = SETTING_FIELDS.filter((f) => f.section === section).map((f) => f.key);
  return fc.record(Object.fromEntries([...keys, 'notAField'].map((k) => [k, anyValue])), {
    requiredKeys: [],
  });
}

const optionalSection = (section: SettingsSection) =>
  fc.oneof(fc.constant(undefined), fc.constant(null), sectionArbitrary(section));

const partialSettings = fc.record(
  {
    agent: sectionArbitrary('agent'),
    schema: optionalSection('schema'),
    user: sectionArbitrary('user'),
    group: sectionArbitrary('group'),
    role: optionalSection('role'),
    provisioning: optionalSection('provisioning'),
    preset: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 8 })),
  },
  { requiredKeys: ['agent', 'user', 'group'] },
) as unknown as fc.Arbitrary<LdapDirectorySettings>;

/** Every key path in order, with its value's JSON (undefined kept apart from missing). */
function shape(value: unknown, at = ''): string[] {
  if (value === null || typeof value !== 'object')
    return [`${at}=${value === undefined ? 'undefined' : JSON.stringify(value)}`];
  return Object.entries(value).flatMap(([k, v]) => shape(v, `${at}.${k}`));
}

describe('resolveDirectorySettings, a fold over the field table', () => {
  test('gives what the hand-written resolver gave, key order included, for any partial settings', () => {
    fc.assert(
      fc.property(partialSettings, (settings) => {
        const now = resolveDirectorySettings(settings);
        const before = frozenResolver(settings);
        expect(now).toStrictEqual(before);
        expect(shape(now)).toEqual(shape(before));
      }),
      { numRuns: 2000 },
    );
  });

  test('the minimal settings resolve to every default', () => {
    const base = 'ou=Users,o=org,dc=jumpcloud,dc=com';
    const minimal = {
      agent: { host: 'h', rootDn: base, bindDn: `uid=b,${base}` },
      user: { searchBase: base },
      group: { searchBase: base },
    };
    expect(resolveDirectorySettings(minimal)).toStrictEqual(frozenResolver(minimal));
    expect(JSON.stringify(resolveDirectorySettings(minimal))).toBe(
      JSON.stringify({
        agent: {
          host: 'h',
          port: 636,
          connectionSecurity: 'LDAPS',
          allowPlainLdap: false,
          rootDn: base,
          bindDn: `uid=b,${base}`,
          fipsOnly: false,
        },
        schema: { ldapVersion: 'OpenLDAP', uniqueIdentifierAttribute: 'entryuuid', dnAttribute: 'entrydn' },
        user: {
          searchBase: base,
          objectClass: 'inetorgperson',
          auxiliaryObjectClasses: [],
          objectFilter: '(objectclass=inetorgperson)',
          passwordAttribute: 'userpassword',
          extraAttributes: [],
        },
        group: {
          searchBase: base,
          objectClass: 'groupofnames',
          objectFilter: '(objectclass=groupofnames)',
          memberAttribute: 'member',
        },
        role: {},
        provisioning: { usernameFormat: 'EMAIL' },
      }),
    );
  });

  test('no two resolved settings share a default list', () => {
    const base = 'dc=example,dc=com';
    const minimal = {
      agent: { host: 'h', rootDn: base, bindDn: base },
      user: { searchBase: base },
      group: { searchBase: base },
    };
    const one = resolveDirectorySettings(minimal);
    const two = resolveDirectorySettings(minimal);
    expect(one.user.extraAttributes).not.toBe(two.user.extraAttributes);
    expect(one.user.auxiliaryObjectClasses).not.toBe(two.user.auxiliaryObjectClasses);
  });
});
