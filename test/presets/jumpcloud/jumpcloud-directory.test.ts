import { Lazy } from 'cdktf';
import { resolveDirectorySettings } from '../../../lib/settings/ldap-directory-settings';
import {
  LdapConnectionSecurity,
  LdapVendor,
  OktaUsernameFormat,
} from '../../../lib/settings/setting-choices';
import { jumpCloudDirectory, jumpCloudUsersDn } from '../../../lib/presets/jumpcloud/jumpcloud-directory';
import { JumpCloudRegion } from '../../../lib/presets/jumpcloud/jumpcloud-region';
import { parseDn } from '../../../lib/ldap-names/dn';
import { validateIntegration } from '../../../lib/validation/validate-integration';

const ORG_ID = '5f3c0a1b2c3d4e5f60718293';

describe('jumpCloudDirectory', () => {
  test("equals the seed recipe's settings, value for value", () => {
    // Written from ../shared/seed/jumpcloud-ldap-with-okta.txt ("Integrate JumpCloud LDAP with Okta"):
    //   Root DN: ou=Users,o=YOUR_ORG_ID,dc=jumpcloud,dc=com
    //   Bind DN: uid=LDAP_BIND_USER,ou=Users,o=YOUR_ORG_ID,dc=jumpcloud,dc=com
    //   SSL on, SSL port 636, FIPS off, no proxy; LDAP Version OpenLDAP
    //   Unique Identifier Attribute entrydn, DN Attribute entrydn
    //   User Search Base ou=Users,o=YOUR_ORG_ID,..., User Object Class inetorgperson,
    //   User Object Filter (objectclass=inetorgperson), Account Disabled Attribute pwdlock,
    //   Account Disabled Value true, Password Attribute userpassword
    //   Group Search Base ou=Users,o=YOUR_ORG_ID,..., Group Object Class groupofnames,
    //   Group Object Filter (objectclass=groupofnames), Member Attribute member, User Attribute memberof
    //   Role Object Class groupofnames, Membership Attribute memberof; username: email
    expect(jumpCloudDirectory({ orgId: ORG_ID, bindUser: 'okta-bind' })).toEqual({
      agent: {
        host: 'ldap.jumpcloud.com',
        port: 636,
        connectionSecurity: LdapConnectionSecurity.LDAPS,
        rootDn: 'ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
        bindDn: 'uid=okta-bind,ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
        fipsOnly: false,
      },
      schema: {
        ldapVersion: LdapVendor.OPENLDAP,
        uniqueIdentifierAttribute: 'entrydn',
        dnAttribute: 'entrydn',
      },
      user: {
        searchBase: 'ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
        objectClass: 'inetorgperson',
        objectFilter: '(objectclass=inetorgperson)',
        accountDisabledAttribute: 'pwdlock',
        accountDisabledValue: 'true',
        passwordAttribute: 'userpassword',
      },
      group: {
        searchBase: 'ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
        objectClass: 'groupofnames',
        objectFilter: '(objectclass=groupofnames)',
        memberAttribute: 'member',
        userAttribute: 'memberof',
      },
      role: { objectClass: 'groupofnames', membershipAttribute: 'memberof' },
      provisioning: { usernameFormat: OktaUsernameFormat.EMAIL },
      preset: 'jumpcloud',
    });
  });

  test('resolves with no proxy, plain LDAP not allowed, no auxiliary classes or extra attributes', () => {
    const resolved = resolveDirectorySettings(jumpCloudDirectory({ orgId: ORG_ID, bindUser: 'okta-bind' }));
    expect(resolved.agent.proxyUrl).toBeUndefined();
    expect(resolved.agent.oktaOrgUrl).toBeUndefined();
    expect(resolved.agent.allowPlainLdap).toBe(false);
    expect(resolved.user.auxiliaryObjectClasses).toEqual([]);
    expect(resolved.user.extraAttributes).toEqual([]);
    expect(resolved.user.accountEnabledValue).toBeUndefined();
    expect(resolved.user.passwordExpirationAttribute).toBeUndefined();
  });

  test('the EU region uses ldap.eu.jumpcloud.com; US is the default', () => {
    expect(jumpCloudDirectory({ orgId: ORG_ID, bindUser: 'b', region: JumpCloudRegion.EU }).agent.host).toBe(
      'ldap.eu.jumpcloud.com',
    );
    expect(jumpCloudDirectory({ orgId: ORG_ID, bindUser: 'b', region: JumpCloudRegion.US }).agent.host).toBe(
      'ldap.jumpcloud.com',
    );
  });

  test('escapes the bind user as an RDN value', () => {
    const settings = jumpCloudDirectory({ orgId: ORG_ID, bindUser: 'Smith, J+1' });
    expect(settings.agent.bindDn).toBe(
      'uid=Smith\\, J\\+1,ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
    );
    expect(parseDn(settings.agent.bindDn)[0]).toEqual([{ type: 'uid', value: 'Smith, J+1', hex: false }]);
  });

  test('records the Okta org URL given as agent.oktaOrgUrl', () => {
    expect(
      jumpCloudDirectory({ orgId: ORG_ID, bindUser: 'b', agent: { oktaOrgUrl: 'https://example.okta.com' } })
        .agent.oktaOrgUrl,
    ).toBe('https://example.okta.com');
    expect(jumpCloudDirectory({ orgId: ORG_ID, bindUser: 'b' }).agent.oktaOrgUrl).toBeUndefined();
  });

  test('overrides replace single fields of a section and keep the rest', () => {
    const settings = jumpCloudDirectory({
      orgId: ORG_ID,
      bindUser: 'okta-bind',
      schema: { uniqueIdentifierAttribute: 'entryuuid' },
      user: {
        objectFilter: '(&(objectclass=inetorgperson)(!(pwdlock=true)))',
        extraAttributes: [{ ldapAttribute: 'employeeType' }],
      },
      group: { userAttribute: undefined },
      agent: { port: 6360 },
    });
    expect(settings.schema).toEqual({
      ldapVersion: LdapVendor.OPENLDAP,
      uniqueIdentifierAttribute: 'entryuuid',
      dnAttribute: 'entrydn',
    });
    expect(settings.user.objectFilter).toBe('(&(objectclass=inetorgperson)(!(pwdlock=true)))');
    expect(settings.user.accountDisabledAttribute).toBe('pwdlock');
    expect(settings.user.extraAttributes).toEqual([{ ldapAttribute: 'employeeType' }]);
    expect(settings.group.userAttribute).toBe('memberof');
    expect(settings.agent.port).toBe(6360);
    expect(settings.agent.host).toBe('ldap.jumpcloud.com');
    expect(settings.preset).toBe('jumpcloud');
  });

  test('does not share objects between calls', () => {
    const a = jumpCloudDirectory({ orgId: ORG_ID, bindUser: 'a' });
    const b = jumpCloudDirectory({ orgId: ORG_ID, bindUser: 'b', user: { objectClass: 'person' } });
    expect(a.user.objectClass).toBe('inetorgperson');
    expect(b.user.objectClass).toBe('person');
  });

  test('a token org id (e.g. a Terraform variable) is embedded unchanged and not validated', () => {
    const orgId = Lazy.stringValue({ produce: () => 'from-terraform' });
    const settings = jumpCloudDirectory({ orgId, bindUser: 'okta-bind' });
    expect(settings.agent.rootDn).toBe(`ou=Users,o=${orgId},dc=jumpcloud,dc=com`);
    const result = validateIntegration({
      settings: resolveDirectorySettings(settings),
      userMappings: {},
      groupMappings: [],
      roleMappings: [],
    });
    expect(result.errors).toEqual([]);
  });

  test('jumpCloudUsersDn escapes the org id', () => {
    expect(jumpCloudUsersDn(ORG_ID)).toBe('ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com');
    expect(jumpCloudUsersDn('a,b')).toBe('ou=Users,o=a\\,b,dc=jumpcloud,dc=com');
  });
});
