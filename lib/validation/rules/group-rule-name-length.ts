import { effectiveGroupRuleName, GROUP_RULE_NAME_MAX_LENGTH } from '../../mappings/group-rule-name';
import type { ValidationRule } from '../validation-rule';
import { isUnresolved, q, violation } from './rule-support';

/**
 * OKLDAP-201: the name of each group rule (the mapping's `ruleName`, or the default
 * `LDAP <ldapGroup> to <oktaGroup>`) is 1 to 50 characters long, Okta's limit.
 */
export const groupRuleNameLengthRule: ValidationRule = {
  id: 'OKLDAP-201',
  severity: 'error',
  title: 'A group rule name is empty or longer than 50 characters',
  check(input) {
    return input.groupMappings.flatMap((mapping, i) => {
      if (
        isUnresolved(mapping.ruleName) ||
        isUnresolved(mapping.ldapGroup) ||
        isUnresolved(mapping.oktaGroup)
      ) {
        return [];
      }
      const name = String(effectiveGroupRuleName(mapping));
      const length = [...name].length;
      if (name.trim() !== '' && length <= GROUP_RULE_NAME_MAX_LENGTH) return [];
      const explicit = mapping.ruleName !== undefined;
      return [
        violation(
          groupRuleNameLengthRule,
          `groupMappings[${i}].ruleName`,
          name,
          `${explicit ? 'group rule name' : 'default group rule name'} ${q(name)} ${name.trim() === '' ? 'is empty' : `has ${length} characters`}; Okta allows 1 to ${GROUP_RULE_NAME_MAX_LENGTH}`,
          `Set groupMappings[${i}].ruleName to a name of 1 to ${GROUP_RULE_NAME_MAX_LENGTH} characters`,
        ),
      ];
    });
  },
};
