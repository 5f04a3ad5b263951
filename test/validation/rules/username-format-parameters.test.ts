import { OktaUsernameFormat } from '../../../lib/settings/ldap-directory-settings';
import { usernameFormatParametersRule } from '../../../lib/validation/rules/username-format-parameters';
import { input, jumpCloud, run, stringToken } from './rule-fixtures';

describe('OKLDAP-114 username format parameters', () => {
  test.each([
    OktaUsernameFormat.EMAIL,
    OktaUsernameFormat.UID,
    OktaUsernameFormat.CN,
    OktaUsernameFormat.EMPLOYEE_NUMBER,
  ])('%s needs nothing', (usernameFormat) => {
    expect(run(usernameFormatParametersRule, input(jumpCloud({ import: { usernameFormat } })))).toEqual([]);
  });

  test('passes formats with their parameter', () => {
    const cases = [
      { usernameFormat: OktaUsernameFormat.UID_WITH_SUFFIX, usernameSuffix: '@example.com' },
      { usernameFormat: OktaUsernameFormat.UID_AT_DOMAIN, usernameDomain: 'example.com' },
      { usernameFormat: OktaUsernameFormat.FROM_SCHEMA, usernameAttribute: 'mail' },
      { usernameFormat: OktaUsernameFormat.FROM_SCHEMA, usernameAttribute: stringToken() },
    ];
    for (const imp of cases)
      expect(run(usernameFormatParametersRule, input(jumpCloud({ import: imp })))).toEqual([]);
  });

  test('UID_AT_DOMAIN without a domain', () => {
    expect(
      run(
        usernameFormatParametersRule,
        input(jumpCloud({ import: { usernameFormat: OktaUsernameFormat.UID_AT_DOMAIN } })),
      ),
    ).toEqual([
      {
        ruleId: 'OKLDAP-114',
        severity: 'error',
        path: 'directory.import.usernameDomain',
        value: undefined,
        message: 'username format UID_AT_DOMAIN needs directory.import.usernameDomain, which is not set',
        fix: "Set directory.import.usernameDomain (e.g. 'example.com'), or use OktaUsernameFormat.EMAIL",
      },
    ]);
  });

  test('UID_WITH_SUFFIX with a blank suffix, FROM_SCHEMA without an attribute', () => {
    const suffix = run(
      usernameFormatParametersRule,
      input(
        jumpCloud({ import: { usernameFormat: OktaUsernameFormat.UID_WITH_SUFFIX, usernameSuffix: ' ' } }),
      ),
    );
    expect(suffix.map((v) => [v.path, v.message, v.fix])).toEqual([
      [
        'directory.import.usernameSuffix',
        'username format UID_WITH_SUFFIX needs directory.import.usernameSuffix, which is blank',
        "Set directory.import.usernameSuffix (e.g. '@example.com'), or use OktaUsernameFormat.EMAIL",
      ],
    ]);
    const schema = run(
      usernameFormatParametersRule,
      input(jumpCloud({ import: { usernameFormat: OktaUsernameFormat.FROM_SCHEMA } })),
    );
    expect(schema.map((v) => [v.path, v.fix])).toEqual([
      [
        'directory.import.usernameAttribute',
        "Set directory.import.usernameAttribute (e.g. 'mail'), or use OktaUsernameFormat.EMAIL",
      ],
    ]);
  });
});
