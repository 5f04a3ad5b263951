import type { ValidationRule } from '../../validation-rule/validation-rule';
import { isCheckableString, q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-111 (warning): the unique identifier attribute is `entrydn`, which changes when a user or
 * group is renamed or moved, so Okta sees a new user (JumpCloud's recipe uses it anyway).
 */
export const entryDnUniqueIdentifierRule: ValidationRule = {
  id: 'OKLDAP-111',
  severity: 'warning',
  title: "The unique identifier attribute is 'entrydn', which changes on rename",
  check(input) {
    const value = input.settings.schema.uniqueIdentifierAttribute;
    if (!isCheckableString(value) || value.trim().toLowerCase() !== 'entrydn') return [];
    return [
      violation(
        entryDnUniqueIdentifierRule,
        'directory.schema.uniqueIdentifierAttribute',
        value,
        `unique identifier attribute ${q(value)} changes when an entry is renamed or moved, so Okta would treat a renamed user as a new user; a stable identifier such as 'entryuuid' (RFC 4530) is preferred`,
        "Set directory.schema.uniqueIdentifierAttribute to 'entryuuid' if the directory provides it (the preflight reports whether it does); keep 'entrydn' only if it does not",
      ),
    ];
  },
};
