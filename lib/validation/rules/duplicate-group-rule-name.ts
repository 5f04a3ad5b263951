import { defineRule } from '../../validation-rule/define-rule';
import { repeatsOf } from './repeats';
import { checkableGroupRuleName, nameKey, q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-203: no two group mappings produce group rules with the same name (compared
 * case-insensitively); Okta refuses a second rule with an existing name.
 */
export const duplicateGroupRuleNameRule = defineRule('OKLDAP-203', {
  severity: 'error',
  title: 'Two group mappings produce group rules with the same name',
  check(input, report) {
    const names = input.groupMappings.map(checkableGroupRuleName);
    const repeats = repeatsOf(names, (name) =>
      name === undefined || name.trim() === '' ? undefined : nameKey(name),
    );
    for (const { item: name, index: i, firstIndex: earlier } of repeats) {
      report(
        `groupMappings[${i}].ruleName`,
        name,
        `group rule name ${q(name)} is already used by groupMappings[${earlier}]; group rule names must be unique`,
        `Set groupMappings[${i}].ruleName to a name no other mapping uses`,
      );
    }
  },
});
