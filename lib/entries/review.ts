// `cdktf-okta-ldap/review`: pull-request review of a synthesized app: the manifest reader, the
// Markdown report and the semantic diff. This file only re-exports, one list per module; every name
// here is a semver promise. It loads neither cdktf, the okta provider bindings nor ldapts.

// Manifest (what a synthesized stack records)
export { readSynthesizedApp, selectIntegration } from '../manifest/read-synthesized-app';
export {
  MANIFEST_SCHEMA,
  type IntegrationManifest,
  type ManifestResource,
  type ManifestWarning,
  type StackManifest,
} from '../manifest/integration-manifest';

// Report
export { renderReport, type ReportOptions } from '../review/report-markdown';
export { consoleSettings, SettingScreen, type ConsoleSetting } from '../review/console-settings';

// Diff
export {
  diffApps,
  diffIntegration,
  DiffArea,
  type AppDiff,
  type ChangeKind,
  type IntegrationDiff,
  type ValueChange,
} from '../review/app-diff';
export { renderDiffText, renderDiffMarkdown, diffSummary } from '../review/diff-render';

// Errors
export { InputError } from '../errors';
