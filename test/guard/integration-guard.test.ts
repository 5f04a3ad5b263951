/** The guard as OktaLdapIntegration builds it: wiring into the Okta resources. */
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { Testing, TerraformStack } from 'cdktf';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegration, OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { GUARD_INPUT_SCHEMA } from '../../lib/guard/guard-input';

type Resources = Record<
  string,
  Record<string, { depends_on?: string[]; input?: Record<string, unknown> } & Record<string, unknown>>
>;

function synth(overrides: Partial<OktaLdapIntegrationProps> = {}): {
  resource: Resources;
  integration: OktaLdapIntegration;
} {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'org');
  new OktaProvider(stack, 'okta', {});
  const integration = new OktaLdapIntegration(stack, 'JumpCloud', {
    directory: jumpCloudDirectory({
      orgId: '5f3c0a1b2c3d4e5f60718293',
      bindUser: 'okta-bind',
      user: { extraAttributes: [{ ldapAttribute: 'employeeType' }] },
    }),
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    userMappings: { firstName: 'appuser.givenName', email: 'appuser.mail' },
    groupMappings: [
      { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
      { ldapGroup: 'sales', oktaGroup: 'Sales' },
    ],
    roleMappings: [{ ldapGroup: 'it-admins', role: OktaAdminRole.READ_ONLY_ADMIN }],
    passwordPolicy: { name: 'LDAP users' },
    ...overrides,
  });
  return { resource: (JSON.parse(Testing.synth(stack)) as { resource: Resources }).resource, integration };
}

test('every Okta resource of the integration depends on the guard', () => {
  const { resource } = synth();
  const guards = Object.keys(resource.terraform_data ?? {}).filter((k) => !k.includes('_ReplaceTrigger-'));
  expect(guards).toHaveLength(1);
  const guardAddress = `terraform_data.${guards[0]}`;
  const okta = Object.entries(resource).filter(([type]) => type.startsWith('okta_'));
  expect(okta.map(([type]) => type).sort()).toEqual([
    'okta_app_user_schema_property',
    'okta_group',
    'okta_group_role',
    'okta_group_rule',
    'okta_policy_password',
    'okta_profile_mapping',
  ]);
  for (const [type, byName] of okta) {
    for (const [name, config] of Object.entries(byName)) {
      expect({
        address: `${type}.${name}`,
        dependsOnGuard: (config.depends_on ?? []).includes(guardAddress),
      }).toEqual({ address: `${type}.${name}`, dependsOnGuard: true });
    }
  }
});

test('the guard checks exactly the integration’s settings and mappings, with its bind password variable', () => {
  const { resource, integration } = synth();
  const guard = Object.values(resource.terraform_data!)[0]! as unknown as {
    input: { schema: string; settings: unknown; groupMappings: unknown[] };
    provisioner: { 'local-exec': { environment: Record<string, string> } }[];
  };
  expect(guard.input.schema).toBe(GUARD_INPUT_SCHEMA);
  expect(guard.input.settings).toEqual(JSON.parse(JSON.stringify(integration.settings)));
  expect(guard.input.groupMappings).toHaveLength(2);
  expect(guard.provisioner[0]!['local-exec'].environment.LDAP_BIND_PASSWORD).toBe(
    `\${var.${integration.bindPassword.friendlyUniqueId}}`,
  );
});

test('preflightGuard: false leaves no guard and no dependency on one', () => {
  const { resource } = synth({ preflightGuard: false });
  // The only terraform_data left are replace triggers (see role-mapping.ts); nothing depends on a guard.
  expect(Object.keys(resource.terraform_data ?? {}).every((k) => k.includes('_ReplaceTrigger-'))).toBe(true);
  expect(JSON.stringify(resource)).not.toMatch(/"depends_on":\[[^\]]*terraform_data\./);
});
