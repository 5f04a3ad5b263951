import type { LdapGroupMapping, LdapRoleMapping } from '../mappings/mapping-types';
import type { LdapExtraUserAttribute } from '../settings/ldap-directory-settings';
import type { Violation } from '../validation/validation-rule';
import { groupRoleId, oktaGroupId, schemaPropertyId } from './construct-ids';
import { extraAttributeProfileProperty } from './profile-mapping';

/**
 * Rule id reported when two mappings would create the same resource. The validation rules report
 * duplicates first (case-insensitively); this exact-match check is the construct's last line of
 * defence, so a duplicate never surfaces as a cdktf "There is already a Construct with name" trace.
 */
export const DUPLICATE_MAPPING_RULE_ID = 'OKLDAP-DUP';

/** Violations for mappings whose resources would share a construct id (exact names). */
export function constructIdCollisions(
  groupMappings: readonly LdapGroupMapping[],
  roleMappings: readonly LdapRoleMapping[],
  extraAttributes: readonly LdapExtraUserAttribute[],
): Violation[] {
  const out: Violation[] = [];
  const check = <T>(
    items: readonly T[],
    idOf: (item: T) => string,
    pathOf: (index: number) => string,
    valueOf: (item: T) => unknown,
    what: string,
    fix: string,
  ) => {
    const first = new Map<string, number>();
    items.forEach((item, index) => {
      const id = idOf(item);
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, index);
        return;
      }
      out.push({
        ruleId: DUPLICATE_MAPPING_RULE_ID,
        severity: 'error',
        path: pathOf(index),
        value: valueOf(item),
        message: `${what} is already used by ${pathOf(earlier)}; each must be unique.`,
        fix,
      });
    });
  };
  check(
    groupMappings,
    (m) => oktaGroupId(m.oktaGroup),
    (i) => `groupMappings[${i}].oktaGroup`,
    (m) => m.oktaGroup,
    'this Okta group',
    'map each Okta group once; to fill one group from several LDAP groups, use separate Okta groups or one LDAP group.',
  );
  check(
    roleMappings,
    (m) => groupRoleId(m.ldapGroup, m.role),
    (i) => `roleMappings[${i}]`,
    (m) => ({ ldapGroup: m.ldapGroup, role: m.role }),
    'this LDAP group and role pair',
    'remove the repeated role mapping.',
  );
  check(
    extraAttributes,
    (a) => schemaPropertyId(extraAttributeProfileProperty(a)),
    (i) => `directory.user.extraAttributes[${i}].profileProperty`,
    (a) => extraAttributeProfileProperty(a),
    'this app user profile property',
    'give each extra attribute its own profileProperty.',
  );
  return out;
}
