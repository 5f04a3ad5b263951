import {
  LdapConnectionSecurity,
  LdapVendor,
  OktaUsernameFormat,
} from '../../../lib/settings/setting-choices';
import { openLdapDirectory } from '../../../lib/presets/openldap/openldap-directory';

const base = {
  host: 'ldap.example.com',
  baseDn: 'dc=example,dc=com',
  bindDn: 'cn=okta-agent,ou=services,dc=example,dc=com',
};

describe('openLdapDirectory', () => {
  test('gives LDAPS on 636, entryuuid, ou=people and ou=groups', () => {
    expect(openLdapDirectory(base)).toEqual({
      agent: {
        host: 'ldap.example.com',
        port: 636,
        connectionSecurity: LdapConnectionSecurity.LDAPS,
        rootDn: 'dc=example,dc=com',
        bindDn: 'cn=okta-agent,ou=services,dc=example,dc=com',
        fipsOnly: false,
      },
      schema: {
        ldapVersion: LdapVendor.OPENLDAP,
        uniqueIdentifierAttribute: 'entryuuid',
        dnAttribute: 'entrydn',
      },
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
      provisioning: { usernameFormat: OktaUsernameFormat.EMAIL },
      preset: 'openldap',
    });
  });

  test('STARTTLS uses port 389', () => {
    const settings = openLdapDirectory({ ...base, connectionSecurity: LdapConnectionSecurity.STARTTLS });
    expect(settings.agent.port).toBe(389);
    expect(settings.agent.connectionSecurity).toBe(LdapConnectionSecurity.STARTTLS);
  });

  test('the users and groups containers can be renamed or dropped', () => {
    const settings = openLdapDirectory({ ...base, usersRdn: 'ou=Users', groupsRdn: '' });
    expect(settings.user.searchBase).toBe('ou=Users,dc=example,dc=com');
    expect(settings.group.searchBase).toBe('dc=example,dc=com');
  });

  test('sections can be overridden field by field', () => {
    const settings = openLdapDirectory({
      ...base,
      agent: { oktaOrgUrl: 'https://example.okta.com' },
      group: {
        objectClass: 'posixGroup',
        objectFilter: '(objectclass=posixGroup)',
        memberAttribute: 'memberUid',
        userAttribute: 'uid',
      },
      role: { objectClass: 'organizationalRole', membershipAttribute: 'roleOccupant' },
    });
    expect(settings.agent.oktaOrgUrl).toBe('https://example.okta.com');
    expect(settings.group).toEqual({
      searchBase: 'ou=groups,dc=example,dc=com',
      objectClass: 'posixGroup',
      objectFilter: '(objectclass=posixGroup)',
      memberAttribute: 'memberUid',
      userAttribute: 'uid',
    });
    expect(settings.role).toEqual({ objectClass: 'organizationalRole', membershipAttribute: 'roleOccupant' });
  });
});
