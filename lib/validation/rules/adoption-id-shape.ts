import { adoptionEntries } from '../../adoption/adoption-file';
import { describeOktaId, isOktaIdOfKind, oktaIdKindByPrefix } from '../../adoption/okta-ids';
import { adoptionCheck } from '../../validation-rule/adoption-check';
import { defineRule } from '../../validation-rule/define-rule';
import { q } from '../../validation-rule/rule-support';

const KIND_WORDS = {
  group: 'group',
  groupRule: 'group rule',
  policy: 'policy',
  roleAssignment: 'role assignment',
};

/**
 * OKLDAP-302: every id in the adoption file has the shape of its Okta type (20 characters with
 * the type's prefix: `00g` group, `0pr` group rule, `00p` policy). A name, a URL, or the id of
 * another kind of object pasted by hand would make `terraform plan` fail on import, or import
 * the wrong object.
 */
export const adoptionIdShapeRule = defineRule('OKLDAP-302', {
  severity: 'error',
  title: 'An Okta id in the adoption file has the wrong shape',
  check: adoptionCheck((src, _input, report) => {
    for (const { key, kind, id } of adoptionEntries(src.value)) {
      if (isOktaIdOfKind(id, kind)) continue;
      const other = oktaIdKindByPrefix(id);
      const hint =
        other !== undefined && other !== kind ? ` (it is shaped like a ${KIND_WORDS[other]} id)` : '';
      report.entry(
        key,
        id,
        `${q(id)} is not ${describeOktaId(kind)}${hint}`,
        `Put the ${KIND_WORDS[kind]}'s id at ${key} (the Admin Console shows it in the object's URL; 'cdktf-okta-ldap adopt --write ${src.source}' finds it), or remove the key to create the object instead`,
      );
    }
  }),
});
