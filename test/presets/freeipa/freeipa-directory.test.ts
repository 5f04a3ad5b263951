import { Token } from 'cdktf';
import { freeIpaDirectory } from '../../../lib/presets/freeipa/freeipa-directory';
import { freeIpaUserBaseRule } from '../../../lib/presets/freeipa/freeipa-user-base';
import { validateIntegration } from '../../../lib/validation/validate-integration';
import {
  LdapConnectionSecurity,
  LdapVendor,
  OktaUsernameFormat,
} from '../../../lib/settings/setting-choices';
import { input, run } from '../../validation/rules/rule-fixtures';

const base = {
  host: 'ipa.example.com',
  baseDn: 'dc=example,dc=com',
  bindDn: 'uid=okta-agent,cn=sysaccounts,cn=etc,dc=example,dc=com',
};

describe('freeIpaDirectory', () => {
  test('gives LDAPS on 636, ipauniqueid, nsaccountlock and the cn=accounts containers', () => {
    expect(freeIpaDirectory(base)).toEqual({
      agent: {
        host: 'ipa.example.com',
        port: 636,
        connectionSecurity: LdapConnectionSecurity.LDAPS,
        rootDn: 'dc=example,dc=com',
        bindDn: 'uid=okta-agent,cn=sysaccounts,cn=etc,dc=example,dc=com',
        fipsOnly: false,
      },
      schema: {
        ldapVersion: LdapVendor.OPENLDAP,
        uniqueIdentifierAttribute: 'ipauniqueid',
        dnAttribute: 'entrydn',
      },
      user: {
        searchBase: 'cn=users,cn=accounts,dc=example,dc=com',
        objectClass: 'inetorgperson',
        objectFilter: '(objectclass=inetorgperson)',
        accountDisabledAttribute: 'nsaccountlock',
        accountDisabledValue: 'TRUE',
        passwordAttribute: 'userpassword',
      },
      group: {
        searchBase: 'cn=groups,cn=accounts,dc=example,dc=com',
        objectClass: 'groupofnames',
        objectFilter: '(objectclass=groupofnames)',
        memberAttribute: 'member',
        userAttribute: 'memberof',
      },
      provisioning: { usernameFormat: OktaUsernameFormat.EMAIL },
      preset: 'freeipa',
    });
  });

  test('its settings pass every rule', () => {
    const result = validateIntegration(input(freeIpaDirectory(base)));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('OKLDAP-122 FreeIPA user search base (warning)', () => {
  test('passes the preset value and a container inside it', () => {
    expect(run(freeIpaUserBaseRule, input(freeIpaDirectory(base)))).toEqual([]);
    const inside = freeIpaDirectory({
      ...base,
      user: { searchBase: 'ou=staff,cn=users,cn=accounts,dc=example,dc=com' },
    });
    expect(run(freeIpaUserBaseRule, input(inside))).toEqual([]);
  });

  test('warns when the user search base is the whole domain (staged and preserved users too)', () => {
    const wide = freeIpaDirectory({ ...base, user: { searchBase: 'dc=example,dc=com' } });
    expect(run(freeIpaUserBaseRule, input(wide))).toEqual([
      {
        ruleId: 'OKLDAP-122',
        severity: 'warning',
        path: 'directory.user.searchBase',
        value: 'dc=example,dc=com',
        message:
          "FreeIPA user search base 'dc=example,dc=com' is not inside 'cn=users,cn=accounts,dc=example,dc=com': the import would also reach staged and preserved users (cn=provisioning)",
        fix: "Set directory.user.searchBase to 'cn=users,cn=accounts,dc=example,dc=com' (or a container inside it), or leave it unset for the preset's value",
      },
    ]);
  });

  test('says nothing for other directories, unparsable DNs or tokens', () => {
    const { preset, ...custom } = freeIpaDirectory({ ...base, user: { searchBase: 'dc=example,dc=com' } });
    expect(preset).toBe('freeipa');
    expect(run(freeIpaUserBaseRule, input(custom))).toEqual([]);
    const broken = freeIpaDirectory({ ...base, user: { searchBase: 'not a dn' } });
    expect(run(freeIpaUserBaseRule, input(broken))).toEqual([]);
    const token = freeIpaDirectory({ ...base, user: { searchBase: Token.asString({ resolve: () => 'x' }) } });
    expect(run(freeIpaUserBaseRule, input(token))).toEqual([]);
  });
});
