import 'cdktf/lib/testing/adapters/jest';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { App, TerraformStack, Testing } from 'cdktf';
import * as api from '../lib';

describe('the public entry point (lib/index.ts)', () => {
  test("exports the issue's fixed names and the main building blocks as values", () => {
    for (const name of [
      'OktaLdapIntegration',
      'jumpCloudDirectory',
      'openLdapDirectory',
      'validateIntegration',
      'OktaLdapValidationError',
      'exitOnValidationError',
      'runPreflight',
      'renderText',
      'renderJson',
      'renderMarkdown',
      'renderReport',
      'diffApps',
      'readSynthesizedApp',
      'PreflightGuard',
      'parseDn',
      'ALL_RULES',
    ] as const) {
      expect(typeof (api as Record<string, unknown>)[name]).not.toBe('undefined');
    }
  });

  test("the issue's usage example synthesizes through the public entry point", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app as App, 'org');
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
