import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { integrationModel } from '../../lib/model/integration-model';
import { type LdapDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';

const settings: LdapDirectorySettings = {
  agent: { host: 'ldap.example.com', rootDn: 'dc=example,dc=com', bindDn: 'cn=okta,dc=example,dc=com' },
  user: { searchBase: 'ou=people,dc=example,dc=com' },
  group: { searchBase: 'ou=groups,dc=example,dc=com' },
};

describe('integrationModel', () => {
  test('resolves the settings and gives empty mappings when none are given', () => {
    const model = integrationModel({ settings });
    expect(model.settings.agent.port).toBe(636);
    expect(model.settings.agent.connectionSecurity).toBe(LdapConnectionSecurity.LDAPS);
    expect(model.settings.user.objectFilter).toBe('(objectclass=inetorgperson)');
    expect(model).toEqual({
      settings: model.settings,
      userMappings: {},
      groupMappings: [],
      roleMappings: [],
    });
    expect('passwordPolicy' in model).toBe(false);
  });

  test('copies the mappings, so later changes to the given ones do not reach the model', () => {
    const groupMappings = [{ ldapGroup: 'eng', oktaGroup: 'Engineering' }];
    const roleMappings = [{ ldapGroup: 'admins', role: OktaAdminRole.SUPER_ADMIN }];
    const userMappings: Record<string, string> = { email: 'appuser.mail' };
    const model = integrationModel({
      settings,
      userMappings,
      groupMappings,
      roleMappings,
      passwordPolicy: { name: 'LDAP users' },
    });
    groupMappings.push({ ldapGroup: 'ops', oktaGroup: 'Ops' });
    roleMappings.length = 0;
    userMappings.firstName = 'appuser.givenName';
    expect(model.groupMappings).toEqual([{ ldapGroup: 'eng', oktaGroup: 'Engineering' }]);
    expect(model.roleMappings).toEqual([{ ldapGroup: 'admins', role: OktaAdminRole.SUPER_ADMIN }]);
    expect(model.userMappings).toEqual({ email: 'appuser.mail' });
    expect(model.passwordPolicy).toEqual({ name: 'LDAP users' });
  });

  test('the settings resolve the same again (a manifest read back gives the same model)', () => {
    const once = integrationModel({ settings });
    expect(integrationModel({ settings: once.settings })).toEqual(once);
  });
});
