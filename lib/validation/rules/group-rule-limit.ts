import { defineRule } from '../../validation-rule/define-rule';

/** Okta's limit on group rules per org. */
export const MAX_GROUP_RULES_PER_ORG = 2000;

/**
 * OKLDAP-210: at most 2,000 group mappings, Okta's limit of group rules per org (each mapping makes
 * one rule; rules made outside this integration count too).
 */
export const groupRuleLimitRule = defineRule('OKLDAP-210', {
  severity: 'error',
  title: 'More than 2,000 group mappings (Okta allows 2,000 group rules per org)',
  check(input, report) {
    const count = input.groupMappings.length;
    if (count <= MAX_GROUP_RULES_PER_ORG) return;
    report(
      'groupMappings',
      count,
      `${count} group mappings would make ${count} group rules; Okta allows at most ${MAX_GROUP_RULES_PER_ORG} per org`,
      `Keep at most ${MAX_GROUP_RULES_PER_ORG} group mappings (fewer if the org has other group rules)`,
    );
  },
});
