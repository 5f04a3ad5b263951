import { jumpCloudBindUserRule } from '../../../lib/presets/jumpcloud/jumpcloud-bind-user';
import { jumpCloudDirectory } from '../../../lib/presets/jumpcloud/jumpcloud-directory';
import { input, jumpCloud, openLdap, run } from '../../validation/rules/rule-fixtures';

const ORG = '5f3c0a1b2c3d4e5f60718293';

describe('OKLDAP-121 JumpCloud bind user is a user name', () => {
  test('passes a user name, and settings that are not JumpCloud', () => {
    expect(run(jumpCloudBindUserRule, input(jumpCloud()))).toEqual([]);
    expect(
      run(jumpCloudBindUserRule, input(jumpCloudDirectory({ orgId: ORG, bindUser: 'okta.bind-2' }))),
    ).toEqual([]);
    expect(run(jumpCloudBindUserRule, input(openLdap()))).toEqual([]);
  });

  test('reports a bind DN given as bindUser, with the user name to give instead', () => {
    const settings = jumpCloudDirectory({
      orgId: ORG,
      bindUser: `uid=ldap-bind,ou=Users,o=${ORG},dc=jumpcloud,dc=com`,
    });
    const bindDn = `uid=uid=ldap-bind\\,ou=Users\\,o=${ORG}\\,dc=jumpcloud\\,dc=com,ou=Users,o=${ORG},dc=jumpcloud,dc=com`;
    expect(settings.agent?.bindDn).toBe(bindDn);
    expect(run(jumpCloudBindUserRule, input(settings))).toEqual([
      {
        ruleId: 'OKLDAP-121',
        severity: 'error',
        path: 'directory.agent.bindDn',
        value: bindDn,
        message: `the bind DN '${bindDn.replace(/\\/g, '\\\\')}' holds the DN 'uid=ldap-bind,ou=Users,o=${ORG},dc=jumpcloud,dc=com' as its uid value: a DN was given where the user name belongs (jumpCloudDirectory's bindUser becomes uid=<bindUser>,ou=Users,…)`,
        fix: "Give the user name alone: jumpCloudDirectory({ bindUser: 'ldap-bind' })",
      },
    ]);
  });

  test('reports a lone uid=… given as bindUser', () => {
    const settings = jumpCloudDirectory({ orgId: ORG, bindUser: 'uid=okta-bind' });
    expect(run(jumpCloudBindUserRule, input(settings)).map((v) => [v.ruleId, v.fix])).toEqual([
      ['OKLDAP-121', "Give the user name alone: jumpCloudDirectory({ bindUser: 'okta-bind' })"],
    ]);
  });
});
