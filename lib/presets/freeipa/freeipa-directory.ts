/**
 * The FreeIPA preset: the settings of a FreeIPA domain (389 Directory Server underneath), whose
 * accounts live in `cn=users,cn=accounts,<base DN>` and groups in `cn=groups,cn=accounts,<base DN>`.
 */
import type { LdapDirectorySettings } from '../../settings/ldap-directory-settings';
import { LdapConnectionSecurity, LdapVendor, OktaUsernameFormat } from '../../settings/setting-choices';
import {
  applyDirectoryOverrides,
  type LdapDirectorySettingsOverrides,
} from '../directory-settings-overrides';

/** The `preset` name recorded in the settings (shown in reports; turns on the FreeIPA rules). */
export const FREEIPA_PRESET_NAME = 'freeipa';

/** Options of `freeIpaDirectory`. */
export interface FreeIpaDirectoryProps extends LdapDirectorySettingsOverrides {
  /** Host name of an IPA server, e.g. `ipa.example.com` (its certificate is issued by the IPA CA). */
  readonly host: string;
  /** Base DN of the IPA domain, e.g. `dc=example,dc=com` for the domain `example.com`. */
  readonly baseDn: string;
  /**
   * DN the agent binds as: a system account is usual, e.g.
   * `uid=okta-agent,cn=sysaccounts,cn=etc,dc=example,dc=com`.
   */
  readonly bindDn: string;
}

/** `cn=users,cn=accounts,<baseDn>`: where FreeIPA keeps active user accounts. */
export function freeIpaUsersDn(baseDn: string): string {
  return `cn=users,cn=accounts,${baseDn}`;
}

/** `cn=groups,cn=accounts,<baseDn>`: where FreeIPA keeps user groups. */
export function freeIpaGroupsDn(baseDn: string): string {
  return `cn=groups,cn=accounts,${baseDn}`;
}

/**
 * Settings for a FreeIPA domain:
 *
 * | section | setting | value |
 * |---|---|---|
 * | agent | host, port, security | `host`, 636, LDAPS, FIPS off, no proxy |
 * | agent | root DN, bind DN | `baseDn`, `bindDn` |
 * | directory | LDAP version, unique identifier, DN attribute | OpenLDAP (Okta lists no FreeIPA or 389 Directory Server), `ipauniqueid`, `entrydn` |
 * | user | search base, object class, filter | `cn=users,cn=accounts,<baseDn>`, `inetorgperson`, `(objectclass=inetorgperson)` |
 * | user | account disabled attribute / value, password attribute | `nsaccountlock` / `TRUE`, `userpassword` |
 * | group | search base, object class, filter | `cn=groups,cn=accounts,<baseDn>`, `groupofnames`, `(objectclass=groupofnames)` |
 * | group | member attribute, user attribute | `member`, `memberof` |
 * | import | Okta username format | email |
 *
 * `ipauniqueid` is FreeIPA's own stable identifier of every user and group (it survives a rename).
 * Every section can be overridden field by field.
 */
export function freeIpaDirectory(props: FreeIpaDirectoryProps): LdapDirectorySettings {
  const { host, baseDn, bindDn, ...overrides } = props;
  const preset: LdapDirectorySettings = {
    agent: {
      host,
      port: 636,
      connectionSecurity: LdapConnectionSecurity.LDAPS,
      rootDn: baseDn,
      bindDn,
      fipsOnly: false,
    },
    schema: {
      ldapVersion: LdapVendor.OPENLDAP,
      uniqueIdentifierAttribute: 'ipauniqueid',
      dnAttribute: 'entrydn',
    },
    user: {
      searchBase: freeIpaUsersDn(baseDn),
      objectClass: 'inetorgperson',
      objectFilter: '(objectclass=inetorgperson)',
      accountDisabledAttribute: 'nsaccountlock',
      accountDisabledValue: 'TRUE',
      passwordAttribute: 'userpassword',
    },
    group: {
      searchBase: freeIpaGroupsDn(baseDn),
      objectClass: 'groupofnames',
      objectFilter: '(objectclass=groupofnames)',
      memberAttribute: 'member',
      userAttribute: 'memberof',
    },
    provisioning: {
      usernameFormat: OktaUsernameFormat.EMAIL,
    },
    preset: FREEIPA_PRESET_NAME,
  };
  return applyDirectoryOverrides(preset, overrides);
}
