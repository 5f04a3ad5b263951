import { passwordPolicySettingsRule } from '../../../lib/validation/rules/password-policy-settings';
import { input, numberToken, run } from './rule-fixtures';

describe('OKLDAP-214 password policy settings', () => {
  test('passes defaults, zeros and tokens', () => {
    const passwordPolicy = {
      name: 'LDAP users',
      maxAgeDays: 0,
      maxLockoutAttempts: numberToken(),
      recoveryEmailTokenMinutes: 1,
      emailRecovery: false,
    };
    expect(run(passwordPolicySettingsRule, input(undefined, { passwordPolicy }))).toEqual([]);
    expect(run(passwordPolicySettingsRule, input(undefined, {}))).toEqual([]);
  });

  test('reports a negative or fractional count, a zero token lifetime and a non-boolean switch', () => {
    const passwordPolicy = {
      name: 'LDAP users',
      maxLockoutAttempts: -1,
      historyCount: 2.5,
      recoveryEmailTokenMinutes: 0,
      smsRecovery: 'yes' as unknown as boolean,
    };
    expect(run(passwordPolicySettingsRule, input(undefined, { passwordPolicy }))).toEqual([
      {
        ruleId: 'OKLDAP-214',
        severity: 'error',
        path: 'passwordPolicy.historyCount',
        value: 2.5,
        message: 'historyCount must be a whole number from 0',
        fix: 'Set passwordPolicy.historyCount to a whole number of 0 or more, or leave it unset (0)',
      },
      {
        ruleId: 'OKLDAP-214',
        severity: 'error',
        path: 'passwordPolicy.maxLockoutAttempts',
        value: -1,
        message: 'maxLockoutAttempts must be a whole number from 0',
        fix: 'Set passwordPolicy.maxLockoutAttempts to a whole number of 0 or more, or leave it unset (10)',
      },
      {
        ruleId: 'OKLDAP-214',
        severity: 'error',
        path: 'passwordPolicy.smsRecovery',
        value: 'yes',
        message: 'smsRecovery must be true or false',
        fix: 'Set passwordPolicy.smsRecovery to true or false, or leave it unset (false)',
      },
      {
        ruleId: 'OKLDAP-214',
        severity: 'error',
        path: 'passwordPolicy.recoveryEmailTokenMinutes',
        value: 0,
        message: 'recoveryEmailTokenMinutes must be a whole number from 1',
        fix: 'Set passwordPolicy.recoveryEmailTokenMinutes to a whole number of 1 or more, or leave it unset (60)',
      },
    ]);
  });
});
