import { defineRule } from '../../validation-rule/define-rule';
import { isUnresolved } from '../../terraform/cdktf-token';

/** How many extra user attributes the Okta console accepts. */
export const MAX_EXTRA_USER_ATTRIBUTES = 4;

/** OKLDAP-112: at most four extra user attributes (the console's limit). */
export const extraAttributesLimitRule = defineRule('OKLDAP-112', {
  severity: 'error',
  title: 'More than 4 extra user attributes',
  check(input, report) {
    const extra = input.settings.user.extraAttributes;
    if (isUnresolved(extra) || !Array.isArray(extra) || extra.length <= MAX_EXTRA_USER_ATTRIBUTES) return;
    const names = extra.map((a) => a.ldapAttribute);
    report(
      'directory.user.extraAttributes',
      names,
      `${extra.length} extra user attributes (${names.join(', ')}); Okta accepts at most ${MAX_EXTRA_USER_ATTRIBUTES}`,
      `Keep at most ${MAX_EXTRA_USER_ATTRIBUTES} entries in directory.user.extraAttributes`,
    );
  },
});
