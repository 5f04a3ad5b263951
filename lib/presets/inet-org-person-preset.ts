/**
 * The layout every preset of this package shares: users are `inetOrgPerson` entries and groups
 * `groupOfNames` entries listing their members in `member`, each found by its object class; passwords
 * are in `userPassword`; the console's OpenLDAP template with `entrydn`; Okta usernames are emails;
 * LDAPS with FIPS off. A preset states only where its entries are and what its directory does
 * differently (the unique identifier, a disabled-account attribute, `memberOf`, roles).
 */
import type { LdapDirectorySettings, LdapRoleSettings } from '../settings/ldap-directory-settings';
import {
  defaultPort,
  LdapConnectionSecurity,
  LdapVendor,
  OktaUsernameFormat,
} from '../settings/setting-choices';
import { applyDirectoryOverrides, type LdapDirectorySettingsOverrides } from './directory-settings-overrides';

/** What a preset of the shared layout states of its own directory. */
export interface InetOrgPersonDirectory {
  /** The `preset` name recorded in the settings. */
  readonly preset: string;
  readonly host: string;
  /** @default LdapConnectionSecurity.LDAPS (port 636; 389 for the others) */
  readonly connectionSecurity?: LdapConnectionSecurity;
  readonly rootDn: string;
  readonly bindDn: string;
  /** The attribute that identifies an entry for good. */
  readonly uniqueIdentifierAttribute: string;
  /** The user search base. */
  readonly usersDn: string;
  /** The group search base. */
  readonly groupsDn: string;
  /**
   * The attribute that marks a disabled account, and its value then.
   * @default - none: users are never imported as disabled
   */
  readonly accountDisabled?: { readonly attribute: string; readonly value: string };
  /**
   * The user attribute that lists a user's groups (`memberOf`).
   * @default - none
   */
  readonly groupsOfUserAttribute?: string;
  /** @default - no role settings */
  readonly role?: LdapRoleSettings;
}

/** The settings of a directory of the shared layout, with `overrides` laid over them field by field. */
export function inetOrgPersonPreset(
  directory: InetOrgPersonDirectory,
  overrides: LdapDirectorySettingsOverrides,
): LdapDirectorySettings {
  const security = directory.connectionSecurity ?? LdapConnectionSecurity.LDAPS;
  const { accountDisabled, groupsOfUserAttribute, role } = directory;
  const preset: LdapDirectorySettings = {
    agent: {
      host: directory.host,
      port: defaultPort(security),
      connectionSecurity: security,
      rootDn: directory.rootDn,
      bindDn: directory.bindDn,
      fipsOnly: false,
    },
    schema: {
      ldapVersion: LdapVendor.OPENLDAP,
      uniqueIdentifierAttribute: directory.uniqueIdentifierAttribute,
      dnAttribute: 'entrydn',
    },
    user: {
      searchBase: directory.usersDn,
      objectClass: 'inetorgperson',
      objectFilter: '(objectclass=inetorgperson)',
      ...(accountDisabled !== undefined
        ? { accountDisabledAttribute: accountDisabled.attribute, accountDisabledValue: accountDisabled.value }
        : {}),
      passwordAttribute: 'userpassword',
    },
    group: {
      searchBase: directory.groupsDn,
      objectClass: 'groupofnames',
      objectFilter: '(objectclass=groupofnames)',
      memberAttribute: 'member',
      ...(groupsOfUserAttribute !== undefined ? { userAttribute: groupsOfUserAttribute } : {}),
    },
    ...(role !== undefined ? { role } : {}),
    provisioning: {
      usernameFormat: OktaUsernameFormat.EMAIL,
    },
    preset: directory.preset,
  };
  return applyDirectoryOverrides(preset, overrides);
}
