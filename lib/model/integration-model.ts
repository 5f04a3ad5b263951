import type { LdapGroupMapping, LdapPasswordPolicy, LdapRoleMapping } from '../mappings/mapping-types';
import {
  type LdapDirectorySettings,
  type ResolvedLdapDirectorySettings,
  resolveDirectorySettings,
} from '../settings/ldap-directory-settings';

/**
 * One Okta LDAP integration as every part of the library sees it: the settings with every default
 * filled in and the mappings, as the construct was given them. The construct builds it once and
 * hands it to validation, the manifest and the deploy guard; the preflight and the review read it
 * back. Every other shape (`IntegrationManifest`, `GuardInput`, `IntegrationValidationInput`) is
 * this model plus its own fields.
 *
 * @jsii ignore (TypeScript-only: the model that the guard and the review read)
 */
export interface IntegrationModel {
  /** The directory settings with every default filled in (`resolveDirectorySettings`). */
  readonly settings: ResolvedLdapDirectorySettings;
  /** Okta profile attribute -> LDAP app user expression, e.g. `{ email: 'appuser.mail' }`. */
  readonly userMappings: Readonly<Record<string, string>>;
  /** LDAP group -> Okta group mappings, in the order given. */
  readonly groupMappings: readonly LdapGroupMapping[];
  /** Admin roles of imported LDAP groups, in the order given. */
  readonly roleMappings: readonly LdapRoleMapping[];
  /**
   * The Okta password policy for LDAP users.
   * @default - no password policy
   */
  readonly passwordPolicy?: LdapPasswordPolicy;
}

/**
 * What `integrationModel` builds a model from: the settings as typed, and the mappings.
 *
 * @jsii ignore (TypeScript-only: the model that the guard and the review read)
 */
export interface IntegrationModelInput {
  /** The directory settings as an admin types them (defaults not filled in yet). */
  readonly settings: LdapDirectorySettings;
  /**
   * Okta profile attribute -> LDAP app user expression.
   * @default - none
   */
  readonly userMappings?: Readonly<Record<string, string>>;
  /**
   * LDAP group -> Okta group mappings.
   * @default - none
   */
  readonly groupMappings?: readonly LdapGroupMapping[];
  /**
   * Admin roles of imported LDAP groups.
   * @default - none
   */
  readonly roleMappings?: readonly LdapRoleMapping[];
  /**
   * The Okta password policy for LDAP users.
   * @default - no password policy
   */
  readonly passwordPolicy?: LdapPasswordPolicy;
}

/**
 * Builds the model of one integration: resolves the settings (the one place that does) and copies
 * the mappings, so that later changes to the caller's arrays do not reach it.
 */
export function integrationModel(input: IntegrationModelInput): IntegrationModel {
  return {
    settings: resolveDirectorySettings(input.settings),
    userMappings: { ...(input.userMappings ?? {}) },
    groupMappings: [...(input.groupMappings ?? [])],
    roleMappings: [...(input.roleMappings ?? [])],
    ...(input.passwordPolicy !== undefined ? { passwordPolicy: input.passwordPolicy } : {}),
  };
}
