import { defineRule } from '../../validation-rule/define-rule';
import { q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-120 (warning): the account-disabled attribute and its "disabled" value are set together. An
 * attribute without a value (or a value without an attribute) means no user is ever imported as
 * disabled, which is rarely what was meant.
 */
export const accountDisabledPairRule = defineRule('OKLDAP-120', {
  severity: 'warning',
  title: 'The account disabled attribute is set without its value, or the value without the attribute',
  check(input, report) {
    const { accountDisabledAttribute, accountDisabledValue, accountEnabledValue } = input.settings.user;
    if (accountDisabledAttribute !== undefined) {
      if (accountDisabledValue !== undefined) return;
      report(
        'directory.user.accountDisabledValue',
        accountDisabledValue,
        `account disabled attribute ${q(accountDisabledAttribute)} is set but accountDisabledValue is not; Okta cannot tell which value means disabled`,
        "Set directory.user.accountDisabledValue (e.g. 'true' for pwdlock), or unset accountDisabledAttribute",
      );
      return;
    }
    for (const [name, value] of [
      ['accountDisabledValue', accountDisabledValue],
      ['accountEnabledValue', accountEnabledValue],
    ] as const) {
      if (value === undefined) continue;
      report(
        `directory.user.${name}`,
        value,
        `${name} ${q(value)} is set but accountDisabledAttribute is not, so it is ignored`,
        `Set directory.user.accountDisabledAttribute (e.g. 'pwdlock'), or unset ${name}`,
      );
    }
  },
});
