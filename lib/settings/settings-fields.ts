/**
 * The one table of the integration's settings fields: section, key, the label Okta shows, the
 * screen it is entered on, the value type and the default. The settings-file reader
 * (`model/settings-document.ts`, behind `preflight --settings` and the manifest reader), the
 * console-settings table (`review/console-settings.ts`) and the diff labels (`review/app-diff.ts`)
 * are derived from it; the type checks at the end of this file
 * fail the build when a field of the `Ldap*Settings` interfaces is missing here, or listed here but
 * not in the interface.
 */
import {
  LdapAgentSettings,
  LdapConnectionSecurity,
  LdapDirectorySettings,
  LdapGroupSettings,
  LdapProvisioningSettings,
  LdapRoleSettings,
  LdapSchemaSettings,
  LdapUserSettings,
  LdapVendor,
  OktaUsernameFormat,
} from './ldap-directory-settings';

/** Where the admin enters a setting. */
export enum SettingScreen {
  /** The Okta LDAP agent installer (on the agent host). */
  AGENT_INSTALLER = 'LDAP agent installer',
  /** Admin Console → Directory → Directory Integrations → LDAP → Provisioning → Integration (settings). */
  CONSOLE = 'Okta Admin Console',
}

/** The kind of value a settings field holds (what the settings-file reader accepts). */
export enum SettingValueType {
  /** A non-empty string. */
  TEXT = 'text',
  /** A string that may be empty (DNs and values where empty has a meaning). */
  TEXT_OR_EMPTY = 'text or empty',
  /** An LDAP attribute or object class name (letters, digits, `-`; or a numeric OID). */
  ATTRIBUTE = 'attribute',
  /** A list of LDAP attribute or object class names. */
  ATTRIBUTE_LIST = 'attribute list',
  /** A TCP port, 1 to 65535. */
  PORT = 'port',
  /** true or false. */
  BOOLEAN = 'boolean',
  /** One of a fixed set of values (`choices`). */
  CHOICE = 'choice',
  /** The extra user attributes: a list of `{ ldapAttribute, profileProperty?, title? }`. */
  EXTRA_ATTRIBUTES = 'extra attributes',
}

/** The sections of `LdapDirectorySettings` that hold fields, in the order the admin meets them. */
export type SettingsSection = 'agent' | 'schema' | 'user' | 'group' | 'role' | 'provisioning';

/** One settings field. */
export interface SettingField {
  readonly section: SettingsSection;
  readonly key: string;
  /** `section.key`, the path in `ResolvedLdapDirectorySettings` (and after `settings.` in a file). */
  readonly path: string;
  /** The label Okta shows; unset for a field with no console row of its own. */
  readonly label?: string;
  /** Where the admin enters it; unset for a field with no console row of its own. */
  readonly screen?: SettingScreen;
  readonly type: SettingValueType;
  /** The allowed values of a `CHOICE` field. */
  readonly choices?: readonly string[];
  /** A field every settings object must have. */
  readonly required: boolean;
  /** The default when unset, as the TSDoc of the interface states it. */
  readonly default: string;
}

/** The heading of a section on its screen. */
export const SECTION_HEADINGS: Readonly<Record<SettingsSection, string>> = {
  agent: 'Agent',
  schema: 'LDAP Version',
  user: 'User',
  group: 'Group',
  role: 'Role',
  provisioning: 'Provisioning',
};

type Row<K extends string> = readonly [
  key: K,
  label: string | undefined,
  type: SettingValueType,
  defaultValue: string,
  options?: { readonly required?: boolean; readonly choices?: readonly string[] },
];

const T = SettingValueType;
const REQUIRED = { required: true } as const;

const AGENT = [
  ['host', 'LDAP Server (host)', T.TEXT, '- required', REQUIRED],
  ['port', 'LDAP Port', T.PORT, '636 for LDAPS, 389 for STARTTLS and PLAIN'],
  ['connectionSecurity', 'Use SSL', T.CHOICE, 'LDAPS', { choices: Object.values(LdapConnectionSecurity) }],
  ['allowPlainLdap', undefined, T.BOOLEAN, 'false'],
  ['rootDn', 'Root DN', T.TEXT_OR_EMPTY, '- required', REQUIRED],
  ['bindDn', 'Bind DN', T.TEXT, '- required', REQUIRED],
  ['fipsOnly', 'Use FIPS certified encryption algorithms only', T.BOOLEAN, 'false'],
  ['proxyUrl', 'Use Proxy Server', T.TEXT, '- no proxy'],
  ['oktaOrgUrl', 'Okta URL', T.TEXT, '- not recorded'],
] as const satisfies readonly Row<keyof LdapAgentSettings>[];

const SCHEMA = [
  ['ldapVersion', 'LDAP Version', T.CHOICE, 'OpenLDAP', { choices: Object.values(LdapVendor) }],
  ['uniqueIdentifierAttribute', 'Unique Identifier Attribute', T.ATTRIBUTE, 'entryuuid'],
  ['dnAttribute', 'DN Attribute', T.ATTRIBUTE, 'entrydn'],
] as const satisfies readonly Row<keyof LdapSchemaSettings>[];

const USER = [
  ['searchBase', 'User Search Base', T.TEXT_OR_EMPTY, '- required', REQUIRED],
  ['objectClass', 'User Object Class', T.ATTRIBUTE, 'inetorgperson'],
  ['auxiliaryObjectClasses', 'Auxiliary Object Class', T.ATTRIBUTE_LIST, '- none'],
  ['objectFilter', 'User Object Filter', T.TEXT, '(objectclass=<objectClass>)'],
  ['accountDisabledAttribute', 'Account Disabled Attribute', T.ATTRIBUTE, '- none'],
  ['accountDisabledValue', 'Account Disabled Value', T.TEXT_OR_EMPTY, '- none'],
  ['accountEnabledValue', 'Account Enabled Value', T.TEXT_OR_EMPTY, '- none'],
  ['passwordAttribute', 'Password Attribute', T.ATTRIBUTE, 'userpassword'],
  ['passwordExpirationAttribute', 'Password Expiration Attribute', T.ATTRIBUTE, '- none'],
  ['extraAttributes', 'Extra User Attributes', T.EXTRA_ATTRIBUTES, '- none'],
] as const satisfies readonly Row<keyof LdapUserSettings>[];

const GROUP = [
  ['searchBase', 'Group Search Base', T.TEXT_OR_EMPTY, '- required', REQUIRED],
  ['objectClass', 'Group Object Class', T.ATTRIBUTE, 'groupofnames'],
  ['objectFilter', 'Group Object Filter', T.TEXT, '(objectclass=<objectClass>)'],
  ['memberAttribute', 'Member Attribute', T.ATTRIBUTE, 'member'],
  ['userAttribute', 'User Attribute', T.ATTRIBUTE, '- none'],
] as const satisfies readonly Row<keyof LdapGroupSettings>[];

const ROLE = [
  ['objectClass', 'Role Object Class', T.ATTRIBUTE, '- none: roles are not imported'],
  ['membershipAttribute', 'Role Membership Attribute', T.ATTRIBUTE, '- none'],
] as const satisfies readonly Row<keyof LdapRoleSettings>[];

const PROVISIONING = [
  [
    'usernameFormat',
    'Okta username format',
    T.CHOICE,
    'EMAIL',
    { choices: Object.values(OktaUsernameFormat) },
  ],
  // The suffix, domain and attribute are entered next to the username format (one console row).
  ['usernameSuffix', undefined, T.TEXT_OR_EMPTY, '- none'],
  ['usernameDomain', undefined, T.TEXT, '- none'],
  ['usernameAttribute', undefined, T.ATTRIBUTE, '- none'],
] as const satisfies readonly Row<keyof LdapProvisioningSettings>[];

const ROWS = {
  agent: AGENT,
  schema: SCHEMA,
  user: USER,
  group: GROUP,
  role: ROLE,
  provisioning: PROVISIONING,
} as const;

function fieldsOf(section: SettingsSection, rows: readonly Row<string>[]): SettingField[] {
  return rows.map(([key, label, type, defaultValue, options]) => ({
    section,
    key,
    path: `${section}.${key}`,
    ...(label !== undefined
      ? {
          label,
          screen: section === 'agent' ? SettingScreen.AGENT_INSTALLER : SettingScreen.CONSOLE,
        }
      : {}),
    type,
    ...(options?.choices !== undefined ? { choices: options.choices } : {}),
    required: options?.required === true,
    default: defaultValue,
  }));
}

/** Every settings field, section by section, in the order of the agent installer and the console. */
export const SETTING_FIELDS: readonly SettingField[] = (Object.keys(ROWS) as SettingsSection[]).flatMap(
  (section) => fieldsOf(section, ROWS[section]),
);

/** The sections, in order, and whether a settings object must have each. */
export const SETTINGS_SECTIONS: readonly { readonly section: SettingsSection; readonly required: boolean }[] =
  [
    { section: 'agent', required: true },
    { section: 'schema', required: false },
    { section: 'user', required: true },
    { section: 'group', required: true },
    { section: 'role', required: false },
    { section: 'provisioning', required: false },
  ];

/** The fields of one section, in order. */
export function sectionFields(section: SettingsSection): SettingField[] {
  return SETTING_FIELDS.filter((f) => f.section === section);
}

/** The field at `section.key`, if there is one. */
export function settingField(path: string): SettingField | undefined {
  return SETTING_FIELDS.find((f) => f.path === path);
}

// ---- Compile-time checks: the table and the interfaces list the same fields. ----
// `Exact<A, B>` is `true` only when A and B are the same union of keys; otherwise the assignment of
// `true` below fails to compile and names the section.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type KeysOf<R extends readonly (readonly [string, ...unknown[]])[]> = R[number][0];

const tableMatchesInterfaces: {
  agent: Exact<KeysOf<typeof AGENT>, keyof LdapAgentSettings>;
  schema: Exact<KeysOf<typeof SCHEMA>, keyof LdapSchemaSettings>;
  user: Exact<KeysOf<typeof USER>, keyof LdapUserSettings>;
  group: Exact<KeysOf<typeof GROUP>, keyof LdapGroupSettings>;
  role: Exact<KeysOf<typeof ROLE>, keyof LdapRoleSettings>;
  provisioning: Exact<KeysOf<typeof PROVISIONING>, keyof LdapProvisioningSettings>;
  sections: Exact<SettingsSection | 'preset', keyof LdapDirectorySettings>;
} = {
  agent: true,
  schema: true,
  user: true,
  group: true,
  role: true,
  provisioning: true,
  sections: true,
};
void tableMatchesInterfaces;
