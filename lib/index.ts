// The package's main entry, `cdktf-okta-ldap`: the construct, its props, the settings model and
// presets, mapping types, enums and errors. This file only re-exports, one list per module; every
// name here is a semver promise. It loads neither ldapts nor the CLI: the preflight is
// `cdktf-okta-ldap/preflight`, the review tools are `cdktf-okta-ldap/review`.

// Okta resources
export { OktaLdapIntegration, type OktaLdapIntegrationProps } from './resources/okta-ldap-integration';
export {
  exitOnValidationError,
  type ExitOnValidationErrorOptions,
} from './resources/exit-on-validation-error';
export { ProfileMappingRemoval } from './resources/profile-mapping-removal';
export { DuplicatePackageError, type DuplicatePackage } from './resources/single-package-copy';
export { ErrorCategory, OktaLdapConfigurationError, OktaLdapError } from './errors';

// Adoption of existing Okta objects (import blocks)
export type { OktaAdoption, AdoptedGroupMapping, AdoptedRoleMappings } from './adoption/adoption-file';

// The integration model (resolved settings and mappings): what the guard, the preflight and the review read
export {
  integrationModel,
  type IntegrationModel,
  type IntegrationModelInput,
} from './model/integration-model';

// Deploy guard
export {
  PreflightGuard,
  type PreflightGuardOptions,
  type PreflightGuardProps,
} from './guard/preflight-guard';
// @internal: the shapes of the guard's own `input` and `invocation` (for its tests, not a promise)
export type { GUARD_INPUT_SCHEMA, GuardCheckOptions, GuardInput } from './guard/guard-input';
export type { GuardInvocation } from './guard/guard-command';

// What an integration records in its stack's manifest (read back by the CLI and `/review`)
export {
  MANIFEST_SCHEMA,
  type IntegrationManifest,
  type IntegrationManifestBase,
  type ManifestResource,
  type ManifestSuppressedWarning,
  type ManifestWarning,
  type TerraformBlock,
  type TerraformBlockMode,
} from './manifest/integration-manifest';

// Settings model
export {
  type LdapAgentSettings,
  type LdapSchemaSettings,
  type LdapExtraUserAttribute,
  type LdapUserSettings,
  type LdapGroupSettings,
  type LdapRoleSettings,
  type LdapProvisioningSettings,
  type LdapDirectorySettings,
  type ResolvedLdapDirectorySettings,
  type ResolvedLdapAgentSettings,
  type ResolvedLdapSchemaSettings,
  type ResolvedLdapUserSettings,
  type ResolvedLdapGroupSettings,
  type ResolvedLdapProvisioningSettings,
} from './settings/ldap-directory-settings';
export { LdapConnectionSecurity, LdapVendor, OktaUsernameFormat } from './settings/setting-choices';

// Presets
export {
  type LdapAgentSettingsOverrides,
  type LdapUserSettingsOverrides,
  type LdapGroupSettingsOverrides,
  type LdapDirectorySettingsOverrides,
} from './presets/directory-settings-overrides';
export { DirectoryPreset } from './presets/directory-preset';
export { jumpCloudDirectory, type JumpCloudDirectoryProps } from './presets/jumpcloud/jumpcloud-directory';
export { JumpCloudRegion } from './presets/jumpcloud/jumpcloud-region';
export { openLdapDirectory, type OpenLdapDirectoryProps } from './presets/openldap/openldap-directory';
export { freeIpaDirectory, type FreeIpaDirectoryProps } from './presets/freeipa/freeipa-directory';

// Mappings
export {
  OktaAdminRole,
  type LdapGroupMapping,
  type LdapRoleMapping,
  type LdapPasswordPolicy,
} from './mappings/mapping-types';

// Validation
export { OktaLdapValidationError, type SuppressedViolation } from './validation/validate-integration';
export type { ValidationSuppression, Violation, ViolationSeverity } from './validation-rule/validation-rule';

// LDAP names
export { escapeRdnValue } from './ldap-names/dn';
