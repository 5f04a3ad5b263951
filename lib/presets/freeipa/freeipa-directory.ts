/**
 * The FreeIPA preset: the settings of a FreeIPA domain (389 Directory Server underneath), whose
 * accounts live in `cn=users,cn=accounts,<base DN>` and groups in `cn=groups,cn=accounts,<base DN>`.
 */
import type { LdapDirectorySettings } from '../../settings/ldap-directory-settings';
import type { LdapDirectorySettingsOverrides } from '../directory-settings-overrides';
import { inetOrgPersonPreset } from '../inet-org-person-preset';

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
  return inetOrgPersonPreset(
    {
      preset: FREEIPA_PRESET_NAME,
      host,
      rootDn: baseDn,
      bindDn,
      uniqueIdentifierAttribute: 'ipauniqueid',
      usersDn: freeIpaUsersDn(baseDn),
      groupsDn: `cn=groups,cn=accounts,${baseDn}`,
      accountDisabled: { attribute: 'nsaccountlock', value: 'TRUE' },
      groupsOfUserAttribute: 'memberof',
    },
    overrides,
  );
}
