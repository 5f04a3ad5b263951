import {
  LdapConnectionSecurity,
  OktaUsernameFormat,
  ResolvedLdapDirectorySettings,
} from '../settings/ldap-directory-settings';

/** Where the admin enters a setting. */
export enum SettingScreen {
  /** The Okta LDAP agent installer (on the agent host). */
  AGENT_INSTALLER = 'LDAP agent installer',
  /** Admin Console → Directory → Directory Integrations → LDAP → Provisioning → Integration (settings). */
  CONSOLE = 'Okta Admin Console',
}

/** One value the admin types or picks, under the label Okta shows. */
export interface ConsoleSetting {
  readonly screen: SettingScreen;
  /** Section of the screen, e.g. "User". */
  readonly section: string;
  /** The field's label as Okta shows it, e.g. "User Search Base". */
  readonly label: string;
  /** Path in `ResolvedLdapDirectorySettings`, e.g. `user.searchBase`. */
  readonly path: string;
  /** The value to enter; empty means "leave the field empty". */
  readonly value: string;
  /** True when `value` is typed as is; false when it describes a choice (a checkbox, a menu item, a secret). */
  readonly literal: boolean;
}

const USERNAME_FORMAT_LABELS: Record<OktaUsernameFormat, string> = {
  [OktaUsernameFormat.EMAIL]: 'Email address',
  [OktaUsernameFormat.EMPLOYEE_NUMBER]: 'Employee number',
  [OktaUsernameFormat.CN]: 'CN',
  [OktaUsernameFormat.UID]: 'UID',
  [OktaUsernameFormat.UID_WITH_SUFFIX]: 'UID with suffix',
  [OktaUsernameFormat.UID_AT_DOMAIN]: 'UID@domain',
  [OktaUsernameFormat.FROM_SCHEMA]: 'Custom (from schema)',
};

/**
 * Every value of the integration an admin enters by hand (Okta has no API for them), in the order
 * of the agent installer and the console's "LDAP integration settings" screens.
 */
export function consoleSettings(settings: ResolvedLdapDirectorySettings): ConsoleSetting[] {
  const out: ConsoleSetting[] = [];
  const add = (
    screen: SettingScreen,
    section: string,
    label: string,
    path: string,
    value: string | number | boolean | undefined,
    literal = true,
  ): void => {
    out.push({ screen, section, label, path, value: display(value), literal });
  };
  const A = SettingScreen.AGENT_INSTALLER;
  const C = SettingScreen.CONSOLE;
  const { agent, schema, user, group, role } = settings;
  add(A, 'Agent', 'LDAP Server (host)', 'agent.host', agent.host);
  add(A, 'Agent', 'LDAP Port', 'agent.port', agent.port);
  add(A, 'Agent', 'Use SSL', 'agent.connectionSecurity', sslLabel(agent.connectionSecurity), false);
  add(A, 'Agent', 'Root DN', 'agent.rootDn', agent.rootDn);
  add(A, 'Agent', 'Bind DN', 'agent.bindDn', agent.bindDn);
  add(A, 'Agent', 'Bind Password', '', '(the LDAP bind password secret; never shown)', false);
  add(
    A,
    'Agent',
    'Use FIPS certified encryption algorithms only',
    'agent.fipsOnly',
    yesNo(agent.fipsOnly),
    false,
  );
  add(A, 'Agent', 'Use Proxy Server', 'agent.proxyUrl', agent.proxyUrl ?? 'No', agent.proxyUrl !== undefined);
  add(
    A,
    'Agent',
    'Okta URL',
    'agent.oktaOrgUrl',
    agent.oktaOrgUrl ?? '(the URL of your Okta org)',
    agent.oktaOrgUrl !== undefined,
  );
  add(C, 'LDAP Version', 'LDAP Version', 'schema.ldapVersion', schema.ldapVersion, false);
  add(
    C,
    'LDAP Version',
    'Unique Identifier Attribute',
    'schema.uniqueIdentifierAttribute',
    schema.uniqueIdentifierAttribute,
  );
  add(C, 'LDAP Version', 'DN Attribute', 'schema.dnAttribute', schema.dnAttribute);
  add(C, 'User', 'User Search Base', 'user.searchBase', user.searchBase);
  add(C, 'User', 'User Object Class', 'user.objectClass', user.objectClass);
  add(
    C,
    'User',
    'Auxiliary Object Class',
    'user.auxiliaryObjectClasses',
    user.auxiliaryObjectClasses.join(', '),
  );
  add(C, 'User', 'User Object Filter', 'user.objectFilter', user.objectFilter);
  add(
    C,
    'User',
    'Account Disabled Attribute',
    'user.accountDisabledAttribute',
    user.accountDisabledAttribute,
  );
  add(C, 'User', 'Account Disabled Value', 'user.accountDisabledValue', user.accountDisabledValue);
  add(C, 'User', 'Account Enabled Value', 'user.accountEnabledValue', user.accountEnabledValue);
  add(C, 'User', 'Password Attribute', 'user.passwordAttribute', user.passwordAttribute);
  add(
    C,
    'User',
    'Password Expiration Attribute',
    'user.passwordExpirationAttribute',
    user.passwordExpirationAttribute,
  );
  add(
    C,
    'User',
    'Extra User Attributes',
    'user.extraAttributes',
    user.extraAttributes.map((a) => a.ldapAttribute).join(', '),
  );
  add(C, 'Group', 'Group Search Base', 'group.searchBase', group.searchBase);
  add(C, 'Group', 'Group Object Class', 'group.objectClass', group.objectClass);
  add(C, 'Group', 'Group Object Filter', 'group.objectFilter', group.objectFilter);
  add(C, 'Group', 'Member Attribute', 'group.memberAttribute', group.memberAttribute);
  add(C, 'Group', 'User Attribute', 'group.userAttribute', group.userAttribute);
  add(C, 'Role', 'Role Object Class', 'role.objectClass', role.objectClass);
  add(C, 'Role', 'Role Membership Attribute', 'role.membershipAttribute', role.membershipAttribute);
  add(
    C,
    'Provisioning',
    'Okta username format',
    'provisioning.usernameFormat',
    usernameFormat(settings),
    false,
  );
  return out;
}

function usernameFormat(settings: ResolvedLdapDirectorySettings): string {
  const i = settings.provisioning;
  const label = USERNAME_FORMAT_LABELS[i.usernameFormat] ?? String(i.usernameFormat);
  switch (i.usernameFormat) {
    case OktaUsernameFormat.UID_WITH_SUFFIX:
      return `${label}: ${i.usernameSuffix ?? ''}`;
    case OktaUsernameFormat.UID_AT_DOMAIN:
      return `${label}: ${i.usernameDomain ?? ''}`;
    case OktaUsernameFormat.FROM_SCHEMA:
      return `${label}: ${i.usernameAttribute ?? ''}`;
    default:
      return label;
  }
}

function sslLabel(security: LdapConnectionSecurity): string {
  switch (security) {
    case LdapConnectionSecurity.LDAPS:
      return 'Yes (LDAPS)';
    case LdapConnectionSecurity.STARTTLS:
      return 'No (STARTTLS on the LDAP port)';
    default:
      return 'No (plain LDAP, unencrypted)';
  }
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function display(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  return String(value);
}
