import {
  describeByteLength,
  OKTA_GROUP_NAME_MAX_BYTES,
  utf8ByteLength,
} from '../../mappings/okta-name-limits';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { isCheckableString, q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-212: the Okta group of each group mapping (`okta_group.name`) has at most 255 UTF-8
 * bytes, the okta provider's limit (okta/resource_okta_group.go:45 `strMaxLength(255)`, counted in
 * bytes by okta/validators.go:44, v4.20.0). Empty names are OKLDAP-208's.
 */
export const oktaGroupNameLengthRule: ValidationRule = {
  id: 'OKLDAP-212',
  severity: 'error',
  title: 'An Okta group name is longer than 255 bytes (UTF-8)',
  check(input) {
    return input.groupMappings.flatMap((mapping, i) => {
      const name = mapping.oktaGroup;
      if (!isCheckableString(name) || utf8ByteLength(name) <= OKTA_GROUP_NAME_MAX_BYTES) return [];
      return [
        violation(
          oktaGroupNameLengthRule,
          `groupMappings[${i}].oktaGroup`,
          name,
          `Okta group name ${q(name)} has ${describeByteLength(name)}; Okta allows at most ${OKTA_GROUP_NAME_MAX_BYTES} bytes`,
          `Shorten groupMappings[${i}].oktaGroup to at most ${OKTA_GROUP_NAME_MAX_BYTES} bytes (UTF-8: an accented letter takes 2 bytes, most emoji 4)`,
        ),
      ];
    });
  },
};
