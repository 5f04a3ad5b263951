/**
 * The keys mappings are identified by, one function per kind of mapping. Construct ids (and so
 * Terraform addresses), the adoption file, the diff and review of two synthesized apps and the
 * preflight all derive their keys from these, so one mapping is the same item everywhere.
 */
import { type LdapGroupMapping, type LdapRoleMapping, OktaAdminRole } from '../mappings/mapping-types';
import type { LdapExtraUserAttribute } from '../settings/ldap-directory-settings';
import { isTokenText } from '../terraform/cdktf-token';

/**
 * The key of a group mapping: its Okta group. Terraform keys the Okta group and its rule on it, so
 * a mapping whose LDAP group changes is the same mapping, changed.
 */
export function groupMappingKey(mapping: Pick<LdapGroupMapping, 'oktaGroup'>): string {
  return mapping.oktaGroup;
}

/** The key of a role mapping: the LDAP group, the role and, for a custom role, its two ids. */
export interface RoleMappingKey {
  /** The LDAP group that holds the role. */
  readonly ldapGroup: string;
  /** The role type, e.g. `HELP_DESK_ADMIN`. */
  readonly role: string;
  /**
   * `[roleId, resourceSetId]` of a CUSTOM role whose two ids are literal, not empty strings (one
   * group may hold several custom roles).
   * @default - unset for a standard role, and for a custom role with an id that is empty or a token
   */
  readonly customIds?: readonly [string, string];
}

/** The key of a role mapping (see `RoleMappingKey`). */
export function roleMappingKey(
  mapping: Pick<LdapRoleMapping, 'ldapGroup' | 'role' | 'roleId' | 'resourceSetId'>,
): RoleMappingKey {
  const { roleId, resourceSetId } = mapping;
  const literal = (id: unknown): id is string => typeof id === 'string' && id !== '' && !isTokenText(id);
  return {
    ldapGroup: mapping.ldapGroup,
    role: mapping.role,
    ...(mapping.role === OktaAdminRole.CUSTOM && literal(roleId) && literal(resourceSetId)
      ? { customIds: [roleId, resourceSetId] as const }
      : {}),
  };
}

/** A role mapping key as one text, e.g. `it-admins: ORG_ADMIN` or `ops: CUSTOM cr0… rs0…`. */
export function roleMappingKeyText(key: RoleMappingKey): string {
  return `${key.ldapGroup}: ${[key.role, ...(key.customIds ?? [])].join(' ')}`;
}

/**
 * The key of the lookup of an imported LDAP group: its name, exactly as written. Mappings that name
 * the same LDAP group share one lookup.
 */
export function ldapGroupKey(ldapGroup: string): string {
  return ldapGroup;
}

/**
 * The key of an LDAP group in the directory itself: `ldapGroupKey` without case, as LDAP compares a
 * `cn`. Two mappings naming `finance` and `Finance` are two Okta lookups but one directory group.
 */
export function directoryGroupKey(ldapGroup: string): string {
  return ldapGroupKey(ldapGroup).toLowerCase();
}

/** The key of a user mapping: the Okta profile attribute it fills. */
export function userMappingKey(oktaAttribute: string): string {
  return oktaAttribute;
}

/** The key of an extra LDAP attribute: its app user profile property (the LDAP attribute by default). */
export function extraAttributeKey(
  attribute: Pick<LdapExtraUserAttribute, 'ldapAttribute' | 'profileProperty'>,
): string {
  return attribute.profileProperty ?? attribute.ldapAttribute;
}

/** The human label of a group mapping, e.g. `engineering → Engineering`. */
export function groupMappingLabel(mapping: Pick<LdapGroupMapping, 'ldapGroup' | 'oktaGroup'>): string {
  return `${mapping.ldapGroup} → ${mapping.oktaGroup}`;
}
