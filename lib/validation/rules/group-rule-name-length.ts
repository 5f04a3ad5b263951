import {
  describeByteLength,
  GROUP_RULE_NAME_MAX_BYTES,
  UTF8_BYTES_NOTE,
  utf8ByteLength,
} from '../../mappings/okta-name-limits';
import { defineRule } from '../../validation-rule/define-rule';
import { checkableGroupRuleName, q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-201: the name of each group rule (the mapping's `ruleName`, or the default
 * `LDAP <ldapGroup> to <oktaGroup>`) is 1 to 50 UTF-8 bytes long. The okta provider counts bytes
 * (okta/validators.go:44 `len(v) > max` on a Go string; okta/resource_okta_group_rule.go:36, v4.20.0),
 * so 30 accented letters (60 bytes) fail the plan.
 */
export const groupRuleNameLengthRule = defineRule('OKLDAP-201', {
  severity: 'error',
  title: 'A group rule name is empty or longer than 50 bytes (UTF-8)',
  check(input, report) {
    input.groupMappings.forEach((mapping, i) => {
      const name = checkableGroupRuleName(mapping);
      if (name === undefined) return;
      const empty = name.trim() === '';
      if (!empty && utf8ByteLength(name) <= GROUP_RULE_NAME_MAX_BYTES) return;
      report(
        `groupMappings[${i}].ruleName`,
        name,
        `${mapping.ruleName !== undefined ? 'group rule name' : 'default group rule name'} ${q(name)} ${empty ? 'is empty' : `has ${describeByteLength(name)}`}; Okta allows 1 to ${GROUP_RULE_NAME_MAX_BYTES} bytes`,
        `Set groupMappings[${i}].ruleName to a name of 1 to ${GROUP_RULE_NAME_MAX_BYTES} bytes (${UTF8_BYTES_NOTE})`,
      );
    });
  },
});
