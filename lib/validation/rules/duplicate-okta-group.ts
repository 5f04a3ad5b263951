import type { ValidationRule } from '../../validation-rule/validation-rule';
import { repeatsOf } from './repeats';
import { isCheckableString, nameKey, q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-202: no two group mappings fill the same Okta group (names compared case-insensitively).
 * Each mapping creates its own Okta group and rule, and Okta group names are unique, so two mappings
 * cannot share one. This also catches the same `ldapGroup -> oktaGroup` pair written twice.
 */
export const duplicateOktaGroupRule: ValidationRule = {
  id: 'OKLDAP-202',
  severity: 'error',
  title: 'Two group mappings fill the same Okta group',
  check(input) {
    const repeats = repeatsOf(input.groupMappings, (m) =>
      isCheckableString(m.oktaGroup) && m.oktaGroup.trim() !== '' ? nameKey(m.oktaGroup) : undefined,
    );
    return repeats.map(({ item: mapping, index: i, first, firstIndex: earlier }) => {
      const name = mapping.oktaGroup;
      const samePair = nameKey(first.ldapGroup) === nameKey(mapping.ldapGroup);
      return violation(
        duplicateOktaGroupRule,
        `groupMappings[${i}].oktaGroup`,
        name,
        samePair
          ? `mapping ${q(mapping.ldapGroup)} -> ${q(name)} is the same as groupMappings[${earlier}]; each pair may appear once`
          : `Okta group ${q(name)} is already filled by groupMappings[${earlier}]; each Okta group may be the target of one mapping (Okta group names are unique)`,
        samePair ? `Remove groupMappings[${i}]` : `Give groupMappings[${i}] another oktaGroup, or remove it`,
      );
    });
  },
};
