import { inetOrgPersonPreset } from '../../lib/presets/inet-org-person-preset';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';

const DIRECTORY = {
  preset: 'example',
  host: 'ldap.example.com',
  rootDn: 'dc=example,dc=com',
  bindDn: 'cn=agent,dc=example,dc=com',
  uniqueIdentifierAttribute: 'entryuuid',
  usersDn: 'ou=people,dc=example,dc=com',
  groupsDn: 'ou=groups,dc=example,dc=com',
};

describe('inetOrgPersonPreset', () => {
  test('the shared layout, with no key for what the directory does not state', () => {
    const settings = inetOrgPersonPreset(DIRECTORY, {});
    expect(settings).toStrictEqual({
      agent: {
        host: 'ldap.example.com',
        port: 636,
        connectionSecurity: LdapConnectionSecurity.LDAPS,
        rootDn: 'dc=example,dc=com',
        bindDn: 'cn=agent,dc=example,dc=com',
        fipsOnly: false,
      },
      schema: { ldapVersion: 'OpenLDAP', uniqueIdentifierAttribute: 'entryuuid', dnAttribute: 'entrydn' },
      user: {
        searchBase: 'ou=people,dc=example,dc=com',
        objectClass: 'inetorgperson',
        objectFilter: '(objectclass=inetorgperson)',
        passwordAttribute: 'userpassword',
      },
      group: {
        searchBase: 'ou=groups,dc=example,dc=com',
        objectClass: 'groupofnames',
        objectFilter: '(objectclass=groupofnames)',
        memberAttribute: 'member',
      },
      provisioning: { usernameFormat: 'EMAIL' },
      preset: 'example',
    });
    expect(Object.keys(settings)).not.toContain('role');
  });

  test('what a directory states of its own, then the overrides on top', () => {
    const settings = inetOrgPersonPreset(
      {
        ...DIRECTORY,
        connectionSecurity: LdapConnectionSecurity.STARTTLS,
        accountDisabled: { attribute: 'nsaccountlock', value: 'TRUE' },
        groupsOfUserAttribute: 'memberof',
        role: { objectClass: 'groupofnames' },
      },
      { group: { memberAttribute: 'uniquemember' } },
    );
    expect(settings.agent).toMatchObject({ port: 389, connectionSecurity: LdapConnectionSecurity.STARTTLS });
    expect(settings.user).toMatchObject({
      accountDisabledAttribute: 'nsaccountlock',
      accountDisabledValue: 'TRUE',
    });
    expect(settings.group).toMatchObject({ userAttribute: 'memberof', memberAttribute: 'uniquemember' });
    expect(settings.role).toStrictEqual({ objectClass: 'groupofnames' });
  });
});
