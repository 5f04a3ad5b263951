/**
 * Replacing a group role when a value the okta provider sends only on assignment changes
 * (`disable_notifications`, and `role_id` / `resource_set_id` of a CUSTOM role), judged by real
 * Terraform on stand-ins (okta-stand-ins.ts). Upgrading to the trigger replaces nothing.
 */
import { TerraformVariable, Testing } from 'cdktf';
import { type LdapRoleMapping, OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { APP_ID, jumpCloudSettings, OrgStack } from './fixtures';
import { standInConfig, StandInWorkspace, withoutReplaceTriggers } from './okta-stand-ins';

type Json = Record<string, unknown>;

function configWith(roleMappings: LdapRoleMapping[]): Json {
  const stack = new OrgStack(Testing.app(), 'org');
  new OktaLdapIntegration(stack, 'JumpCloud', {
    directory: jumpCloudSettings(),
    ldapAppId: APP_ID,
    roleMappings,
    preflightGuard: false,
  });
  return standInConfig(JSON.parse(Testing.synth(stack)) as Json, () => ({
    groups: [{ id: '00g-admins', name: 'it-admins', type: 'APP_GROUP', source: APP_ID }],
  }));
}

function triggerActions(actions: Record<string, string[]>): string[][] {
  return Object.entries(actions)
    .filter(([a]) => a.includes('_ReplaceTrigger-GroupRole-'))
    .map(([, a]) => a);
}

function roleActions(actions: Record<string, string[]>): string[][] {
  return Object.entries(actions)
    .filter(([a]) => a.includes('okta_group_role__'))
    .map(([, a]) => a);
}

const HELP_DESK: LdapRoleMapping = { ldapGroup: 'it-admins', role: OktaAdminRole.HELP_DESK_ADMIN };
const CUSTOM: LdapRoleMapping = {
  ldapGroup: 'it-admins',
  role: OktaAdminRole.CUSTOM,
  roleId: 'cr0role1',
  resourceSetId: 'iamset1',
};

test('upgrading adds the trigger without replacing; a changed notification setting or custom role replaces', () => {
  const ws = new StandInWorkspace({ JumpCloud_bind_password: 'unused' });
  try {
    ws.write(withoutReplaceTriggers(configWith([HELP_DESK])));
    ws.apply();

    ws.write(configWith([HELP_DESK]));
    const upgrade = ws.plannedActions();
    expect(roleActions(upgrade)).toEqual([['no-op']]);
    expect(
      Object.entries(upgrade).filter(
        ([a, x]) => a.includes('_ReplaceTrigger-GroupRole-') && x[0] === 'create',
      ),
    ).toHaveLength(1);
    ws.apply();

    // Unset and an explicit false are the same value: the trigger stays, nothing is replaced (the
    // stand-in shows an in-place update only because it does not know the provider's default).
    ws.write(configWith([{ ...HELP_DESK, disableNotifications: false }]));
    const same = ws.plannedActions();
    expect(triggerActions(same)).toEqual([['no-op']]);
    expect(roleActions(same)).not.toEqual([['delete', 'create']]);

    ws.write(configWith([{ ...HELP_DESK, disableNotifications: true }]));
    expect(roleActions(ws.plannedActions())).toEqual([['delete', 'create']]);
    ws.apply();

    ws.write(configWith([{ ...CUSTOM }]));
    ws.apply();
    // A CUSTOM role written with the same ids again: no change.
    expect(roleActions(ws.plannedActions())).toEqual([['no-op']]);
  } finally {
    ws.dispose();
  }
}, 120_000);

test('custom role ids from Terraform variables: a new resource set replaces the assignment', () => {
  const ws = new StandInWorkspace({ JumpCloud_bind_password: 'unused' });
  const build = (resourceSetId: string): Json => {
    const stack = new OrgStack(Testing.app(), 'org');
    const variable = (name: string, value: string) =>
      new TerraformVariable(stack, name, { type: 'string', default: value }).stringValue;
    new OktaLdapIntegration(stack, 'JumpCloud', {
      directory: jumpCloudSettings(),
      ldapAppId: APP_ID,
      roleMappings: [
        {
          ...CUSTOM,
          roleId: variable('role_id', 'cr0role1'),
          resourceSetId: variable('set_id', resourceSetId),
        },
      ],
      preflightGuard: false,
    });
    return standInConfig(JSON.parse(Testing.synth(stack)) as Json, () => ({
      groups: [{ id: '00g-admins', name: 'it-admins', type: 'APP_GROUP', source: APP_ID }],
    }));
  };
  try {
    ws.write(build('iamset1'));
    ws.apply();
    expect(roleActions(ws.plannedActions())).toEqual([['no-op']]);
    ws.write(build('iamset2'));
    expect(roleActions(ws.plannedActions())).toEqual([['delete', 'create']]);
  } finally {
    ws.dispose();
  }
}, 120_000);
