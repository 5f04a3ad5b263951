import { passwordPolicyPriorityRule } from '../../../lib/validation/rules/password-policy-priority';
import { input, numberToken, run } from './rule-fixtures';

describe('OKLDAP-211 password policy priority', () => {
  test.each([undefined, 1, 7])('passes %p', (priority) => {
    const passwordPolicy = priority === undefined ? { name: 'LDAP' } : { name: 'LDAP', priority };
    expect(run(passwordPolicyPriorityRule, input(undefined, { passwordPolicy }))).toEqual([]);
  });

  test('passes without a policy and with a token', () => {
    expect(run(passwordPolicyPriorityRule, input())).toEqual([]);
    expect(
      run(
        passwordPolicyPriorityRule,
        input(undefined, { passwordPolicy: { name: 'x', priority: numberToken(0) } }),
      ),
    ).toEqual([]);
  });

  test.each([0, -1, 1.5])('reports %p', (priority) => {
    expect(
      run(passwordPolicyPriorityRule, input(undefined, { passwordPolicy: { name: 'LDAP', priority } })),
    ).toEqual([
      {
        ruleId: 'OKLDAP-211',
        severity: 'error',
        path: 'passwordPolicy.priority',
        value: priority,
        message: `password policy priority ${priority} is not allowed; a priority is a whole number from 1 (evaluated first)`,
        fix: 'Set passwordPolicy.priority to 1 or more, or leave it unset to place the policy last',
      },
    ]);
  });
});
