import { PASSWORD_POLICY_FIELDS } from '../../mappings/password-policy-fields';
import { defineRule } from '../../validation-rule/define-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { isWholeNumberIn } from '../../validation-rule/rule-support';

/**
 * OKLDAP-214: the numeric settings of the LDAP password policy are whole numbers (0 or more; the
 * recovery email's lifetime and the security answer's length 1 or more), and its switches booleans.
 */
export const passwordPolicySettingsRule = defineRule('OKLDAP-214', {
  severity: 'error',
  title: 'A password policy setting is not a whole number in range, or not a boolean',
  check(input, report) {
    const policy = input.passwordPolicy;
    if (policy === undefined) return;
    for (const field of PASSWORD_POLICY_FIELDS) {
      const value: unknown = policy[field.prop];
      if (value === undefined || isUnresolved(value)) continue;
      const path = `passwordPolicy.${field.prop}`;
      const unset = `or leave it unset (${String(field.defaultValue)})`;
      if (field.kind === 'count') {
        const min = field.min ?? 0;
        if (isWholeNumberIn(value, min)) continue;
        report(
          path,
          value,
          `${field.prop} must be a whole number from ${min}`,
          `Set ${path} to a whole number of ${min} or more, ${unset}`,
        );
      } else if (typeof value !== 'boolean') {
        report(path, value, `${field.prop} must be true or false`, `Set ${path} to true or false, ${unset}`);
      }
    }
  },
});
