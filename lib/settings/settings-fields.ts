/**
 * The one table of the integration's settings fields: section, key, the label Okta shows, the
 * screen it is entered on, the value type and the default. The settings-file reader
 * (`model/settings-document.ts`, behind `preflight --settings` and the manifest reader), the
 * console-settings table (`review/console-settings.ts`), the diff labels (`review/app-diff.ts`), the
 * fields validation rule OKLDAP-113 refuses blank (`validation/rules/required-settings.ts`) and the
 * connection a preflight takes from a trusted app (`preflight/trusted-connection.ts`) are derived
 * from it, and `resolveDirectorySettings` (`settings/ldap-directory-settings.ts`) is a
 * fold over it: each default is written here and nowhere else. The type checks next to that resolver
 * fail the build when a field of the `Ldap*Settings` interfaces is missing here, or listed here but
 * not in the interface.
 */
import { defaultPort, LdapConnectionSecurity, LdapVendor, OktaUsernameFormat } from './setting-choices';

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

/**
 * What a change of a setting puts at risk, read by the pull-request review's risk rules
 * (lib/review/risk-rules.ts). Every field states one, so a new setting cannot silently become a
 * low-risk change.
 */
export enum SettingRisk {
  /** Which LDAP entries are users: users outside the new scope are deactivated at the next import. */
  USER_SCOPE = 'user scope',
  /** Which LDAP entries are groups: groups outside the new scope are removed from Okta. */
  GROUP_SCOPE = 'group scope',
  /** How Okta links an LDAP entry to its Okta user: every user is re-linked. */
  USER_IDENTITY = 'user identity',
  /** Every imported user's Okta username (their sign-in name). */
  USERNAME = 'username',
  /** Which users read as disabled: they are deactivated in Okta. */
  ACCOUNT_STATUS = 'account status',
  /** How group and role memberships are read: members gain or lose groups and roles. */
  MEMBERSHIP = 'membership',
  /** How the agent reaches the directory: the agent is re-configured on its host. */
  AGENT_CONNECTION = 'agent connection',
  /** The account the agent binds as: what it cannot see drops out of the import. */
  BIND_ACCOUNT = 'bind account',
  /** The protection of the connection (LDAPS, StartTLS, plain). */
  CONNECTION_SECURITY = 'connection security',
  /** Re-entered by hand in the installer or the console; no access or account change follows from it alone. */
  MANUAL_ENTRY = 'manual entry',
}

/**
 * Whether a setting may be left out, and whether it may be blank: the one home of "which settings are
 * required". The settings-file reader refuses a missing `REQUIRED` field; validation rule OKLDAP-113
 * refuses a `REQUIRED` or `NOT_BLANK` field that is missing or blank once the defaults are applied
 * (the agent installer or the console will not save it empty). Every field states one, so a new
 * setting cannot skip the decision.
 */
export enum SettingPresence {
  /** Must be given (it has no default) and must not be blank. */
  REQUIRED = 'required',
  /** May be left out (its default applies), but must not be set blank. */
  NOT_BLANK = 'not blank',
  /** May be left out; whether a given value may be empty is its type's concern (`TEXT_OR_EMPTY`). */
  OPTIONAL = 'optional',
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
  /** Whether it must be given, and whether it may be blank. */
  readonly presence: SettingPresence;
  /** What an unset field resolves to (the TSDoc `@default` of the interface states the same). */
  readonly default: SettingDefault;
  /** What a change of it puts at risk (the review's risk rules read it). */
  readonly risk: SettingRisk;
  /**
   * The field says where a bind sends the bind password and how it is protected on the way (server,
   * port, TLS, bind account): `preflight --connection-from` takes these fields from a trusted app.
   */
  readonly connection: boolean;
}

/**
 * The settings resolved so far, section by section: what a computed default reads. Every field
 * without a computed default is resolved by then (given value or fixed default).
 */
export type ResolvedSoFar = Readonly<Record<SettingsSection, Readonly<Record<string, unknown>>>>;

/** What an unset field resolves to. */
export type SettingDefault =
  | {
      /** A fixed value: the TSDoc `@default` is this value as a literal. */
      readonly kind: 'value';
      readonly value: string | number | boolean | readonly never[];
    }
  | {
      /** Computed from other fields: the TSDoc `@default` starts with `describe` (`- …`). */
      readonly kind: 'computed';
      readonly describe: string;
      readonly compute: (soFar: ResolvedSoFar) => unknown;
    }
  | {
      /** None: the field stays unset (or is required); the TSDoc `@default` starts with `describe` (`- …`). */
      readonly kind: 'unset';
      readonly describe: string;
    };

const value = (v: string | number | boolean | readonly never[]): SettingDefault => ({
  kind: 'value',
  value: v,
});
const computed = (describe: string, compute: (soFar: ResolvedSoFar) => unknown): SettingDefault => ({
  kind: 'computed',
  describe,
  compute,
});
const unset = (describe: string): SettingDefault => ({ kind: 'unset', describe });
const NONE = unset('- none');
const REQUIRED_VALUE = unset('- required');
/** The default object filter of a section: its object class. */
const objectClassFilter = (section: SettingsSection): SettingDefault =>
  computed('- (objectclass=<objectClass>)', (soFar) => `(objectclass=${String(soFar[section].objectClass)})`);

/** The heading of a section on its screen. */
export const SECTION_HEADINGS: Readonly<Record<SettingsSection, string>> = {
  agent: 'Agent',
  schema: 'LDAP Version',
  user: 'User',
  group: 'Group',
  role: 'Role',
  provisioning: 'Provisioning',
};

type Row = readonly [
  key: string,
  label: string | undefined,
  type: SettingValueType,
  defaultValue: SettingDefault,
  risk: SettingRisk,
  presence: SettingPresence,
  options?: { readonly choices?: readonly string[]; readonly connection?: boolean },
];

const T = SettingValueType;
const R = SettingRisk;
const P = SettingPresence;
/** Where and how a bind sends the bind password. */
const CONNECTION = { connection: true } as const;

const AGENT = [
  ['host', 'LDAP Server (host)', T.TEXT, REQUIRED_VALUE, R.AGENT_CONNECTION, P.REQUIRED, CONNECTION],
  [
    'port',
    'LDAP Port',
    T.PORT,
    computed('- 636 for LDAPS, 389 for STARTTLS and PLAIN', (soFar) =>
      defaultPort(soFar.agent.connectionSecurity as LdapConnectionSecurity),
    ),
    R.AGENT_CONNECTION,
    P.OPTIONAL,
    CONNECTION,
  ],
  [
    'connectionSecurity',
    'Use SSL',
    T.CHOICE,
    value(LdapConnectionSecurity.LDAPS),
    R.CONNECTION_SECURITY,
    P.OPTIONAL,
    { choices: Object.values(LdapConnectionSecurity), ...CONNECTION },
  ],
  ['allowPlainLdap', undefined, T.BOOLEAN, value(false), R.MANUAL_ENTRY, P.OPTIONAL, CONNECTION],
  ['rootDn', 'Root DN', T.TEXT_OR_EMPTY, REQUIRED_VALUE, R.AGENT_CONNECTION, P.REQUIRED],
  ['bindDn', 'Bind DN', T.TEXT, REQUIRED_VALUE, R.BIND_ACCOUNT, P.REQUIRED, CONNECTION],
  [
    'fipsOnly',
    'Use FIPS certified encryption algorithms only',
    T.BOOLEAN,
    value(false),
    R.AGENT_CONNECTION,
    P.OPTIONAL,
  ],
  ['proxyUrl', 'Use Proxy Server', T.TEXT, unset('- no proxy'), R.AGENT_CONNECTION, P.OPTIONAL],
  ['oktaOrgUrl', 'Okta URL', T.TEXT, unset('- not recorded'), R.MANUAL_ENTRY, P.OPTIONAL],
] as const satisfies readonly Row[];

const SCHEMA = [
  [
    'ldapVersion',
    'LDAP Version',
    T.CHOICE,
    value(LdapVendor.OPENLDAP),
    R.MANUAL_ENTRY,
    P.OPTIONAL,
    { choices: Object.values(LdapVendor) },
  ],
  [
    'uniqueIdentifierAttribute',
    'Unique Identifier Attribute',
    T.ATTRIBUTE,
    value('entryuuid'),
    R.USER_IDENTITY,
    P.NOT_BLANK,
  ],
  ['dnAttribute', 'DN Attribute', T.ATTRIBUTE, value('entrydn'), R.MANUAL_ENTRY, P.NOT_BLANK],
] as const satisfies readonly Row[];

const USER = [
  ['searchBase', 'User Search Base', T.TEXT_OR_EMPTY, REQUIRED_VALUE, R.USER_SCOPE, P.REQUIRED],
  ['objectClass', 'User Object Class', T.ATTRIBUTE, value('inetorgperson'), R.USER_SCOPE, P.NOT_BLANK],
  ['auxiliaryObjectClasses', 'Auxiliary Object Class', T.ATTRIBUTE_LIST, value([]), R.USER_SCOPE, P.OPTIONAL],
  ['objectFilter', 'User Object Filter', T.TEXT, objectClassFilter('user'), R.USER_SCOPE, P.NOT_BLANK],
  ['accountDisabledAttribute', 'Account Disabled Attribute', T.ATTRIBUTE, NONE, R.ACCOUNT_STATUS, P.OPTIONAL],
  ['accountDisabledValue', 'Account Disabled Value', T.TEXT_OR_EMPTY, NONE, R.ACCOUNT_STATUS, P.OPTIONAL],
  ['accountEnabledValue', 'Account Enabled Value', T.TEXT_OR_EMPTY, NONE, R.ACCOUNT_STATUS, P.OPTIONAL],
  ['passwordAttribute', 'Password Attribute', T.ATTRIBUTE, value('userpassword'), R.MANUAL_ENTRY, P.OPTIONAL],
  [
    'passwordExpirationAttribute',
    'Password Expiration Attribute',
    T.ATTRIBUTE,
    NONE,
    R.MANUAL_ENTRY,
    P.OPTIONAL,
  ],
  ['extraAttributes', 'Extra User Attributes', T.EXTRA_ATTRIBUTES, value([]), R.MANUAL_ENTRY, P.OPTIONAL],
] as const satisfies readonly Row[];

const GROUP = [
  ['searchBase', 'Group Search Base', T.TEXT_OR_EMPTY, REQUIRED_VALUE, R.GROUP_SCOPE, P.REQUIRED],
  ['objectClass', 'Group Object Class', T.ATTRIBUTE, value('groupofnames'), R.GROUP_SCOPE, P.NOT_BLANK],
  ['objectFilter', 'Group Object Filter', T.TEXT, objectClassFilter('group'), R.GROUP_SCOPE, P.NOT_BLANK],
  ['memberAttribute', 'Member Attribute', T.ATTRIBUTE, value('member'), R.MEMBERSHIP, P.NOT_BLANK],
  ['userAttribute', 'User Attribute', T.ATTRIBUTE, NONE, R.MEMBERSHIP, P.OPTIONAL],
] as const satisfies readonly Row[];

const ROLE = [
  [
    'objectClass',
    'Role Object Class',
    T.ATTRIBUTE,
    unset('- none: roles are not imported'),
    R.MEMBERSHIP,
    P.OPTIONAL,
  ],
  ['membershipAttribute', 'Role Membership Attribute', T.ATTRIBUTE, NONE, R.MEMBERSHIP, P.OPTIONAL],
] as const satisfies readonly Row[];

const PROVISIONING = [
  [
    'usernameFormat',
    'Okta username format',
    T.CHOICE,
    value(OktaUsernameFormat.EMAIL),
    R.USERNAME,
    P.OPTIONAL,
    { choices: Object.values(OktaUsernameFormat) },
  ],
  // The suffix, domain and attribute are entered next to the username format (one console row).
  ['usernameSuffix', undefined, T.TEXT_OR_EMPTY, NONE, R.USERNAME, P.OPTIONAL],
  ['usernameDomain', undefined, T.TEXT, NONE, R.USERNAME, P.OPTIONAL],
  ['usernameAttribute', undefined, T.ATTRIBUTE, NONE, R.USERNAME, P.OPTIONAL],
] as const satisfies readonly Row[];

const ROWS = {
  agent: AGENT,
  schema: SCHEMA,
  user: USER,
  group: GROUP,
  role: ROLE,
  provisioning: PROVISIONING,
} as const;

function fieldsOf(section: SettingsSection, rows: readonly Row[]): SettingField[] {
  return rows.map(([key, label, type, defaultValue, risk, presence, options]) => ({
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
    presence,
    default: defaultValue,
    risk,
    connection: options?.connection === true,
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

/** The paths (`section.key`) of the fields whose change puts `risk` at risk. */
export function settingPathsAt(risk: SettingRisk): ReadonlySet<string> {
  return new Set(SETTING_FIELDS.filter((f) => f.risk === risk).map((f) => f.path));
}

/**
 * The connection fields (`SettingField.connection`), in table order: where a bind sends the bind
 * password and how it is protected.
 */
export const CONNECTION_FIELDS: readonly SettingField[] = SETTING_FIELDS.filter((f) => f.connection);

/** The field at `section.key`, if there is one. */
export function settingField(path: string): SettingField | undefined {
  return SETTING_FIELDS.find((f) => f.path === path);
}

/** The keys of each section's rows, for the compile-time check that they are the interfaces' keys. */
export type SettingsTableKeys = {
  readonly [S in keyof typeof ROWS]: (typeof ROWS)[S][number][0];
};
