import { jumpCloudOrgTreeRule } from '../../../lib/presets/jumpcloud/jumpcloud-org-tree';
import { input, jumpCloud, openLdap, ORG_DN, run, USERS_DN } from '../../validation/rules/rule-fixtures';

describe('OKLDAP-104 JumpCloud DNs inside the org', () => {
  test('passes the preset, and DNs anywhere inside the org', () => {
    expect(run(jumpCloudOrgTreeRule, input(jumpCloud()))).toEqual([]);
    expect(
      run(
        jumpCloudOrgTreeRule,
        input(jumpCloud({ agent: { rootDn: ORG_DN }, group: { searchBase: `ou=Groups,${ORG_DN}` } })),
      ),
    ).toEqual([]);
  });

  test('does not apply to other directories', () => {
    expect(run(jumpCloudOrgTreeRule, input(openLdap()))).toEqual([]);
  });

  test('reports a bind DN in another org', () => {
    const other = 'uid=okta-bind,ou=Users,o=aaaaaaaaaaaaaaaaaaaaaaaa,dc=jumpcloud,dc=com';
    expect(run(jumpCloudOrgTreeRule, input(jumpCloud({ agent: { bindDn: other } })))).toEqual([
      {
        ruleId: 'OKLDAP-104',
        severity: 'error',
        path: 'directory.agent.bindDn',
        value: other,
        message: `'${other}' is outside the JumpCloud org '${ORG_DN}'; every JumpCloud DN ends with 'o=<ORG_ID>,dc=jumpcloud,dc=com'`,
        fix: `Write it under '${ORG_DN}', e.g. '${USERS_DN}'`,
      },
    ]);
  });

  test('reports a JumpCloud root DN that names no org', () => {
    const rootDn = 'ou=Users,dc=jumpcloud,dc=com';
    expect(
      run(jumpCloudOrgTreeRule, input(openLdap({ agent: { host: 'ldap.jumpcloud.com', rootDn } }))),
    ).toEqual([
      {
        ruleId: 'OKLDAP-104',
        severity: 'error',
        path: 'directory.agent.rootDn',
        value: rootDn,
        message: `JumpCloud root DN '${rootDn}' is not inside an org; it must end with 'o=<ORG_ID>,dc=jumpcloud,dc=com'`,
        fix: "Use 'ou=Users,o=<ORG_ID>,dc=jumpcloud,dc=com' with the org id from JumpCloud's LDAP settings page",
      },
    ]);
  });

  test('an org id needing escapes is compared unescaped', () => {
    const settings = jumpCloud({});
    expect(
      run(
        jumpCloudOrgTreeRule,
        input({
          ...settings,
          agent: {
            ...settings.agent,
            rootDn: 'ou=Users,o=a\\,b,dc=jumpcloud,dc=com',
            bindDn: 'uid=x,ou=Users,o=a\\2Cb,dc=jumpcloud,dc=com',
          },
          user: { ...settings.user, searchBase: 'o=a\\,b,dc=jumpcloud,dc=com' },
          group: { ...settings.group, searchBase: 'o=a\\,b,dc=jumpcloud,dc=com' },
        }),
      ),
    ).toEqual([]);
  });
});
