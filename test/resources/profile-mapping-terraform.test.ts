/**
 * The protected profile mapping and the replacement on a new LDAP app id, judged by real Terraform
 * on stand-ins (okta-stand-ins.ts): a destroy is refused, removing userMappings makes Terraform
 * forget the mapping (never destroy it), CLEAR lets it go, and a new ldapAppId replaces the mapping
 * and the app's schema properties. Upgrading to these blocks replaces nothing.
 */
import { Testing } from 'cdktf';
import {
  OktaLdapIntegration,
  type OktaLdapIntegrationProps,
} from '../../lib/resources/okta-ldap-integration';
import { ProfileMappingRemoval } from '../../lib/resources/profile-mapping-removal';
import { APP_ID, jumpCloudSettings, OrgStack } from './fixtures';
import { standInConfig, StandInWorkspace, withoutReplaceTriggers } from './okta-stand-ins';

type Json = Record<string, unknown>;

const USER_MAPPINGS = { firstName: 'appuser.givenName', email: 'appuser.mail' };

function configWith(props: Partial<OktaLdapIntegrationProps>): Json {
  const stack = new OrgStack(Testing.app(), 'org');
  new OktaLdapIntegration(stack, 'JumpCloud', {
    directory: jumpCloudSettings(),
    ldapAppId: APP_ID,
    preflightGuard: false,
    ...props,
  });
  return standInConfig(JSON.parse(Testing.synth(stack)) as Json, () => ({ id: 'oty-default-user' }));
}

/** Actions of the stand-ins whose address contains `part`. */
function actionsOf(actions: Record<string, string[]>, part: string): string[][] {
  return Object.entries(actions)
    .filter(([a]) => a.includes(part))
    .map(([, a]) => a);
}

function workspace(): StandInWorkspace {
  return new StandInWorkspace({ JumpCloud_bind_password: 'unused' });
}

test('a destroy is refused; removing userMappings forgets the mapping instead of clearing it', () => {
  const ws = workspace();
  try {
    ws.write(configWith({ userMappings: USER_MAPPINGS }));
    ws.apply();

    const refused = ws.run(['plan', '-destroy', '-input=false'], 1);
    expect(refused).toContain('Instance cannot be destroyed');
    expect(refused).toContain('okta_profile_mapping__JumpCloud_ProfileMapping_');

    ws.write(configWith({}));
    const actions = ws.plannedActions();
    expect(actionsOf(actions, 'okta_profile_mapping__')).toEqual([['forget']]);
    ws.apply();
    expect(ws.run(['state', 'list'])).not.toContain('okta_profile_mapping__');
    // And with nothing in the state the removed block is a no-op.
    expect(actionsOf(ws.plannedActions(), 'okta_profile_mapping__')).toEqual([]);
  } finally {
    ws.dispose();
  }
}, 120_000);

test('CLEAR lets Terraform destroy the mapping (the provider then clears it)', () => {
  const ws = workspace();
  try {
    ws.write(configWith({ userMappings: USER_MAPPINGS, profileMappingRemoval: ProfileMappingRemoval.CLEAR }));
    ws.apply();
    ws.write(configWith({ profileMappingRemoval: ProfileMappingRemoval.CLEAR }));
    expect(actionsOf(ws.plannedActions(), 'okta_profile_mapping__')).toEqual([['delete']]);
  } finally {
    ws.dispose();
  }
}, 120_000);

test('a new ldapAppId replaces the mapping and the schema properties; PROTECT stops the plan instead', () => {
  const ws = workspace();
  const NEW_APP = '0oaNEWldapAPP0000001';
  try {
    ws.write(configWith({ userMappings: USER_MAPPINGS, profileMappingRemoval: ProfileMappingRemoval.CLEAR }));
    ws.apply();
    ws.write(
      configWith({
        userMappings: USER_MAPPINGS,
        profileMappingRemoval: ProfileMappingRemoval.CLEAR,
        ldapAppId: NEW_APP,
      }),
    );
    const actions = ws.plannedActions();
    expect(actionsOf(actions, 'okta_profile_mapping__')).toEqual([['delete', 'create']]);
    expect(actionsOf(actions, 'okta_app_user_schema_property__')).toEqual([['delete', 'create']]);
    ws.apply();

    ws.write(configWith({ userMappings: USER_MAPPINGS, ldapAppId: APP_ID }));
    const refused = ws.run(['plan', '-input=false'], 1);
    expect(refused).toContain('Instance cannot be destroyed');
  } finally {
    ws.dispose();
  }
}, 120_000);

test('upgrading to the protected, app-bound mapping replaces nothing', () => {
  const ws = workspace();
  try {
    const current = configWith({ userMappings: USER_MAPPINGS });
    ws.write(withoutReplaceTriggers(current));
    ws.apply();
    ws.write(current);
    const actions = ws.plannedActions();
    expect(actionsOf(actions, 'okta_profile_mapping__')).toEqual([['no-op']]);
    expect(actionsOf(actions, 'okta_app_user_schema_property__')).toEqual([['no-op']]);
    expect(actionsOf(actions, '_ReplaceTrigger-LdapApp')).toEqual([['create']]);
  } finally {
    ws.dispose();
  }
}, 120_000);
