/**
 * The Okta-side texts a group mapping is made of, in one place for the construct, the review and
 * `adopt` (cdktf-free): the exact search that finds an imported LDAP group, the group rule's
 * expression, and the default description of the Okta group the construct creates.
 */
import type { LdapGroupMapping } from './mapping-types';

/** Expression type of a group rule written in Okta's expression language. */
export const OKTA_EXPRESSION_TYPE = 'urn:okta:expression:1.0';

/**
 * Quotes a value as a string literal of Okta's `search` expression language (SCIM-like filter):
 * backslashes and double quotes are escaped with a backslash.
 */
export function oktaSearchString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The Okta `search` expression that finds exactly the imported LDAP group named `ldapGroup`:
 * `type eq "APP_GROUP" and profile.name eq "<name>"`. Unlike `data okta_group` by name (a prefix
 * search that accepts one non-exact hit with only a warning), `eq` on `profile.name` is exact.
 */
export function appGroupSearch(ldapGroup: string): string {
  return `type eq "APP_GROUP" and profile.name eq ${oktaSearchString(ldapGroup)}`;
}

/**
 * The expression of the group rule that fills an Okta group from one imported LDAP group:
 * `isMemberOfAnyGroup("<id>")` with the group's id (never `isMemberOfGroupName`, which matches a
 * same-named group from any source).
 */
export function groupRuleExpression(ldapGroupId: string): string {
  return `isMemberOfAnyGroup("${ldapGroupId}")`;
}

/** The id inside a `groupRuleExpression`, or undefined when the expression is not one. */
export function groupRuleExpressionId(expression: string): string | undefined {
  return /^isMemberOfAnyGroup\("(.+)"\)$/s.exec(expression)?.[1];
}

/** Default description of an Okta group created for a group mapping. */
export function defaultOktaGroupDescription(mapping: Pick<LdapGroupMapping, 'ldapGroup'>): string {
  return `Members of LDAP group ${mapping.ldapGroup} (managed by cdktf-okta-ldap)`;
}
