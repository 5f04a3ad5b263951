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
        'DirectoryPreset',
        'DuplicatePackageError',
        'ErrorCategory',
        'JumpCloudRegion',
        'LdapConnectionSecurity',
        'LdapVendor',
        'MANIFEST_SCHEMA',
        'OktaAdminRole',
        'OktaLdapConfigurationError',
        'OktaLdapError',
        'OktaLdapIntegration',
        'OktaLdapValidationError',
        'OktaUsernameFormat',
        'PreflightGuard',
        'ProfileMappingRemoval',
        'escapeRdnValue',
        'exitOnValidationError',
        'freeIpaDirectory',
        'integrationModel',
        'jumpCloudDirectory',
        'openLdapDirectory',
      ].sort(),
    );
  });

  test('cdktf-okta-ldap/preflight (lib/entries/preflight.ts): runPreflight, findings, renderers', () => {
    expect(runtimeNames(preflight)).toEqual(
      [
        'AGENT_HOST_REPORT_SCHEMA',
        'ErrorCategory',
        'InputError',
        'LdapConnectionSecurity',
        'OktaLdapError',
        'PREFLIGHT_REPORT_SCHEMA',
        'integrationModel',
        'readSettingsFile',
        'renderJson',
        'renderMarkdown',
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
        'InputError',
        'MANIFEST_SCHEMA',
        'OktaLdapError',
        'PlanAction',
        'REVIEW_JSON_SCHEMA',
        'RiskLevel',
        'StackLoadFindingKind',
        'buildReview',
        'diffApps',
        'readSynthesizedApp',
        'readTerraformPlan',
        'renderDiffMarkdown',
        'renderDiffText',
        'renderReport',
        'renderReviewMarkdown',
        'renderReviewText',
        'reviewJson',
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
