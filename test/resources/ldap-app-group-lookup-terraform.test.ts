/**
 * The exact lookup of an imported LDAP group, judged by real Terraform on stand-ins (see
 * okta-stand-ins.ts): the postcondition and the id reference keep only groups imported from this
 * integration's LDAP app (`groups[].source`), also when `ldapAppId` is a Terraform variable.
 */
import { Testing, TerraformVariable } from 'cdktf';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { APP_ID, jumpCloudSettings, OrgStack } from './fixtures';
import { standInConfig, StandInWorkspace } from './okta-stand-ins';

const OTHER_APP = '0oaOTHERldapAPP00001';

/** Two groups named `engineering`: one imported by another LDAP app, one by this one. */
function groupsNamedEngineering(ours: boolean) {
  return [
    { id: '00g-other-app', name: 'engineering', type: 'APP_GROUP', source: OTHER_APP, description: '' },
    ...(ours
      ? [{ id: '00g-this-app', name: 'engineering', type: 'APP_GROUP', source: APP_ID, description: '' }]
      : []),
  ];
}

function synthesize(appIdAsVariable: boolean): Record<string, unknown> {
  const stack = new OrgStack(Testing.app(), 'org');
  const appId = appIdAsVariable
    ? new TerraformVariable(stack, 'ldap_app_id', { type: 'string' }).stringValue
    : APP_ID;
  new OktaLdapIntegration(stack, 'JumpCloud', {
    directory: jumpCloudSettings(),
    ldapAppId: appId,
    groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
    roleMappings: [{ ldapGroup: 'engineering', role: OktaAdminRole.READ_ONLY_ADMIN }],
    preflightGuard: false,
  });
  return JSON.parse(Testing.synth(stack)) as Record<string, unknown>;
}

function run(appIdAsVariable: boolean, ours: boolean, check: (ws: StandInWorkspace, output: string) => void) {
  const ws = new StandInWorkspace({
    JumpCloud_bind_password: 'not-used-by-stand-ins',
    ...(appIdAsVariable ? { ldap_app_id: APP_ID } : {}),
  });
  try {
    ws.write(standInConfig(synthesize(appIdAsVariable), () => ({ groups: groupsNamedEngineering(ours) })));
    const output = ws.apply(ours ? 0 : 1);
    check(ws, output);
  } finally {
    ws.dispose();
  }
}

function standIn(ws: StandInWorkspace, type: string): Record<string, unknown> {
  const state = JSON.parse(ws.run(['show', '-json'])) as {
    values: {
      root_module: { resources: { address: string; values: { output: Record<string, unknown> } }[] };
    };
  };
  const found = state.values.root_module.resources.find((r) =>
    r.address.startsWith(`terraform_data.${type}__`),
  );
  if (found === undefined) throw new Error(`no ${type} stand-in in the state`);
  return found.values.output;
}

describe('exact LDAP group lookup, judged by Terraform', () => {
  test.each([
    ['a literal app id', false],
    ['an app id from a Terraform variable', true],
  ])(
    "with %s, a same-named group of another app is ignored and the rule and role use this app's group",
    (_label, asVariable) => {
      run(asVariable, true, (ws) => {
        expect(standIn(ws, 'okta_group_rule').expression_value).toBe('isMemberOfAnyGroup("00g-this-app")');
        expect(standIn(ws, 'okta_group_role').group_id).toBe('00g-this-app');
      });
    },
    60_000,
  );

  test('when only another app has a group of that name, the plan stops naming the group and this app', () => {
    run(false, false, (_ws, output) => {
      expect(output).toContain('Resource postcondition failed');
      expect(output.replace(/\s+/g, ' ')).toContain(
        `cdktf-okta-ldap: expected exactly one imported LDAP group (Okta group of type APP_GROUP) named "engineering" imported from the LDAP app ${APP_ID}.`,
      );
    });
  }, 60_000);
});
