import { guardTimeoutRule } from '../../../lib/validation/rules/guard-timeout';
import { input, run } from './rule-fixtures';

describe('OKLDAP-402 preflight guard timeout', () => {
  test.each([1, 30, 3600])('passes %p seconds', (seconds) => {
    expect(run(guardTimeoutRule, { ...input(), preflightGuardTimeoutSeconds: seconds })).toEqual([]);
  });

  test('passes when no timeout is given', () => {
    expect(run(guardTimeoutRule, input())).toEqual([]);
  });

  test.each([0, 0.5, -5, 3601, Number.NaN])('reports %p seconds', (seconds) => {
    expect(run(guardTimeoutRule, { ...input(), preflightGuardTimeoutSeconds: seconds })).toEqual([
      {
        ruleId: 'OKLDAP-402',
        severity: 'error',
        path: 'preflightGuardOptions.timeoutSeconds',
        value: seconds,
        message: 'the preflight guard timeout must be a whole number of seconds from 1 to 3600',
        fix: 'Pass e.g. timeoutSeconds: 30, or leave it unset for the default',
      },
    ]);
  });
});
