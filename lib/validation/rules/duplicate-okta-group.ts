import type { ValidationRule, Violation } from '../validation-rule';
import { isCheckableString, nameKey, q, violation } from './rule-support';

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
    const first = new Map<string, number>();
    const out: Violation[] = [];
    input.groupMappings.forEach((mapping, i) => {
      const name = mapping.oktaGroup;
      if (!isCheckableString(name) || name.trim() === '') return;
      const earlier = first.get(nameKey(name));
      if (earlier === undefined) {
        first.set(nameKey(name), i);
        return;
      }
      const other = input.groupMappings[earlier];
      const samePair = other !== undefined && nameKey(other.ldapGroup) === nameKey(mapping.ldapGroup);
      out.push(
        violation(
          duplicateOktaGroupRule,
          `groupMappings[${i}].oktaGroup`,
          name,
          samePair
            ? `mapping ${q(mapping.ldapGroup)} -> ${q(name)} is the same as groupMappings[${earlier}]; each pair may appear once`
            : `Okta group ${q(name)} is already filled by groupMappings[${earlier}]; each Okta group may be the target of one mapping (Okta group names are unique)`,
          samePair
            ? `Remove groupMappings[${i}]`
            : `Give groupMappings[${i}] another oktaGroup, or remove it`,
        ),
      );
    });
    return out;
  },
};
