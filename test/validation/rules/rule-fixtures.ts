/** Shared inputs for the rule tests: a valid JumpCloud integration and a valid OpenLDAP one. */
import { Lazy } from 'cdktf';
import {
  type LdapGroupMapping,
  type LdapPasswordPolicy,
  type LdapRoleMapping,
  OktaAdminRole,
} from '../../../lib/mappings/mapping-types';
import { integrationModel } from '../../../lib/model/integration-model';
import type { LdapDirectorySettings } from '../../../lib/settings/ldap-directory-settings';
import type { LdapDirectorySettingsOverrides } from '../../../lib/presets/directory-settings-overrides';
import { jumpCloudDirectory } from '../../../lib/presets/jumpcloud/jumpcloud-directory';
import { openLdapDirectory } from '../../../lib/presets/openldap/openldap-directory';
import type {
  IntegrationValidationInput,
  ValidationRule,
  Violation,
} from '../../../lib/validation-rule/validation-rule';

export const ORG_ID = '5f3c0a1b2c3d4e5f60718293';
export const ORG_DN = `o=${ORG_ID},dc=jumpcloud,dc=com`;
export const USERS_DN = `ou=Users,${ORG_DN}`;

/** JumpCloud preset settings with overrides. */
export function jumpCloud(overrides: LdapDirectorySettingsOverrides = {}): LdapDirectorySettings {
  return jumpCloudDirectory({ orgId: ORG_ID, bindUser: 'okta-bind', ...overrides });
}

/** OpenLDAP preset settings (`dc=example,dc=com`) with overrides. */
export function openLdap(overrides: LdapDirectorySettingsOverrides = {}): LdapDirectorySettings {
  return openLdapDirectory({
    host: 'ldap.example.com',
    baseDn: 'dc=example,dc=com',
    bindDn: 'cn=okta-agent,ou=services,dc=example,dc=com',
    ...overrides,
  });
}

export interface MappingsInput {
  readonly userMappings?: Record<string, string>;
  readonly groupMappings?: LdapGroupMapping[];
  readonly roleMappings?: LdapRoleMapping[];
  readonly passwordPolicy?: LdapPasswordPolicy;
}

/** A validation input: resolved settings plus mappings (none by default). */
export function input(
  settings: LdapDirectorySettings = jumpCloud(),
  mappings: MappingsInput = {},
): IntegrationValidationInput {
  return integrationModel({ settings, ...mappings });
}

/** Runs one rule through an unbound reference (rules must not depend on `this`). */
export function run(rule: ValidationRule, i: IntegrationValidationInput): Violation[] {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- deliberately unbound: proves the rule never uses `this`
  const check = rule.check;
  return check(i);
}

/** A cdktf string token (a value only Terraform knows). */
export function stringToken(value = 'x'): string {
  return Lazy.stringValue({ produce: () => value });
}

/** A cdktf number token. */
export function numberToken(value = 0): number {
  return Lazy.numberValue({ produce: () => value });
}

/** A typical set of valid mappings. */
export const VALID_MAPPINGS: MappingsInput = {
  userMappings: { email: 'appuser.email', firstName: 'appuser.givenName' },
  groupMappings: [
    { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
    { ldapGroup: 'support', oktaGroup: 'Support', ruleName: 'Support from LDAP' },
  ],
  roleMappings: [{ ldapGroup: 'okta-admins', role: OktaAdminRole.SUPER_ADMIN }],
  passwordPolicy: { name: 'LDAP users', priority: 1 },
};
