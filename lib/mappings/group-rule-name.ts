import type { LdapGroupMapping } from './mapping-types';
import { GROUP_RULE_NAME_MAX_BYTES } from './okta-name-limits';

/**
 * Okta's limit on a group rule name: 50 **UTF-8 bytes** (the okta provider counts bytes).
 * @deprecated use `GROUP_RULE_NAME_MAX_BYTES`; the limit was never a number of characters
 */
export const GROUP_RULE_NAME_MAX_LENGTH = GROUP_RULE_NAME_MAX_BYTES;

/**
 * The name of the group rule of a mapping when `ruleName` is not set: `LDAP <ldapGroup> to <oktaGroup>`.
 * Not shortened: a name longer than 50 bytes is reported by validation rule OKLDAP-201, whose
 * fix is to set `ruleName`.
 */
export function defaultGroupRuleName(mapping: Pick<LdapGroupMapping, 'ldapGroup' | 'oktaGroup'>): string {
  return `LDAP ${mapping.ldapGroup} to ${mapping.oktaGroup}`;
}

/** The group rule name the construct uses for a mapping: `ruleName`, else `defaultGroupRuleName`. */
export function effectiveGroupRuleName(mapping: LdapGroupMapping): string {
  return mapping.ruleName ?? defaultGroupRuleName(mapping);
}
