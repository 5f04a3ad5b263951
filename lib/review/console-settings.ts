import { LdapExtraUserAttribute, ResolvedLdapDirectorySettings } from '../settings/ldap-directory-settings';
import { LdapConnectionSecurity, OktaUsernameFormat } from '../settings/setting-choices';
import {
  SECTION_HEADINGS,
  SETTING_FIELDS,
  SettingField,
  SettingScreen,
  SettingValueType,
} from '../settings/settings-fields';

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

/** The bind password's row: a secret, entered by hand, never part of the settings. */
const BIND_PASSWORD_ROW: ConsoleSetting = {
  screen: SettingScreen.AGENT_INSTALLER,
  section: SECTION_HEADINGS.agent,
  label: 'Bind Password',
  path: '',
  value: '(the LDAP bind password secret; never shown)',
  literal: false,
};

/**
 * Every value of the integration an admin enters by hand (Okta has no API for them), in the order
 * of the agent installer and the console's "LDAP integration settings" screens: one row per field
 * of the settings field table that has a console label, and the bind password after the bind DN.
 */
export function consoleSettings(settings: ResolvedLdapDirectorySettings): ConsoleSetting[] {
  const out: ConsoleSetting[] = [];
  for (const field of SETTING_FIELDS) {
    if (field.label === undefined || field.screen === undefined) continue;
    const { value, literal } = shown(field, settings);
    out.push({
      screen: field.screen,
      section: SECTION_HEADINGS[field.section],
      label: field.label,
      path: field.path,
      value,
      literal,
    });
    if (field.path === 'agent.bindDn') out.push(BIND_PASSWORD_ROW);
  }
  return out;
}

/** What the admin enters for one field, and whether it is typed as is. */
function shown(
  field: SettingField,
  settings: ResolvedLdapDirectorySettings,
): { value: string; literal: boolean } {
  const raw = (settings[field.section] as Record<string, unknown>)[field.key];
  switch (field.path) {
    case 'agent.connectionSecurity':
      return { value: sslLabel(settings.agent.connectionSecurity), literal: false };
    case 'agent.proxyUrl':
      return { value: settings.agent.proxyUrl ?? 'No', literal: settings.agent.proxyUrl !== undefined };
    case 'agent.oktaOrgUrl':
      return {
        value: settings.agent.oktaOrgUrl ?? '(the URL of your Okta org)',
        literal: settings.agent.oktaOrgUrl !== undefined,
      };
    case 'provisioning.usernameFormat':
      return { value: usernameFormat(settings), literal: false };
  }
  switch (field.type) {
    case SettingValueType.BOOLEAN:
      return { value: raw === true ? 'Yes' : 'No', literal: false };
    case SettingValueType.CHOICE:
      return { value: display(raw), literal: false };
    case SettingValueType.ATTRIBUTE_LIST:
      return { value: ((raw as readonly string[] | undefined) ?? []).join(', '), literal: true };
    case SettingValueType.EXTRA_ATTRIBUTES:
      return {
        value: ((raw as readonly LdapExtraUserAttribute[] | undefined) ?? [])
          .map((a) => a.ldapAttribute)
          .join(', '),
        literal: true,
      };
    default:
      return { value: display(raw), literal: true };
  }
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

function display(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
