import { effectiveGroupRuleName } from '../../mappings/group-rule-name';
import {
  describeByteLength,
  GROUP_RULE_NAME_MAX_BYTES,
  utf8ByteLength,
} from '../../mappings/okta-name-limits';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-201: the name of each group rule (the mapping's `ruleName`, or the default
 * `LDAP <ldapGroup> to <oktaGroup>`) is 1 to 50 UTF-8 bytes long. The okta provider counts bytes
 * (okta/validators.go:44 `len(v) > max` on a Go string; okta/resource_okta_group_rule.go:36, v4.20.0),
 * so 30 accented letters (60 bytes) fail the plan.
 */
export const groupRuleNameLengthRule: ValidationRule = {
  id: 'OKLDAP-201',
  severity: 'error',
  title: 'A group rule name is empty or longer than 50 bytes (UTF-8)',
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
      const empty = name.trim() === '';
      if (!empty && utf8ByteLength(name) <= GROUP_RULE_NAME_MAX_BYTES) return [];
      const explicit = mapping.ruleName !== undefined;
      return [
        violation(
          groupRuleNameLengthRule,
          `groupMappings[${i}].ruleName`,
          name,
          `${explicit ? 'group rule name' : 'default group rule name'} ${q(name)} ${empty ? 'is empty' : `has ${describeByteLength(name)}`}; Okta allows 1 to ${GROUP_RULE_NAME_MAX_BYTES} bytes`,
          `Set groupMappings[${i}].ruleName to a name of 1 to ${GROUP_RULE_NAME_MAX_BYTES} bytes (UTF-8: an accented letter takes 2 bytes, most emoji 4)`,
        ),
      ];
    });
  },
};
