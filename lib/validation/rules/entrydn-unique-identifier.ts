import { defineRule } from '../../validation-rule/define-rule';
import { isCheckableString, q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-111 (warning): the unique identifier attribute is `entrydn`, which changes when a user or
 * group is renamed or moved, so Okta sees a new user (JumpCloud's recipe uses it anyway).
 */
export const entryDnUniqueIdentifierRule = defineRule('OKLDAP-111', {
  severity: 'warning',
  title: "The unique identifier attribute is 'entrydn', which changes on rename",
  check({ settings }, report) {
    const attribute = settings.schema.uniqueIdentifierAttribute;
    if (!isCheckableString(attribute) || attribute.trim().toLowerCase() !== 'entrydn') return;
    report(
      'directory.schema.uniqueIdentifierAttribute',
      attribute,
      `unique identifier attribute ${q(attribute)} changes when an entry is renamed or moved, so Okta would treat a renamed user as a new user; a stable identifier such as 'entryuuid' (RFC 4530) is preferred`,
      "Set directory.schema.uniqueIdentifierAttribute to 'entryuuid' if the directory provides it (the preflight reports whether it does); keep 'entrydn' only if it does not",
    );
  },
});
