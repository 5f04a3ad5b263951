import { adoptionEntries } from '../../adoption/adoption-file';
import { adoptionCheck } from '../../validation-rule/adoption-check';
import { defineRule } from '../../validation-rule/define-rule';
import { repeatsOf } from './repeats';
import { q } from '../../validation-rule/rule-support';

/**
 * OKLDAP-303: no Okta id appears twice in the adoption file. Two resources importing one object
 * would both manage it (Terraform refuses the second import, or they fight over its settings).
 */
export const adoptionDuplicateIdRule = defineRule('OKLDAP-303', {
  severity: 'error',
  title: 'An Okta id is used twice in the adoption file',
  check: adoptionCheck((src, _input, report) => {
    for (const { item: entry, first } of repeatsOf(adoptionEntries(src.value), (e) => e.id)) {
      report.entry(
        entry.key,
        entry.id,
        `id ${q(entry.id)} is already used at ${first.key}; each Okta object can be adopted by one resource`,
        `Keep the id at the key it belongs to and correct or remove ${entry.key} (re-run 'cdktf-okta-ldap adopt --write ${src.source}' to look the ids up again)`,
      );
    }
  }),
});
