// `cdktf-okta-ldap/preflight`: the LDAPS preflight, its findings and their renderers. This file
// only re-exports, one list per module; every name here is a semver promise. It loads neither
// cdktf nor the okta provider bindings.

export { runPreflight } from '../preflight/run-preflight';
export type { PreflightInput, PreflightOptions } from '../preflight/preflight-options';
// @internal: the trusted connection `preflight --connection-from` builds (the CLI option is the supported way)
export type { ConnectionDifference, TrustedConnection } from '../preflight/trusted-connection';
export {
  PREFLIGHT_REPORT_SCHEMA,
  type Finding,
  type FindingsReport,
  type FindingStatus,
  type PreflightReport,
} from '../preflight/finding';
export { readSettingsFile } from '../preflight/settings-file';
export {
  integrationModel,
  type IntegrationModel,
  type IntegrationModelInput,
} from '../model/integration-model';

// Agent host checks (the machine that will run the Okta LDAP agent)
export {
  runAgentHost,
  AGENT_HOST_REPORT_SCHEMA,
  type AgentHostOptions,
  type AgentHostReport,
} from '../agent-host/run-agent-host';
// @internal: the machine reader `AgentHostOptions.probe` takes (for tests, not a promise)
export type { HostProbe } from '../agent-host/host-probe';

// Renderers
export { renderText, type TextRenderOptions } from '../preflight/render/text';
export { renderJson } from '../preflight/render/json';
export { renderMarkdown } from '../preflight/render/markdown';

// The settings the preflight reads
export {
  type LdapAgentSettings,
  type LdapDirectorySettings,
  type LdapExtraUserAttribute,
  type LdapGroupSettings,
  type LdapProvisioningSettings,
  type LdapRoleSettings,
  type LdapSchemaSettings,
  type LdapUserSettings,
  type ResolvedLdapDirectorySettings,
  type ResolvedLdapAgentSettings,
  type ResolvedLdapSchemaSettings,
  type ResolvedLdapUserSettings,
  type ResolvedLdapGroupSettings,
  type ResolvedLdapProvisioningSettings,
} from '../settings/ldap-directory-settings';
export {
  LdapConnectionSecurity,
  type LdapVendor,
  type OktaUsernameFormat,
} from '../settings/setting-choices';
export type {
  LdapGroupMapping,
  LdapPasswordPolicy,
  LdapRoleMapping,
  OktaAdminRole,
} from '../mappings/mapping-types';

// Errors
export { ErrorCategory, InputError, OktaLdapError } from '../errors';
