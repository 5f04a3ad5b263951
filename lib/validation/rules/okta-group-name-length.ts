import {
  describeByteLength,
  OKTA_GROUP_NAME_MAX_BYTES,
  UTF8_BYTES_NOTE,
  utf8ByteLength,
} from '../../mappings/okta-name-limits';
import { defineRule } from '../../validation-rule/define-rule';
import { isCheckableString, q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-212: the Okta group of each group mapping (`okta_group.name`) has at most 255 UTF-8
 * bytes, the okta provider's limit (okta/resource_okta_group.go:45 `strMaxLength(255)`, counted in
 * bytes by okta/validators.go:44, v4.20.0). Empty names are OKLDAP-208's.
 */
export const oktaGroupNameLengthRule = defineRule('OKLDAP-212', {
  severity: 'error',
  title: 'An Okta group name is longer than 255 bytes (UTF-8)',
  check(input, report) {
    input.groupMappings.forEach(({ oktaGroup: name }, i) => {
      if (!isCheckableString(name) || utf8ByteLength(name) <= OKTA_GROUP_NAME_MAX_BYTES) return;
      report(
        `groupMappings[${i}].oktaGroup`,
        name,
        `Okta group name ${q(name)} has ${describeByteLength(name)}; Okta allows at most ${OKTA_GROUP_NAME_MAX_BYTES} bytes`,
        `Shorten groupMappings[${i}].oktaGroup to at most ${OKTA_GROUP_NAME_MAX_BYTES} bytes (${UTF8_BYTES_NOTE})`,
      );
    });
  },
});
