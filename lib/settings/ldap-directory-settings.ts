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

/** How the agent connects to the LDAP server ("Use SSL" in the agent installer). */
export enum LdapConnectionSecurity {
  /** LDAP over TLS from the first byte (the agent's "Use SSL", usually port 636). */
  LDAPS = 'LDAPS',
  /** Plain LDAP upgraded with the StartTLS extended operation (usually port 389). */
  STARTTLS = 'STARTTLS',
  /** Unencrypted LDAP. Refused by validation unless `allowPlainLdap` is set. */
  PLAIN = 'PLAIN',
}

/** The "LDAP version" (vendor template) chosen in the Okta console. */
export enum LdapVendor {
  OPENLDAP = 'OpenLDAP',
  AD_LDS = 'Microsoft AD LDS',
  EDIRECTORY = 'Novell eDirectory',
  IBM = 'IBM Tivoli Directory Server',
  OPENDJ = 'OpenDJ',
  ORACLE_INTERNET_DIRECTORY = 'Oracle Internet Directory',
  ODSEE = 'Oracle Directory Server Enterprise Edition',
  ORACLE_UNIFIED_DIRECTORY = 'Oracle Unified Directory',
}

/** The "Okta username format" used when users are imported. */
export enum OktaUsernameFormat {
  /** The user's email address (the JumpCloud recipe). */
  EMAIL = 'EMAIL',
  EMPLOYEE_NUMBER = 'EMPLOYEE_NUMBER',
  CN = 'CN',
  UID = 'UID',
  /** The UID with a custom suffix appended (see `usernameSuffix`). */
  UID_WITH_SUFFIX = 'UID_WITH_SUFFIX',
  /** `uid@domain` (see `usernameDomain`). */
  UID_AT_DOMAIN = 'UID_AT_DOMAIN',
  /** An attribute chosen from the schema (see `usernameAttribute`). */
  FROM_SCHEMA = 'FROM_SCHEMA',
}

/** Agent settings: what the LDAP agent installer asks for. */
export interface LdapAgentSettings {
  /** LDAP server host name, e.g. `ldap.jumpcloud.com`. */
  readonly host: string;
  /**
   * LDAP server port.
   * @default 636 for LDAPS, 389 for STARTTLS and PLAIN
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
   * @default - none
   */
  readonly auxiliaryObjectClasses?: string[];
  /**
   * User object filter (RFC 4515).
   * @default '(objectclass=<objectClass>)'
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
   * @default - none
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
   * @default '(objectclass=<objectClass>)'
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

/** Settings with every default filled in: what the construct records and the preflight reads. */
export interface ResolvedLdapDirectorySettings {
  readonly agent: Required<Omit<LdapAgentSettings, 'proxyUrl' | 'oktaOrgUrl'>> &
    Pick<LdapAgentSettings, 'proxyUrl' | 'oktaOrgUrl'>;
  readonly schema: Required<LdapSchemaSettings>;
  readonly user: Required<
    Pick<
      LdapUserSettings,
      | 'searchBase'
      | 'objectClass'
      | 'auxiliaryObjectClasses'
      | 'objectFilter'
      | 'passwordAttribute'
      | 'extraAttributes'
    >
  > &
    Pick<
      LdapUserSettings,
      | 'accountDisabledAttribute'
      | 'accountDisabledValue'
      | 'accountEnabledValue'
      | 'passwordExpirationAttribute'
    >;
  readonly group: Required<
    Pick<LdapGroupSettings, 'searchBase' | 'objectClass' | 'objectFilter' | 'memberAttribute'>
  > &
    Pick<LdapGroupSettings, 'userAttribute'>;
  readonly role: LdapRoleSettings;
  readonly provisioning: Required<Pick<LdapProvisioningSettings, 'usernameFormat'>> &
    Pick<LdapProvisioningSettings, 'usernameSuffix' | 'usernameDomain' | 'usernameAttribute'>;
  readonly preset?: string;
}

/** Default port for a transport: 636 for LDAPS, 389 otherwise. */
export function defaultPort(security: LdapConnectionSecurity): number {
  return security === LdapConnectionSecurity.LDAPS ? 636 : 389;
}

/** Fills every default documented on `LdapDirectorySettings`. Pure; does not validate. */
export function resolveDirectorySettings(settings: LdapDirectorySettings): ResolvedLdapDirectorySettings {
  const security = settings.agent.connectionSecurity ?? LdapConnectionSecurity.LDAPS;
  const userObjectClass = settings.user.objectClass ?? 'inetorgperson';
  const groupObjectClass = settings.group.objectClass ?? 'groupofnames';
  return {
    agent: {
      host: settings.agent.host,
      port: settings.agent.port ?? defaultPort(security),
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
