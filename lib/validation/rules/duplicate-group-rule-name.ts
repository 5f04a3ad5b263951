import { effectiveGroupRuleName } from '../../mappings/group-rule-name';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { repeatsOf } from './repeats';
import { isUnresolved } from '../../terraform/cdktf-token';
import { nameKey, q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-203: no two group mappings produce group rules with the same name (compared
 * case-insensitively); Okta refuses a second rule with an existing name.
 */
export const duplicateGroupRuleNameRule: ValidationRule = {
  id: 'OKLDAP-203',
  severity: 'error',
  title: 'Two group mappings produce group rules with the same name',
  check(input) {
    const nameOf = (mapping: (typeof input.groupMappings)[number]) => String(effectiveGroupRuleName(mapping));
    const repeats = repeatsOf(input.groupMappings, (mapping) => {
      if (
        isUnresolved(mapping.ruleName) ||
        isUnresolved(mapping.ldapGroup) ||
        isUnresolved(mapping.oktaGroup)
      )
        return undefined;
      const name = nameOf(mapping);
      return name.trim() === '' ? undefined : nameKey(name);
    });
    return repeats.map(({ item: mapping, index: i, firstIndex: earlier }) => {
      const name = nameOf(mapping);
      return violation(
        duplicateGroupRuleNameRule,
        `groupMappings[${i}].ruleName`,
        name,
        `group rule name ${q(name)} is already used by groupMappings[${earlier}]; group rule names must be unique`,
        `Set groupMappings[${i}].ruleName to a name no other mapping uses`,
      );
    });
  },
};
