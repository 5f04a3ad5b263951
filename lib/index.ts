// Public surface of cdktf-okta-ldap. This file only re-exports; internals stay out.

// Settings model and presets
export * from './settings/ldap-directory-settings';
export * from './settings/presets/directory-settings-overrides';
export * from './settings/presets/jumpcloud-directory';
export * from './settings/presets/openldap-directory';

// Mappings
export * from './mappings/mapping-types';
export {
  defaultGroupRuleName,
  effectiveGroupRuleName,
  GROUP_RULE_NAME_MAX_LENGTH,
} from './mappings/group-rule-name';
export {
  GROUP_RULE_NAME_MAX_BYTES,
  OKTA_GROUP_NAME_MAX_BYTES,
  utf8ByteLength,
} from './mappings/okta-name-limits';

// Validation
export * from './validation/validation-rule';
export {
  validateIntegration,
  OktaLdapValidationError,
  type ValidationResult,
} from './validation/validate-integration';
export { ALL_RULES } from './validation/rules';
export {
  parseDn,
  tryParseDn,
  type DnParseResult,
  type DnParseOptions,
  LENIENT_DN,
  formatDn,
  escapeRdnValue,
  isDnWithin,
  dnEquals,
  rdnEquals,
  isAttributeType,
  DnSyntaxError,
  type Rdn,
  type DnAttributeTypeAndValue,
} from './ldap-names/dn';
export {
  parseLdapFilter,
  ldapFilterProblem,
  filterAttributeNames,
  LdapFilterSyntaxError,
} from './ldap-names/ldap-filter';

// Okta resources
export {
  OktaLdapIntegration,
  type OktaLdapIntegrationProps,
  type IntegrationPreflightGuardOptions,
} from './resources/okta-ldap-integration';
export {
  exitOnValidationError,
  type ExitOnValidationErrorOptions,
} from './resources/exit-on-validation-error';
export { terraformLiteral } from './shared/terraform-literal';

// Adoption of existing Okta objects (import blocks)
export {
  ADOPTION_SCHEMA,
  type OktaAdoption,
  type AdoptedGroupMapping,
  type AdoptedRoleMappings,
} from './adoption/adoption-file';

// Deploy hook
export { PreflightGuard, type PreflightGuardProps } from './hook/preflight-guard';

// Manifest (what a synthesized stack records)
export * from './manifest/integration-manifest';
export { readSynthesizedApp, selectIntegration } from './manifest/read-synthesized-app';

// Preflight and its renderers
export * from './preflight';
export { renderText, renderProgressLine, type TextRenderOptions } from './render/text';
export { renderJson } from './render/json';
export { renderMarkdown } from './render/markdown';

// Pull-request review
export { renderReport, type ReportOptions } from './review/report-markdown';
export { consoleSettings, type ConsoleSetting, SettingScreen } from './review/console-settings';
export * from './review/app-diff';
export { renderDiffText, renderDiffMarkdown, diffSummary } from './review/diff-render';

// Errors
export { InputError } from './errors';
