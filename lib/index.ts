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

// The Windows TLS 1.2 settings an agent host needs (also the construct's windowsTls12Script)
export {
  WINDOWS_TLS12_VALUES,
  WindowsTls12Format,
  windowsTls12PowerShell,
  windowsTls12Reg,
  windowsTls12Settings,
  type WindowsRegistryDword,
} from './agent-host/windows-tls12';

// Adoption of existing Okta objects (import blocks)
export {
  ADOPTION_SCHEMA,
  type AdoptionSource,
  type OktaAdoption,
  type AdoptedGroupMapping,
  type AdoptedRoleMappings,
} from './adoption/adoption-file';

// The integration model (resolved settings and mappings): what the guard, the preflight and the review read
export {
  integrationModel,
  type IntegrationModel,
  type IntegrationModelInput,
} from './model/integration-model';

// Deploy hook
export {
  PreflightGuard,
  type PreflightGuardOptions,
  type PreflightGuardProps,
} from './guard/preflight-guard';
export { GUARD_INPUT_SCHEMA, type GuardCheckOptions, type GuardInput } from './guard/guard-input';
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
  LdapConnectionSecurity,
  LdapVendor,
  OktaUsernameFormat,
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

// Presets
export {
  type LdapAgentSettingsOverrides,
  type LdapUserSettingsOverrides,
  type LdapGroupSettingsOverrides,
  type LdapDirectorySettingsOverrides,
} from './presets/directory-settings-overrides';
export { DirectoryPreset } from './presets/directory-preset';
export { jumpCloudDirectory, type JumpCloudDirectoryProps } from './presets/jumpcloud/jumpcloud-directory';
export { JumpCloudRegion, JUMPCLOUD_LDAP_HOSTS } from './presets/jumpcloud/jumpcloud-region';
export { openLdapDirectory, type OpenLdapDirectoryProps } from './presets/openldap/openldap-directory';
export { freeIpaDirectory, type FreeIpaDirectoryProps } from './presets/freeipa/freeipa-directory';

// Mappings
export {
  OktaAdminRole,
  type LdapGroupMapping,
  type LdapRoleMapping,
  type LdapPasswordPolicy,
} from './mappings/mapping-types';
export {
  defaultGroupRuleName,
  effectiveGroupRuleName,
  GROUP_RULE_NAME_MAX_LENGTH,
} from './mappings/group-rule-name';
export { GROUP_RULE_NAME_MAX_BYTES, OKTA_GROUP_NAME_MAX_BYTES } from './mappings/okta-name-limits';

// Validation
export {
  validateIntegration,
  OktaLdapValidationError,
  type ValidationResult,
  type SuppressedViolation,
} from './validation/validate-integration';
export type {
  IntegrationValidationInput,
  TerraformNameCollision,
  ValidationRule,
  ValidationSuppression,
  Violation,
  ViolationSeverity,
} from './validation-rule/validation-rule';
export { ALL_RULES } from './validation/all-rules';

// LDAP names
export {
  escapeRdnValue,
  formatDn,
  parseDn,
  DnSyntaxError,
  type DnParseOptions,
  type Rdn,
  type DnAttributeTypeAndValue,
} from './ldap-names/dn';
export { LdapFilterSyntaxError } from './ldap-names/ldap-filter';
