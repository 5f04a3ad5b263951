import { DirectoryPreset } from '../../lib/presets/directory-preset';
import { freeIpaDirectory } from '../../lib/presets/freeipa/freeipa-directory';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { JumpCloudRegion } from '../../lib/presets/jumpcloud/jumpcloud-region';
import { openLdapDirectory } from '../../lib/presets/openldap/openldap-directory';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';

describe('DirectoryPreset: the presets as static factories (the way Python, Java and Go call them)', () => {
  test('jumpCloud gives the settings of jumpCloudDirectory, overrides included', () => {
    const props = {
      orgId: '5f3c0a1b2c3d4e5f60718293',
      bindUser: 'okta-bind',
      region: JumpCloudRegion.EU,
      user: { extraAttributes: [{ ldapAttribute: 'employeeType' }] },
    };
    const settings = DirectoryPreset.jumpCloud(props);
    expect(settings).toEqual(jumpCloudDirectory(props));
    expect(settings.agent.host).toBe('ldap.eu.jumpcloud.com');
    expect(settings.user.extraAttributes).toEqual([{ ldapAttribute: 'employeeType' }]);
    expect(settings.preset).toBe('jumpcloud');
  });

  test('openLdap gives the settings of openLdapDirectory', () => {
    const props = {
      host: 'ldap.example.com',
      baseDn: 'dc=example,dc=com',
      bindDn: 'cn=okta,dc=example,dc=com',
      connectionSecurity: LdapConnectionSecurity.STARTTLS,
    };
    const settings = DirectoryPreset.openLdap(props);
    expect(settings).toEqual(openLdapDirectory(props));
    expect(settings.agent.port).toBe(389);
    expect(settings.preset).toBe('openldap');
  });

  test('freeIpa gives the settings of freeIpaDirectory', () => {
    const props = {
      host: 'ipa.example.com',
      baseDn: 'dc=example,dc=com',
      bindDn: 'uid=okta,cn=sysaccounts,cn=etc,dc=example,dc=com',
    };
    const settings = DirectoryPreset.freeIpa(props);
    expect(settings).toEqual(freeIpaDirectory(props));
    expect(settings.user?.searchBase).toBe('cn=users,cn=accounts,dc=example,dc=com');
    expect(settings.preset).toBe('freeipa');
  });
});
