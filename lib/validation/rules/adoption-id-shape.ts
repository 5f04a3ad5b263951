import { adoptionEntries, adoptionName, adoptionPath } from '../../adoption/adoption-file';
import { describeOktaId, isOktaIdOfKind, oktaIdKindByPrefix } from '../../adoption/okta-ids';
import type { ValidationRule, Violation } from '../../validation-rule/validation-rule';
import { q, violation } from '../../validation-rule/rule-support';

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
export const adoptionIdShapeRule: ValidationRule = {
  id: 'OKLDAP-302',
  severity: 'error',
  title: 'An Okta id in the adoption file has the wrong shape',
  check(input) {
    const src = input.adoption;
    if (src === undefined) return [];
    const out: Violation[] = [];
    for (const entry of adoptionEntries(src.value)) {
      if (isOktaIdOfKind(entry.id, entry.kind)) continue;
      const other = oktaIdKindByPrefix(entry.id);
      const hint =
        other !== undefined && other !== entry.kind ? ` (it is shaped like a ${KIND_WORDS[other]} id)` : '';
      out.push(
        violation(
          adoptionIdShapeRule,
          adoptionPath(src, entry.key),
          entry.id,
          `${adoptionName(src)}, key ${entry.key}: ${q(entry.id)} is not ${describeOktaId(entry.kind)}${hint}`,
          `Put the ${KIND_WORDS[entry.kind]}'s id at ${entry.key} (the Admin Console shows it in the object's URL; 'cdktf-okta-ldap adopt --write ${src.source}' finds it), or remove the key to create the object instead`,
        ),
      );
    }
    return out;
  },
};
