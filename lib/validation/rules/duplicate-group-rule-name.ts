import { effectiveGroupRuleName } from '../../mappings/group-rule-name';
import type { ValidationRule, Violation } from '../validation-rule';
import { isUnresolved, nameKey, q, violation } from './rule-support';

/**
 * OKLDAP-203: no two group mappings produce group rules with the same name (compared
 * case-insensitively); Okta refuses a second rule with an existing name.
 */
export const duplicateGroupRuleNameRule: ValidationRule = {
  id: 'OKLDAP-203',
  severity: 'error',
  title: 'Two group mappings produce group rules with the same name',
  check(input) {
    const first = new Map<string, number>();
    const out: Violation[] = [];
    input.groupMappings.forEach((mapping, i) => {
      if (
        isUnresolved(mapping.ruleName) ||
        isUnresolved(mapping.ldapGroup) ||
        isUnresolved(mapping.oktaGroup)
      )
        return;
      const name = String(effectiveGroupRuleName(mapping));
      if (name.trim() === '') return;
      const earlier = first.get(nameKey(name));
      if (earlier === undefined) {
        first.set(nameKey(name), i);
        return;
      }
      out.push(
        violation(
          duplicateGroupRuleNameRule,
          `groupMappings[${i}].ruleName`,
          name,
          `group rule name ${q(name)} is already used by groupMappings[${earlier}]; group rule names must be unique`,
          `Set groupMappings[${i}].ruleName to a name no other mapping uses`,
        ),
      );
    });
    return out;
  },
};
