import { OktaUsernameFormat } from '../../settings/setting-choices';
import { defineRule } from '../../validation-rule/define-rule';
import { blankProblem } from '../../validation-rule/rule-support';

const NEEDS: Partial<Record<OktaUsernameFormat, 'usernameSuffix' | 'usernameDomain' | 'usernameAttribute'>> =
  {
    [OktaUsernameFormat.UID_WITH_SUFFIX]: 'usernameSuffix',
    [OktaUsernameFormat.UID_AT_DOMAIN]: 'usernameDomain',
    [OktaUsernameFormat.FROM_SCHEMA]: 'usernameAttribute',
  };

/**
 * OKLDAP-114: the Okta username formats that need a parameter have it: UID_WITH_SUFFIX needs
 * `usernameSuffix`, UID_AT_DOMAIN `usernameDomain`, FROM_SCHEMA `usernameAttribute`.
 */
export const usernameFormatParametersRule = defineRule('OKLDAP-114', {
  severity: 'error',
  title: 'The Okta username format needs a suffix, domain or attribute that is not set',
  check(input, report) {
    const settings = input.settings.provisioning;
    const needed = NEEDS[settings.usernameFormat];
    if (needed === undefined) return;
    const value = settings[needed];
    if (blankProblem(value) === undefined) return;
    report(
      `directory.provisioning.${needed}`,
      value,
      `username format ${settings.usernameFormat} needs directory.provisioning.${needed}, which is ${value === undefined ? 'not set' : 'blank'}`,
      `Set directory.provisioning.${needed}${needed === 'usernameDomain' ? " (e.g. 'example.com')" : needed === 'usernameSuffix' ? " (e.g. '@example.com')" : " (e.g. 'mail')"}, or use OktaUsernameFormat.EMAIL`,
    );
  },
});
