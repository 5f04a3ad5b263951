/**
 * The fixed value sets of the choice settings of an Okta LDAP directory integration: the transport,
 * the vendor template and the Okta username format (see `ldap-directory-settings.ts`).
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

/** Default port for a transport: 636 for LDAPS, 389 otherwise. */
export function defaultPort(security: LdapConnectionSecurity): number {
  return security === LdapConnectionSecurity.LDAPS ? 636 : 389;
}
