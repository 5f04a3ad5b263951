import { defineRule } from '../../validation-rule/define-rule';
import { repeatsOf } from './repeats';
import { nameKey, q, userMappingPath } from '../../validation-rule/rule-support';

/**
 * OKLDAP-207: no two user mappings write the same Okta profile attribute. Keys of `userMappings`
 * are unique as written, but Okta attribute names are case-insensitive (`email` and `Email` are one
 * attribute), so the second would silently replace the first.
 */
export const duplicateUserMappingTargetRule = defineRule('OKLDAP-207', {
  severity: 'error',
  title: 'Two user mappings write the same Okta profile attribute',
  check(input, report) {
    const keys = Object.keys(input.userMappings);
    for (const { item: key, first: earlier } of repeatsOf(keys, (k) =>
      k.trim() === '' ? undefined : nameKey(k),
    )) {
      report(
        userMappingPath(key),
        key,
        `user mappings ${q(earlier)} and ${q(key)} write the same Okta attribute (attribute names are case-insensitive); each Okta attribute may be mapped once`,
        `Keep one of ${userMappingPath(earlier)} and ${userMappingPath(key)}`,
      );
    }
  },
});
