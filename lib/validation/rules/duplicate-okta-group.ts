import { defineRule } from '../../validation-rule/define-rule';
import { repeatsOf } from './repeats';
import { isCheckableString, nameKey, q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-202: no two group mappings fill the same Okta group (names compared case-insensitively).
 * Each mapping creates its own Okta group and rule, and Okta group names are unique, so two mappings
 * cannot share one. This also catches the same `ldapGroup -> oktaGroup` pair written twice.
 */
export const duplicateOktaGroupRule = defineRule('OKLDAP-202', {
  severity: 'error',
  title: 'Two group mappings fill the same Okta group',
  check(input, report) {
    const repeats = repeatsOf(input.groupMappings, (m) =>
      isCheckableString(m.oktaGroup) && m.oktaGroup.trim() !== '' ? nameKey(m.oktaGroup) : undefined,
    );
    for (const { item: mapping, index: i, first, firstIndex: earlier } of repeats) {
      const name = mapping.oktaGroup;
      if (nameKey(first.ldapGroup) === nameKey(mapping.ldapGroup)) {
        report(
          `groupMappings[${i}].oktaGroup`,
          name,
          `mapping ${q(mapping.ldapGroup)} -> ${q(name)} is the same as groupMappings[${earlier}]; each pair may appear once`,
          `Remove groupMappings[${i}]`,
        );
      } else {
        report(
          `groupMappings[${i}].oktaGroup`,
          name,
          `Okta group ${q(name)} is already filled by groupMappings[${earlier}]; each Okta group may be the target of one mapping (Okta group names are unique)`,
          `Give groupMappings[${i}] another oktaGroup, or remove it`,
        );
      }
    }
  },
});
