/**
 * The settings of an Okta LDAP directory integration: every value an admin types into the Okta LDAP
 * agent installer and into the Admin Console's "LDAP integration settings" screens.
 *
 * Okta has no API for these settings. They are modelled here so that they can be validated at synth
 * time, proved against the live directory by the preflight, rendered for review, and used as the
 * source of the Okta-side resources (mappings, groups, rules, roles, password policy).
 *
 * Field names follow the console's own words so an admin can map code to screen by eye.
 */

import { LdapConnectionSecurity, LdapVendor, OktaUsernameFormat } from './setting-choices';
import {
  SETTING_FIELDS,
  SETTINGS_SECTIONS,
  SettingField,
  SettingPresence,
  SettingsSection,
  SettingsTableKeys,
} from './settings-fields';

/** Agent settings: what the LDAP agent installer asks for. */
export interface LdapAgentSettings {
  /** LDAP server host name, e.g. `ldap.jumpcloud.com`. */
  readonly host: string;
  /**
   * LDAP server port.
   * @default - 636 for LDAPS, 389 for STARTTLS and PLAIN
   */
  readonly port?: number;
  /**
   * Transport security ("Use SSL" on means LDAPS).
   * @default LdapConnectionSecurity.LDAPS
   */
  readonly connectionSecurity?: LdapConnectionSecurity;
  /**
   * Explicit opt-in to unencrypted LDAP. Without it, `PLAIN` is a validation error.
   * @default false
   */
  readonly allowPlainLdap?: boolean;
  /** Root DN: the top of the tree the agent may read, e.g. `ou=Users,o=<ORG_ID>,dc=jumpcloud,dc=com`. */
  readonly rootDn: string;
  /** Bind DN: the directory user the agent binds as. Its password is never part of the settings. */
  readonly bindDn: string;
  /**
   * "Use FIPS certified encryption algorithms only".
   * @default false
   */
  readonly fipsOnly?: boolean;
  /**
   * Proxy server URL for the agent's connection to Okta ("Use Proxy Server").
   * @default - no proxy
   */
  readonly proxyUrl?: string;
  /**
   * Okta org URL the agent registers with, e.g. `https://example.okta.com`.
   * @default - not recorded; the admin pastes the URL of the org the provider deploys to
   */
  readonly oktaOrgUrl?: string;
}

/** Schema settings: the vendor template and the attributes that identify an entry ("LDAP version" section). */
export interface LdapSchemaSettings {
  /**
   * LDAP version (vendor template).
   * @default LdapVendor.OPENLDAP
   */
  readonly ldapVersion?: LdapVendor;
  /**
   * Unique identifier attribute. `entrydn` changes when an entry is renamed (validation warns);
   * `entryuuid` is stable on RFC 4530 servers.
   * @default 'entryuuid'
   */
  readonly uniqueIdentifierAttribute?: string;
  /**
   * DN attribute.
   * @default 'entrydn'
   */
  readonly dnAttribute?: string;
}

/** An extra LDAP user attribute imported into Okta (at most four, like the console). */
export interface LdapExtraUserAttribute {
  /** LDAP attribute name, e.g. `employeeType`. Becomes the app user schema property's `external_name`. */
  readonly ldapAttribute: string;
  /**
   * Name of the property in the LDAP app's user profile.
   * @default - the LDAP attribute name
   */
  readonly profileProperty?: string;
  /**
   * Display title of the app user schema property.
   * @default - the LDAP attribute name
   */
  readonly title?: string;
}

/** User settings ("User" section). */
export interface LdapUserSettings {
  /** User search base. Must be inside the root DN. */
  readonly searchBase: string;
  /**
   * User object class.
   * @default 'inetorgperson'
   */
  readonly objectClass?: string;
  /**
   * Auxiliary object classes.
   * @default []
   */
  readonly auxiliaryObjectClasses?: string[];
  /**
   * User object filter (RFC 4515).
   * @default - (objectclass=<objectClass>): the object class above
   */
  readonly objectFilter?: string;
  /**
   * Account disabled attribute, e.g. `pwdlock`.
   * @default - none: users are never imported as disabled
   */
  readonly accountDisabledAttribute?: string;
  /**
   * Value of the disabled attribute that means "disabled", e.g. `true`.
   * @default - none
   */
  readonly accountDisabledValue?: string;
  /**
   * Value of the disabled attribute that means "enabled".
   * @default - none
   */
  readonly accountEnabledValue?: string;
  /**
   * Password attribute (used for delegated authentication / password import).
   * @default 'userpassword'
   */
  readonly passwordAttribute?: string;
  /**
   * Password expiration attribute.
   * @default - none
   */
  readonly passwordExpirationAttribute?: string;
  /**
   * Extra user attributes to import (at most 4).
   * @default []
   */
  readonly extraAttributes?: LdapExtraUserAttribute[];
}

/** Group settings ("Group" section). */
export interface LdapGroupSettings {
  /** Group search base. Must be inside the root DN. JumpCloud keeps groups in `ou=Users`. */
  readonly searchBase: string;
  /**
   * Group object class.
   * @default 'groupofnames'
   */
  readonly objectClass?: string;
  /**
   * Group object filter (RFC 4515).
   * @default - (objectclass=<objectClass>): the object class above
   */
  readonly objectFilter?: string;
  /**
   * Member attribute on the group entry.
   * @default 'member'
   */
  readonly memberAttribute?: string;
  /**
   * User attribute linking a user to its groups (Okta advises leaving it empty unless groups are
   * posixGroup; JumpCloud's recipe sets `memberof`).
   * @default - none
   */
  readonly userAttribute?: string;
}

/** Role settings ("Role" section). */
export interface LdapRoleSettings {
  /**
   * Role object class.
   * @default - none: roles are not imported
   */
  readonly objectClass?: string;
  /**
   * Role membership attribute on the user.
   * @default - none
   */
  readonly membershipAttribute?: string;
}

/** Provisioning settings (the LDAP app's Provisioning tab, "To Okta"). */
export interface LdapProvisioningSettings {
  /**
   * Okta username format. The result must be email-shaped.
   * @default OktaUsernameFormat.EMAIL
   */
  readonly usernameFormat?: OktaUsernameFormat;
  /**
   * Suffix appended to the UID for `UID_WITH_SUFFIX`.
   * @default - none
   */
  readonly usernameSuffix?: string;
  /**
   * Domain for `UID_AT_DOMAIN`.
   * @default - none
   */
  readonly usernameDomain?: string;
  /**
   * Attribute for `FROM_SCHEMA`.
   * @default - none
   */
  readonly usernameAttribute?: string;
}

/**
 * Every setting of one Okta LDAP directory integration, as typed by an admin. Optional values get
 * the defaults listed on each field (see `resolveDirectorySettings`).
 */
export interface LdapDirectorySettings {
  /** Agent settings (LDAP agent installer). */
  readonly agent: LdapAgentSettings;
  /**
   * Schema settings: vendor template, unique identifier and DN attributes.
   * @default - OpenLDAP, `entryuuid`, `entrydn`
   */
  readonly schema?: LdapSchemaSettings;
  /** User settings. */
  readonly user: LdapUserSettings;
  /** Group settings. */
  readonly group: LdapGroupSettings;
  /**
   * Role settings.
   * @default - roles not imported
   */
  readonly role?: LdapRoleSettings;
  /**
   * Provisioning settings (how imported users are named in Okta).
   * @default - username format EMAIL
   */
  readonly provisioning?: LdapProvisioningSettings;
  /**
   * Name of the preset these settings came from (informational, shown in reports).
   * @default - none
   */
  readonly preset?: string;
}

/** Agent settings with every default filled in. */
export interface ResolvedLdapAgentSettings {
  /** See {@link LdapAgentSettings.host}. */
  readonly host: string;
  /** See {@link LdapAgentSettings.port}. */
  readonly port: number;
  /** See {@link LdapAgentSettings.connectionSecurity}. */
  readonly connectionSecurity: LdapConnectionSecurity;
  /** See {@link LdapAgentSettings.allowPlainLdap}. */
  readonly allowPlainLdap: boolean;
  /** See {@link LdapAgentSettings.rootDn}. */
  readonly rootDn: string;
  /** See {@link LdapAgentSettings.bindDn}. */
  readonly bindDn: string;
  /** See {@link LdapAgentSettings.fipsOnly}. */
  readonly fipsOnly: boolean;
  /**
   * See {@link LdapAgentSettings.proxyUrl}.
   * @default - none
   */
  readonly proxyUrl?: string;
  /**
   * See {@link LdapAgentSettings.oktaOrgUrl}.
   * @default - none
   */
  readonly oktaOrgUrl?: string;
}

/** Schema settings with every default filled in. */
export interface ResolvedLdapSchemaSettings {
  /** See {@link LdapSchemaSettings.ldapVersion}. */
  readonly ldapVersion: LdapVendor;
  /** See {@link LdapSchemaSettings.uniqueIdentifierAttribute}. */
  readonly uniqueIdentifierAttribute: string;
  /** See {@link LdapSchemaSettings.dnAttribute}. */
  readonly dnAttribute: string;
}

/** User settings with every default filled in. */
export interface ResolvedLdapUserSettings {
  /** See {@link LdapUserSettings.searchBase}. */
  readonly searchBase: string;
  /** See {@link LdapUserSettings.objectClass}. */
  readonly objectClass: string;
  /** See {@link LdapUserSettings.auxiliaryObjectClasses}. */
  readonly auxiliaryObjectClasses: string[];
  /** See {@link LdapUserSettings.objectFilter}. */
  readonly objectFilter: string;
  /**
   * See {@link LdapUserSettings.accountDisabledAttribute}.
   * @default - none
   */
  readonly accountDisabledAttribute?: string;
  /**
   * See {@link LdapUserSettings.accountDisabledValue}.
   * @default - none
   */
  readonly accountDisabledValue?: string;
  /**
   * See {@link LdapUserSettings.accountEnabledValue}.
   * @default - none
   */
  readonly accountEnabledValue?: string;
  /** See {@link LdapUserSettings.passwordAttribute}. */
  readonly passwordAttribute: string;
  /**
   * See {@link LdapUserSettings.passwordExpirationAttribute}.
   * @default - none
   */
  readonly passwordExpirationAttribute?: string;
  /** See {@link LdapUserSettings.extraAttributes}. */
  readonly extraAttributes: LdapExtraUserAttribute[];
}

/** Group settings with every default filled in. */
export interface ResolvedLdapGroupSettings {
  /** See {@link LdapGroupSettings.searchBase}. */
  readonly searchBase: string;
  /** See {@link LdapGroupSettings.objectClass}. */
  readonly objectClass: string;
  /** See {@link LdapGroupSettings.objectFilter}. */
  readonly objectFilter: string;
  /** See {@link LdapGroupSettings.memberAttribute}. */
  readonly memberAttribute: string;
  /**
   * See {@link LdapGroupSettings.userAttribute}.
   * @default - none
   */
  readonly userAttribute?: string;
}

/** Provisioning settings with every default filled in. */
export interface ResolvedLdapProvisioningSettings {
  /** See {@link LdapProvisioningSettings.usernameFormat}. */
  readonly usernameFormat: OktaUsernameFormat;
  /**
   * See {@link LdapProvisioningSettings.usernameSuffix}.
   * @default - none
   */
  readonly usernameSuffix?: string;
  /**
   * See {@link LdapProvisioningSettings.usernameDomain}.
   * @default - none
   */
  readonly usernameDomain?: string;
  /**
   * See {@link LdapProvisioningSettings.usernameAttribute}.
   * @default - none
   */
  readonly usernameAttribute?: string;
}

/** Settings with every default filled in: what the construct records and the preflight reads. */
export interface ResolvedLdapDirectorySettings {
  /** The agent settings. */
  readonly agent: ResolvedLdapAgentSettings;
  /** The schema settings. */
  readonly schema: ResolvedLdapSchemaSettings;
  /** The user settings. */
  readonly user: ResolvedLdapUserSettings;
  /** The group settings. */
  readonly group: ResolvedLdapGroupSettings;
  /** The role settings (no defaults: unset fields stay unset). */
  readonly role: LdapRoleSettings;
  /** The provisioning settings. */
  readonly provisioning: ResolvedLdapProvisioningSettings;
  /**
   * See {@link LdapDirectorySettings.preset}.
   * @default - none
   */
  readonly preset?: string;
}

/**
 * Fills every default of the settings field table (`settings-fields.ts`, the defaults documented on
 * `LdapDirectorySettings`): given values as they are, then fixed defaults, then computed ones (which
 * read the first two). Each section lists its always-present fields (required or defaulted) first,
 * then the optional ones that are set, each in table order (the key order of the recorded
 * settings). Pure; does not validate; unknown keys are left out.
 */
export function resolveDirectorySettings(settings: LdapDirectorySettings): ResolvedLdapDirectorySettings {
  const given = settings as unknown as Partial<Record<SettingsSection, Record<string, unknown> | null>>;
  const values = new Map<SettingField, unknown>();
  for (const field of SETTING_FIELDS) {
    const value = given[field.section]?.[field.key];
    // A field without a default keeps whatever is given (null too); a defaulted one takes its default
    // for null as for undefined.
    if (field.default.kind === 'unset') {
      if (value !== undefined) values.set(field, value);
    } else if (value !== undefined && value !== null) values.set(field, value);
    else if (field.default.kind === 'value') values.set(field, copyOf(field.default.value));
  }
  const soFar = sections(values);
  for (const field of SETTING_FIELDS) {
    if (field.default.kind === 'computed' && !values.has(field)) {
      values.set(field, field.default.compute(soFar));
    }
  }
  return {
    ...sections(values),
    ...(settings.preset !== undefined ? { preset: settings.preset } : {}),
  } as unknown as ResolvedLdapDirectorySettings;
}

/** The resolved sections, in order, from the resolved value of each field. */
function sections(
  values: ReadonlyMap<SettingField, unknown>,
): Record<SettingsSection, Record<string, unknown>> {
  const out = {} as Record<SettingsSection, Record<string, unknown>>;
  for (const { section } of SETTINGS_SECTIONS) {
    const fields = SETTING_FIELDS.filter((f) => f.section === section);
    const alwaysPresent = fields.filter(
      (f) => f.presence === SettingPresence.REQUIRED || f.default.kind !== 'unset',
    );
    const optional = fields.filter((f) => !alwaysPresent.includes(f) && values.get(f) !== undefined);
    out[section] = Object.fromEntries([...alwaysPresent, ...optional].map((f) => [f.key, values.get(f)]));
  }
  return out;
}

/** A fresh copy of a fixed default, so that no two resolved settings share a list. */
function copyOf(value: unknown): unknown {
  return Array.isArray(value) ? [...(value as unknown[])] : value;
}

// ---- Compile-time check: the field table and the interfaces list the same fields. ----
// `Exact<A, B>` is `true` only when A and B are the same union of keys; otherwise the assignment of
// `true` below fails to compile and names the section.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const tableMatchesInterfaces: {
  agent: Exact<SettingsTableKeys['agent'], keyof LdapAgentSettings>;
  schema: Exact<SettingsTableKeys['schema'], keyof LdapSchemaSettings>;
  user: Exact<SettingsTableKeys['user'], keyof LdapUserSettings>;
  group: Exact<SettingsTableKeys['group'], keyof LdapGroupSettings>;
  role: Exact<SettingsTableKeys['role'], keyof LdapRoleSettings>;
  provisioning: Exact<SettingsTableKeys['provisioning'], keyof LdapProvisioningSettings>;
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
