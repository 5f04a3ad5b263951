/**
 * A generic OpenLDAP preset: an RFC 4530 server (stable `entryuuid`) with users in `ou=people` and
 * groups in `ou=groups` under one base DN.
 */
import type { LdapDirectorySettings } from '../../settings/ldap-directory-settings';
import type { LdapConnectionSecurity } from '../../settings/setting-choices';
import type { LdapDirectorySettingsOverrides } from '../directory-settings-overrides';
import { inetOrgPersonPreset } from '../inet-org-person-preset';

/** The `preset` name recorded in the settings (shown in reports). */
export const OPENLDAP_PRESET_NAME = 'openldap';

/** Options of `openLdapDirectory`. */
export interface OpenLdapDirectoryProps extends LdapDirectorySettingsOverrides {
  /** LDAP server host name or IP address, e.g. `ldap.example.com`. */
  readonly host: string;
  /** Base DN of the tree (the root DN), e.g. `dc=example,dc=com`. */
  readonly baseDn: string;
  /** DN of the user the agent binds as, e.g. `cn=okta-agent,ou=services,dc=example,dc=com`. */
  readonly bindDn: string;
  /**
   * Transport security. 389 is used for STARTTLS, 636 for LDAPS.
   * @default LdapConnectionSecurity.LDAPS
   */
  readonly connectionSecurity?: LdapConnectionSecurity;
  /**
   * RDN of the users' container below `baseDn`, e.g. `ou=people`. Empty string: users directly
   * under `baseDn`.
   * @default 'ou=people'
   */
  readonly usersRdn?: string;
  /**
   * RDN of the groups' container below `baseDn`. Empty string: groups directly under `baseDn`.
   * @default 'ou=groups'
   */
  readonly groupsRdn?: string;
}

/**
 * Settings for a typical OpenLDAP server:
 *
 * | section | setting | value |
 * |---|---|---|
 * | agent | port, security | 636 LDAPS (389 with STARTTLS), FIPS off, no proxy |
 * | agent | root DN | `baseDn` |
 * | directory | LDAP version, unique identifier, DN attribute | OpenLDAP, `entryuuid`, `entrydn` |
 * | user | search base, object class, filter | `ou=people,<baseDn>`, `inetorgperson`, `(objectclass=inetorgperson)` |
 * | user | password attribute | `userpassword` (no account disabled attribute) |
 * | group | search base, object class, filter | `ou=groups,<baseDn>`, `groupofnames`, `(objectclass=groupofnames)` |
 * | group | member attribute | `member` (no user attribute: Okta's advice for non-posixGroup groups) |
 * | import | Okta username format | email |
 *
 * Every section can be overridden field by field.
 */
export function openLdapDirectory(props: OpenLdapDirectoryProps): LdapDirectorySettings {
  const { host, baseDn, bindDn, connectionSecurity, usersRdn, groupsRdn, ...overrides } = props;
  const under = (rdn: string): string => (rdn === '' ? baseDn : `${rdn},${baseDn}`);
  return inetOrgPersonPreset(
    {
      preset: OPENLDAP_PRESET_NAME,
      host,
      ...(connectionSecurity !== undefined ? { connectionSecurity } : {}),
      rootDn: baseDn,
      bindDn,
      uniqueIdentifierAttribute: 'entryuuid',
      usersDn: under(usersRdn ?? 'ou=people'),
      groupsDn: under(groupsRdn ?? 'ou=groups'),
    },
    overrides,
  );
}
