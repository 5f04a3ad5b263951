import type { LdapGroupMapping, LdapRoleMapping } from '../mappings/mapping-types';
import type { LdapExtraUserAttribute } from '../settings/ldap-directory-settings';
import type { ValidationRule, Violation } from '../validation-rule/validation-rule';
import { duplicateExtraAttributesRule } from '../validation/rules/duplicate-extra-attributes';
import { duplicateOktaGroupRule } from '../validation/rules/duplicate-okta-group';
import { duplicateRoleMappingRule } from '../validation/rules/duplicate-role-mapping';
import { repeatsOf } from '../validation/rules/repeats';
import { violation } from '../validation-rule/rule-support';
import { groupRoleId, oktaGroupId, schemaPropertyId } from './construct-ids';
import { extraAttributeKey } from '../model/mapping-keys';

/**
 * Violations for mappings whose resources would share a construct id. The duplicate rules
 * (OKLDAP-202, OKLDAP-204, OKLDAP-118) run first and compare names case-insensitively, but skip
 * tokens; this check compares the construct ids the resources would get, tokens included, and
 * reports under the same rules, so a duplicate never surfaces as a cdktf "There is already a
 * Construct with name" stack trace.
 */
export function constructIdCollisions(
  groupMappings: readonly LdapGroupMapping[],
  roleMappings: readonly LdapRoleMapping[],
  extraAttributes: readonly LdapExtraUserAttribute[],
): Violation[] {
  const collisions = <T>(
    rule: ValidationRule,
    items: readonly T[],
    idOf: (item: T) => string,
    pathOf: (index: number) => string,
    valueOf: (item: T) => unknown,
    what: string,
    fix: string,
  ): Violation[] =>
    repeatsOf(items, idOf).map(({ item, index, firstIndex }) =>
      violation(
        rule,
        pathOf(index),
        valueOf(item),
        `${what} is already used by ${pathOf(firstIndex)}; each must be unique.`,
        fix,
      ),
    );
  return [
    ...collisions(
      duplicateOktaGroupRule,
      groupMappings,
      oktaGroupId,
      (i) => `groupMappings[${i}].oktaGroup`,
      (m) => m.oktaGroup,
      'this Okta group',
      'map each Okta group once; to fill one group from several LDAP groups, use separate Okta groups or one LDAP group.',
    ),
    ...collisions(
      duplicateRoleMappingRule,
      roleMappings,
      groupRoleId,
      (i) => `roleMappings[${i}]`,
      (m) => ({ ldapGroup: m.ldapGroup, role: m.role }),
      'this LDAP group and role pair',
      'remove the repeated role mapping.',
    ),
    ...collisions(
      duplicateExtraAttributesRule,
      extraAttributes,
      schemaPropertyId,
      (i) => `directory.user.extraAttributes[${i}].profileProperty`,
      extraAttributeKey,
      'this app user profile property',
      'give each extra attribute its own profileProperty.',
    ),
  ];
}
