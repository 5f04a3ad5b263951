import { bindDnWithinRootDnRule } from '../../../lib/validation/rules/bind-dn-within-root-dn';
import { input, jumpCloud, openLdap, run, stringToken } from './rule-fixtures';

describe('OKLDAP-103 bind DN inside the root DN (warning)', () => {
  test('passes when the bind DN lies below the root DN', () => {
    expect(run(bindDnWithinRootDnRule, input(jumpCloud()))).toEqual([]);
    expect(run(bindDnWithinRootDnRule, input(openLdap()))).toEqual([]);
  });

  test('warns when the bind DN lies elsewhere', () => {
    const settings = openLdap({ agent: { rootDn: 'ou=people,dc=example,dc=com' } });
    expect(run(bindDnWithinRootDnRule, input(settings))).toEqual([
      {
        ruleId: 'OKLDAP-103',
        severity: 'warning',
        path: 'directory.agent.bindDn',
        value: 'cn=okta-agent,ou=services,dc=example,dc=com',
        message:
          "bind DN 'cn=okta-agent,ou=services,dc=example,dc=com' is outside the root DN 'ou=people,dc=example,dc=com'; the bind user usually lives inside the tree the agent reads",
        fix: "Check the bind DN; if the service account really lives outside 'ou=people,dc=example,dc=com', keep it and ignore this warning",
      },
    ]);
  });

  test('skips tokens', () => {
    expect(run(bindDnWithinRootDnRule, input(openLdap({ agent: { bindDn: stringToken('cn=x') } })))).toEqual(
      [],
    );
  });
});
