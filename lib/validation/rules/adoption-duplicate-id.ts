import { adoptionEntries, adoptionName, adoptionPath } from '../../adoption/adoption-file';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { repeatsOf } from './repeats';
import { q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-303: no Okta id appears twice in the adoption file. Two resources importing one object
 * would both manage it (Terraform refuses the second import, or they fight over its settings).
 */
export const adoptionDuplicateIdRule: ValidationRule = {
  id: 'OKLDAP-303',
  severity: 'error',
  title: 'An Okta id is used twice in the adoption file',
  check(input) {
    const src = input.adoption;
    if (src === undefined) return [];
    return repeatsOf(adoptionEntries(src.value), (entry) => entry.id).map(({ item: entry, first }) =>
      violation(
        adoptionDuplicateIdRule,
        adoptionPath(src, entry.key),
        entry.id,
        `${adoptionName(src)}, key ${entry.key}: id ${q(entry.id)} is already used at ${first.key}; each Okta object can be adopted by one resource`,
        `Keep the id at the key it belongs to and correct or remove ${entry.key} (re-run 'cdktf-okta-ldap adopt --write ${src.source}' to look the ids up again)`,
      ),
    );
  },
};
