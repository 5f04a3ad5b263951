import type { LdapGroupMapping, LdapRoleMapping } from '../mappings/mapping-types';
import type { LdapExtraUserAttribute } from '../settings/ldap-directory-settings';
import type { Violation } from '../validation/validation-rule';
import { groupRoleId, oktaGroupId, schemaPropertyId } from './construct-ids';
import { extraAttributeProfileProperty } from './profile-mapping';

/**
 * Ids of the validation rules that report duplicates (OKLDAP-202 duplicate Okta group, OKLDAP-204
 * duplicate role mapping, OKLDAP-118 duplicate extra attribute). Those rules run first and compare
 * names case-insensitively, but skip tokens; this exact-match check on the construct ids is the
 * construct's last line of defence, so a duplicate never surfaces as a cdktf "There is already a
 * Construct with name" stack trace. It reports under the same rule ids.
 */
export const DUPLICATE_OKTA_GROUP_RULE_ID = 'OKLDAP-202';
export const DUPLICATE_ROLE_MAPPING_RULE_ID = 'OKLDAP-204';
export const DUPLICATE_EXTRA_ATTRIBUTE_RULE_ID = 'OKLDAP-118';

/** Violations for mappings whose resources would share a construct id (exact names). */
export function constructIdCollisions(
  groupMappings: readonly LdapGroupMapping[],
  roleMappings: readonly LdapRoleMapping[],
  extraAttributes: readonly LdapExtraUserAttribute[],
): Violation[] {
  const out: Violation[] = [];
  const check = <T>(
    ruleId: string,
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
        ruleId,
        severity: 'error',
        path: pathOf(index),
        value: valueOf(item),
        message: `${what} is already used by ${pathOf(earlier)}; each must be unique.`,
        fix,
      });
    });
  };
  check(
    DUPLICATE_OKTA_GROUP_RULE_ID,
    groupMappings,
    (m) => oktaGroupId(m.oktaGroup),
    (i) => `groupMappings[${i}].oktaGroup`,
    (m) => m.oktaGroup,
    'this Okta group',
    'map each Okta group once; to fill one group from several LDAP groups, use separate Okta groups or one LDAP group.',
  );
  check(
    DUPLICATE_ROLE_MAPPING_RULE_ID,
    roleMappings,
    (m) => groupRoleId(m.ldapGroup, m.role, m),
    (i) => `roleMappings[${i}]`,
    (m) => ({ ldapGroup: m.ldapGroup, role: m.role }),
    'this LDAP group and role pair',
    'remove the repeated role mapping.',
  );
  check(
    DUPLICATE_EXTRA_ATTRIBUTE_RULE_ID,
    extraAttributes,
    (a) => schemaPropertyId(extraAttributeProfileProperty(a)),
    (i) => `directory.user.extraAttributes[${i}].profileProperty`,
    (a) => extraAttributeProfileProperty(a),
    'this app user profile property',
    'give each extra attribute its own profileProperty.',
  );
  return out;
}
