import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import * as api from '../lib';
import * as preflight from '../lib/entries/preflight';
import * as review from '../lib/entries/review';

/** The runtime names an entry exports, sorted (types leave no trace at run time). */
function runtimeNames(entry: object): string[] {
  return Object.keys(entry).sort();
}

describe('the public entry points', () => {
  // Every runtime name is a semver promise: adding one here is a deliberate API change.
  test('cdktf-okta-ldap (lib/index.ts): the construct, settings, presets, mappings, enums, errors', () => {
    expect(runtimeNames(api)).toEqual(
      [
        'ADOPTION_SCHEMA',
        'ALL_RULES',
        'DirectoryPreset',
        'DnSyntaxError',
        'ErrorCategory',
        'DuplicatePackageError',
        'GROUP_RULE_NAME_MAX_BYTES',
        'GUARD_INPUT_SCHEMA',
        'GROUP_RULE_NAME_MAX_LENGTH',
        'OKTA_GROUP_NAME_MAX_BYTES',
        'JUMPCLOUD_LDAP_HOSTS',
        'JumpCloudRegion',
        'MANIFEST_SCHEMA',
        'LdapConnectionSecurity',
        'LdapFilterSyntaxError',
        'LdapVendor',
        'OktaAdminRole',
        'OktaLdapConfigurationError',
        'OktaLdapError',
        'OktaLdapIntegration',
        'OktaLdapValidationError',
        'OktaUsernameFormat',
        'PreflightGuard',
        'ProfileMappingRemoval',
        'WINDOWS_TLS12_VALUES',
        'WindowsTls12Format',
        'defaultGroupRuleName',
        'effectiveGroupRuleName',
        'escapeRdnValue',
        'exitOnValidationError',
        'formatDn',
        'freeIpaDirectory',
        'integrationModel',
        'jumpCloudDirectory',
        'openLdapDirectory',
        'parseDn',
        'validateIntegration',
        'windowsTls12PowerShell',
        'windowsTls12Reg',
        'windowsTls12Settings',
      ].sort(),
    );
  });

  test('cdktf-okta-ldap/preflight (lib/entries/preflight.ts): runPreflight, findings, renderers', () => {
    expect(runtimeNames(preflight)).toEqual(
      [
        'AGENT_HOST_CHECK_IDS',
        'AGENT_HOST_REPORT_SCHEMA',
        'BIND_PASSWORD_ENV',
        'CERTIFICATE_WARN_DAYS',
        'CHECK_IDS',
        'DEFAULT_CONNECT_TIMEOUT_MS',
        'DEFAULT_OPERATION_TIMEOUT_MS',
        'DEFAULT_OVERALL_TIMEOUT_MS',
        'ErrorCategory',
        'InputError',
        'LdapConnectionSecurity',
        'OktaLdapError',
        'PREFLIGHT_REPORT_SCHEMA',
        'integrationModel',
        'parseSettingsDocument',
        'readSettingsFile',
        'renderAgentHostJson',
        'renderAgentHostMarkdown',
        'renderAgentHostText',
        'renderJson',
        'renderMarkdown',
        'renderProgressLine',
        'renderText',
        'runAgentHost',
        'runPreflight',
      ].sort(),
    );
  });

  test('cdktf-okta-ldap/review (lib/entries/review.ts): manifest reader, report, diff, review', () => {
    expect(runtimeNames(review)).toEqual(
      [
        'CommentTooSmallError',
        'DiffArea',
        'ErrorCategory',
        'GITHUB_COMMENT_MAX_CHARS',
        'InputError',
        'COMMENT_VALUE_MAX',
        'MANIFEST_SCHEMA',
        'MIN_COMMENT_CHARS',
        'NO_INTEGRATION',
        'OktaLdapError',
        'ORG_ADMIN_ROLES',
        'PLAN_FORMAT_MAJOR',
        'PlanAction',
        'RISK_LEVELS',
        'RISK_RULES',
        'REVIEW_JSON_SCHEMA',
        'RiskLevel',
        'SettingScreen',
        'StackCheckKind',
        'StackLoadFindingKind',
        'buildReview',
        'consoleSettings',
        'countByRisk',
        'diffApps',
        'diffIntegration',
        'diffSummary',
        'isWideRole',
        'orgAdminGrants',
        'parseTerraformPlan',
        'readSynthesizedApp',
        'readTerraformPlan',
        'renderDiffMarkdown',
        'renderDiffText',
        'renderReport',
        'renderReviewMarkdown',
        'renderReviewText',
        'reviewJson',
        'selectIntegration',
        'stackOfPlan',
      ].sort(),
    );
  });

  test("the README's usage example synthesizes through the public entry point", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'org');
    new OktaProvider(stack, 'okta', {});
    const directory = api.jumpCloudDirectory({ orgId: '5f3c0a1b2c3d4e5f60718293', bindUser: 'okta-bind' });
    new api.OktaLdapIntegration(stack, 'JumpCloud', {
      directory,
      ldapAppId: '0oa6qvmxznVl4KFXe5d7',
      userMappings: { firstName: 'appuser.givenName' },
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
      roleMappings: [{ ldapGroup: 'admins', role: api.OktaAdminRole.READ_ONLY_ADMIN }],
      passwordPolicy: { name: 'LDAP users' },
    });
    const synthesized = Testing.synth(stack, true);
    expect(synthesized).toHaveResourceWithProperties(
      { tfResourceType: 'okta_group_rule' },
      { name: 'LDAP engineering to Engineering' },
    );
    expect(synthesized).toHaveResourceWithProperties(
      { tfResourceType: 'okta_policy_password' },
      { auth_provider: 'LDAP' },
    );
  });
});
