import type { LdapGroupMapping } from './mapping-types';

/** Okta's limit on a group rule name (characters). */
export const GROUP_RULE_NAME_MAX_LENGTH = 50;

/**
 * The name of the group rule of a mapping when `ruleName` is not set: `LDAP <ldapGroup> to <oktaGroup>`.
 * Not shortened: a name longer than 50 characters is reported by validation rule OKLDAP-201, whose
 * fix is to set `ruleName`.
 */
export function defaultGroupRuleName(mapping: Pick<LdapGroupMapping, 'ldapGroup' | 'oktaGroup'>): string {
  return `LDAP ${mapping.ldapGroup} to ${mapping.oktaGroup}`;
}

/** The group rule name the construct uses for a mapping: `ruleName`, else `defaultGroupRuleName`. */
export function effectiveGroupRuleName(mapping: LdapGroupMapping): string {
  return mapping.ruleName ?? defaultGroupRuleName(mapping);
}
