import { accountDisabledPairRule } from '../../../lib/validation/rules/account-disabled-pair';
import { input, jumpCloud, openLdap, run } from './rule-fixtures';

describe('OKLDAP-120 account disabled attribute and value together (warning)', () => {
  test('passes both set (JumpCloud) and neither set (OpenLDAP preset)', () => {
    expect(run(accountDisabledPairRule, input(jumpCloud()))).toEqual([]);
    expect(run(accountDisabledPairRule, input(openLdap()))).toEqual([]);
  });

  test('warns about an attribute without its disabled value', () => {
    const settings = jumpCloud();
    const { accountDisabledValue: _dropped, ...user } = settings.user;
    expect(run(accountDisabledPairRule, input({ ...settings, user }))).toEqual([
      {
        ruleId: 'OKLDAP-120',
        severity: 'warning',
        path: 'directory.user.accountDisabledValue',
        value: undefined,
        message:
          "account disabled attribute 'pwdlock' is set but accountDisabledValue is not; Okta cannot tell which value means disabled",
        fix: "Set directory.user.accountDisabledValue (e.g. 'true' for pwdlock), or unset accountDisabledAttribute",
      },
    ]);
  });

  test('warns about values without an attribute', () => {
    const settings = openLdap({ user: { accountDisabledValue: 'TRUE', accountEnabledValue: 'FALSE' } });
    expect(run(accountDisabledPairRule, input(settings))).toEqual([
      {
        ruleId: 'OKLDAP-120',
        severity: 'warning',
        path: 'directory.user.accountDisabledValue',
        value: 'TRUE',
        message: "accountDisabledValue 'TRUE' is set but accountDisabledAttribute is not, so it is ignored",
        fix: "Set directory.user.accountDisabledAttribute (e.g. 'pwdlock'), or unset accountDisabledValue",
      },
      {
        ruleId: 'OKLDAP-120',
        severity: 'warning',
        path: 'directory.user.accountEnabledValue',
        value: 'FALSE',
        message: "accountEnabledValue 'FALSE' is set but accountDisabledAttribute is not, so it is ignored",
        fix: "Set directory.user.accountDisabledAttribute (e.g. 'pwdlock'), or unset accountEnabledValue",
      },
    ]);
  });
});
