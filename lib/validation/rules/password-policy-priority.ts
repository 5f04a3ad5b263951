import { defineRule } from '../../validation-rule/define-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { isWholeNumberIn } from '../../validation-rule/rule-support';

/** OKLDAP-211: the password policy's priority, when set, is a whole number of at least 1. */
export const passwordPolicyPriorityRule = defineRule('OKLDAP-211', {
  severity: 'error',
  title: 'The password policy priority is not a whole number of at least 1',
  check(input, report) {
    const priority = input.passwordPolicy?.priority;
    if (priority === undefined || isUnresolved(priority) || isWholeNumberIn(priority, 1)) return;
    report(
      'passwordPolicy.priority',
      priority,
      `password policy priority ${String(priority)} is not allowed; a priority is a whole number from 1 (evaluated first)`,
      'Set passwordPolicy.priority to 1 or more, or leave it unset to place the policy last',
    );
  },
});
