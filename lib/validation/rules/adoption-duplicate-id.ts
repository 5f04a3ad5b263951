import { adoptionEntries, adoptionName, adoptionPath } from '../../adoption/adoption-file';
import type { ValidationRule, Violation } from '../validation-rule';
import { q, violation } from './rule-support';

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
    const first = new Map<string, string>();
    const out: Violation[] = [];
    for (const entry of adoptionEntries(src.value)) {
      const earlier = first.get(entry.id);
      if (earlier === undefined) {
        first.set(entry.id, entry.key);
        continue;
      }
      out.push(
        violation(
          adoptionDuplicateIdRule,
          adoptionPath(src, entry.key),
          entry.id,
          `${adoptionName(src)}, key ${entry.key}: id ${q(entry.id)} is already used at ${earlier}; each Okta object can be adopted by one resource`,
          `Keep the id at the key it belongs to and correct or remove ${entry.key} (re-run 'cdktf-okta-ldap adopt --write ${src.source}' to look the ids up again)`,
        ),
      );
    }
    return out;
  },
};
