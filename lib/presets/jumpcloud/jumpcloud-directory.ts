/**
 * The JumpCloud preset: the settings of JumpCloud's recipe "Integrate JumpCloud LDAP with Okta",
 * value for value, for one JumpCloud org.
 */
import { escapeRdnValue } from '../../ldap-names/dn';
import type { LdapDirectorySettings } from '../../settings/ldap-directory-settings';
import type { LdapDirectorySettingsOverrides } from '../directory-settings-overrides';
import { inetOrgPersonPreset } from '../inet-org-person-preset';
import { JUMPCLOUD_LDAP_HOSTS, JumpCloudRegion } from './jumpcloud-region';

/** The `preset` name recorded in the settings (shown in reports; turns on the JumpCloud rules). */
export const JUMPCLOUD_PRESET_NAME = 'jumpcloud';

/** Options of `jumpCloudDirectory`. */
export interface JumpCloudDirectoryProps extends LdapDirectorySettingsOverrides {
  /**
   * The JumpCloud organization id (24 hex characters, e.g. `5f3c0a1b2c3d4e5f60718293`), shown in
   * JumpCloud's admin portal. Checked by rules OKLDAP-104 to OKLDAP-106.
   */
  readonly orgId: string;
  /**
   * User name (`uid`) of the JumpCloud user the agent binds as. The user must have
   * "Enable as LDAP Bind DN" set in JumpCloud. Escaped as an RDN value in the bind DN.
   */
  readonly bindUser: string;
  /**
   * JumpCloud region.
   * @default JumpCloudRegion.US (`ldap.jumpcloud.com`)
   */
  readonly region?: JumpCloudRegion;
}

/**
 * DN of a JumpCloud org's user tree: `ou=Users,o=<ORG_ID>,dc=jumpcloud,dc=com`. JumpCloud keeps
 * users and groups there.
 */
export function jumpCloudUsersDn(orgId: string): string {
  return `ou=Users,o=${escapeRdnValue(orgId)},dc=jumpcloud,dc=com`;
}

/**
 * Settings for JumpCloud's hosted LDAP, exactly as JumpCloud's recipe gives them:
 *
 * | section | setting | value |
 * |---|---|---|
 * | agent | host, port, security | `ldap.jumpcloud.com`, 636, LDAPS |
 * | agent | root DN | `ou=Users,o=<ORG_ID>,dc=jumpcloud,dc=com` |
 * | agent | bind DN | `uid=<BIND_USER>,ou=Users,o=<ORG_ID>,dc=jumpcloud,dc=com` |
 * | agent | FIPS only, proxy | off, none |
 * | directory | LDAP version, unique identifier, DN attribute | OpenLDAP, `entrydn`, `entrydn` |
 * | user | search base, object class, filter | root DN, `inetorgperson`, `(objectclass=inetorgperson)` |
 * | user | account disabled attribute / value, password attribute | `pwdlock` / `true`, `userpassword` |
 * | group | search base, object class, filter | root DN, `groupofnames`, `(objectclass=groupofnames)` |
 * | group | member attribute, user attribute | `member`, `memberof` |
 * | role | object class, membership attribute | `groupofnames`, `memberof` |
 * | import | Okta username format | email |
 *
 * Any section can be overridden field by field (`user: { accountDisabledAttribute: 'x' }`). The
 * settings carry `preset: 'jumpcloud'`; the JumpCloud validation rules read the org id back from the
 * root DN, so nothing else needs to be passed to `OktaLdapIntegration`.
 *
 * Validation warns (OKLDAP-111) that `entrydn` changes when a user is renamed; the recipe uses it,
 * so the preset keeps it.
 */
export function jumpCloudDirectory(props: JumpCloudDirectoryProps): LdapDirectorySettings {
  const { orgId, bindUser, region, ...overrides } = props;
  const usersDn = jumpCloudUsersDn(orgId);
  return inetOrgPersonPreset(
    {
      preset: JUMPCLOUD_PRESET_NAME,
      host: JUMPCLOUD_LDAP_HOSTS[region ?? JumpCloudRegion.US],
      rootDn: usersDn,
      bindDn: `uid=${escapeRdnValue(bindUser)},${usersDn}`,
      uniqueIdentifierAttribute: 'entrydn',
      usersDn,
      groupsDn: usersDn,
      accountDisabled: { attribute: 'pwdlock', value: 'true' },
      groupsOfUserAttribute: 'memberof',
      role: { objectClass: 'groupofnames', membershipAttribute: 'memberof' },
    },
    overrides,
  );
}
