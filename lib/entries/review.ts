// `cdktf-okta-ldap/review`: pull-request review of a synthesized app: the manifest reader, the
// Markdown report, the semantic diff and the risk-ranked review. This file only re-exports, one list per module; every name
// here is a semver promise. It loads neither cdktf, the okta provider bindings nor ldapts.

// Manifest (what a synthesized stack records)
export { readSynthesizedApp } from '../manifest/read-synthesized-app';
export {
  MANIFEST_SCHEMA,
  type IntegrationManifest,
  type IntegrationManifestBase,
  type ManifestResource,
  type ManifestSuppressedWarning,
  type ManifestWarning,
  StackLoadFindingKind,
  type StackLoadFinding,
  type StackManifest,
  type TerraformBlock,
  type TerraformBlockMode,
} from '../manifest/integration-manifest';

// Report
export { renderReport, type ReportOptions } from '../review/report-markdown';

// Diff
export { diffApps, type AppDiff, type IntegrationDiff, type StackFinding } from '../review/app-diff';
export { DiffArea, type ChangeKind, type ValueChange } from '../review/diff-model';
export { renderDiffText, renderDiffMarkdown } from '../review/diff-render';

// Review: one pull-request comment, changes ranked by risk, plan-aware
export {
  buildReview,
  type IntegrationStatus,
  type PlanInput,
  type Review,
  type ReviewedChange,
  type ReviewedIntegration,
  type ReviewedPlan,
  type ReviewedPreflight,
  type ReviewedResource,
  type ReviewOptions,
} from '../review/review';
export {
  CommentTooSmallError,
  renderReviewMarkdown,
  type ReviewMarkdownOptions,
} from '../review/review-markdown';
export { renderReviewText } from '../review/review-text';
export {
  reviewJson,
  REVIEW_JSON_SCHEMA,
  type ReviewJson,
  type ReviewJsonChange,
  type ReviewJsonIntegration,
  type ReviewJsonPlan,
  type ReviewJsonPlannedResource,
  type ReviewJsonPreflight,
  type ReviewJsonSummary,
} from '../review/review-json';
export type { OrgAdminGrant } from '../review/org-admin-grants';
export { RiskLevel, type RiskRule } from '../review/risk-rule';
export {
  PlanAction,
  readTerraformPlan,
  type PlannedResource,
  type TerraformPlan,
} from '../review/terraform-plan';

// The settings, mappings and preflight reports a manifest or a review holds
export type {
  LdapAgentSettings,
  LdapDirectorySettings,
  LdapExtraUserAttribute,
  LdapGroupSettings,
  LdapProvisioningSettings,
  LdapRoleSettings,
  LdapSchemaSettings,
  LdapUserSettings,
  ResolvedLdapDirectorySettings,
  ResolvedLdapAgentSettings,
  ResolvedLdapSchemaSettings,
  ResolvedLdapUserSettings,
  ResolvedLdapGroupSettings,
  ResolvedLdapProvisioningSettings,
} from '../settings/ldap-directory-settings';
export type { LdapConnectionSecurity, LdapVendor, OktaUsernameFormat } from '../settings/setting-choices';
export type {
  LdapGroupMapping,
  LdapPasswordPolicy,
  LdapRoleMapping,
  OktaAdminRole,
} from '../mappings/mapping-types';
export type { IntegrationModel } from '../model/integration-model';
// Types only: the preflight's code stays out of this entry (its values are in `/preflight`).
export type {
  Finding,
  FindingsReport,
  FindingStatus,
  PREFLIGHT_REPORT_SCHEMA,
  PreflightReport,
} from '../preflight/finding';

// Errors
export { ErrorCategory, InputError, OktaLdapError } from '../errors';
