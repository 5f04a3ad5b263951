import { OktaUsernameFormat } from '../../../lib/settings/setting-choices';
import { usernameFormatParametersRule } from '../../../lib/validation/rules/username-format-parameters';
import { input, jumpCloud, run, stringToken } from './rule-fixtures';

describe('OKLDAP-114 username format parameters', () => {
  test.each([
    OktaUsernameFormat.EMAIL,
    OktaUsernameFormat.UID,
    OktaUsernameFormat.CN,
    OktaUsernameFormat.EMPLOYEE_NUMBER,
  ])('%s needs nothing', (usernameFormat) => {
    expect(run(usernameFormatParametersRule, input(jumpCloud({ provisioning: { usernameFormat } })))).toEqual(
      [],
    );
  });

  test('passes formats with their parameter', () => {
    const cases = [
      { usernameFormat: OktaUsernameFormat.UID_WITH_SUFFIX, usernameSuffix: '@example.com' },
      { usernameFormat: OktaUsernameFormat.UID_AT_DOMAIN, usernameDomain: 'example.com' },
      { usernameFormat: OktaUsernameFormat.FROM_SCHEMA, usernameAttribute: 'mail' },
      { usernameFormat: OktaUsernameFormat.FROM_SCHEMA, usernameAttribute: stringToken() },
    ];
    for (const imp of cases)
      expect(run(usernameFormatParametersRule, input(jumpCloud({ provisioning: imp })))).toEqual([]);
  });

  test('UID_AT_DOMAIN without a domain', () => {
    expect(
      run(
        usernameFormatParametersRule,
        input(jumpCloud({ provisioning: { usernameFormat: OktaUsernameFormat.UID_AT_DOMAIN } })),
      ),
    ).toEqual([
      {
        ruleId: 'OKLDAP-114',
        severity: 'error',
        path: 'directory.provisioning.usernameDomain',
        value: undefined,
        message:
          'username format UID_AT_DOMAIN needs directory.provisioning.usernameDomain, which is not set',
        fix: "Set directory.provisioning.usernameDomain (e.g. 'example.com'), or use OktaUsernameFormat.EMAIL",
      },
    ]);
  });

  test('UID_WITH_SUFFIX with a blank suffix, FROM_SCHEMA without an attribute', () => {
    const suffix = run(
      usernameFormatParametersRule,
      input(
        jumpCloud({
          provisioning: { usernameFormat: OktaUsernameFormat.UID_WITH_SUFFIX, usernameSuffix: ' ' },
        }),
      ),
    );
    expect(suffix.map((v) => [v.path, v.message, v.fix])).toEqual([
      [
        'directory.provisioning.usernameSuffix',
        'username format UID_WITH_SUFFIX needs directory.provisioning.usernameSuffix, which is blank',
        "Set directory.provisioning.usernameSuffix (e.g. '@example.com'), or use OktaUsernameFormat.EMAIL",
      ],
    ]);
    const schema = run(
      usernameFormatParametersRule,
      input(jumpCloud({ provisioning: { usernameFormat: OktaUsernameFormat.FROM_SCHEMA } })),
    );
    expect(schema.map((v) => [v.path, v.fix])).toEqual([
      [
        'directory.provisioning.usernameAttribute',
        "Set directory.provisioning.usernameAttribute (e.g. 'mail'), or use OktaUsernameFormat.EMAIL",
      ],
    ]);
  });
});
