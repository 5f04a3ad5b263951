import * as path from 'path';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import * as api from '../lib';
import * as preflight from '../lib/entries/preflight';
import * as review from '../lib/entries/review';
import { sampleManifest, writeSynthesizedApp } from './review/synthesized-app-fixture';
import { runCli } from './support/run-cli';
import { tempDir } from './support/temp-dir';

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
        'renderDiffJson',
        'renderDiffMarkdown',
        'renderDiffText',
        'renderReport',
        'renderReviewMarkdown',
        'renderReviewText',
        'reviewJson',
      ].sort(),
    );
  });

  test('cdktf-okta-ldap/review: readSynthesizedApp, diffApps and renderDiffJson print what `diff --json` prints', async () => {
    const dir = tempDir('entry-diff-json-');
    writeSynthesizedApp(path.join(dir, 'base'), { org: [sampleManifest()] });
    writeSynthesizedApp(path.join(dir, 'head'), {
      org: [sampleManifest({ userMappings: { email: 'appuser.mail' } })],
    });
    const diff = review.diffApps(
      review.readSynthesizedApp(path.join(dir, 'base')),
      review.readSynthesizedApp(path.join(dir, 'head')),
    );
    const json = review.renderDiffJson(diff);
    expect(JSON.parse(json)).toMatchObject({
      schema: 'cdktf-okta-ldap/diff@1',
      equal: false,
      integrations: [
        {
          stack: 'org',
          changes: expect.arrayContaining([
            expect.objectContaining({ key: 'email', before: 'appuser.email', after: 'appuser.mail' }),
          ]),
        },
      ],
      stackFindings: [],
    });
    expect(await runCli(['diff', 'base', 'head', '--json'], dir)).toEqual({
      code: 3,
      stdout: json,
      stderr: '',
    });
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
