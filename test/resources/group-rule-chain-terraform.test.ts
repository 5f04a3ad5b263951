/**
 * The stack-wide group rule chain, judged by real Terraform on stand-ins (okta-stand-ins.ts):
 * adding an integration, inserting one before another, or removing one changes only `depends_on`
 * of existing rules, and Terraform plans no change (no replacement, no update) for any of them.
 */
import { Testing } from 'cdktf';
import type { LdapGroupMapping } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { APP_ID, jumpCloudSettings, OrgStack } from './fixtures';
import { standInConfig, StandInWorkspace } from './okta-stand-ins';

const INTEGRATIONS: Record<string, LdapGroupMapping[]> = {
  A: [
    { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
    { ldapGroup: 'sales', oktaGroup: 'Sales' },
  ],
  B: [{ ldapGroup: 'finance', oktaGroup: 'Finance' }],
  C: [{ ldapGroup: 'legal', oktaGroup: 'Legal' }],
};

/** The stand-in configuration of a stack holding the named integrations, in that order. */
function configWith(...ids: string[]): Record<string, unknown> {
  const stack = new OrgStack(Testing.app(), 'org');
  for (const id of ids) {
    new OktaLdapIntegration(stack, id, {
      directory: jumpCloudSettings(),
      ldapAppId: APP_ID,
      groupMappings: INTEGRATIONS[id]!,
      preflightGuard: false,
    });
  }
  const tf = JSON.parse(Testing.synth(stack)) as Record<string, unknown>;
  return standInConfig(tf, (_type, _name, args) => {
    const ldapGroup = /profile\.name eq "([^"]+)"/.exec(String(args.search))![1]!;
    return { groups: [{ id: `00g-${ldapGroup}`, name: ldapGroup, type: 'APP_GROUP', source: APP_ID }] };
  });
}

function rulesOf(actions: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(actions).filter(([a]) => a.includes('okta_group_rule__')));
}

test('adding, inserting and removing integrations never replaces or updates an existing group rule', () => {
  const vars = Object.fromEntries(['A', 'B', 'C'].map((id) => [`${id}_bind_password`, 'unused']));
  const ws = new StandInWorkspace(vars);
  try {
    ws.write(configWith('A', 'B'));
    ws.apply();
    const first = rulesOf(ws.plannedActions());
    expect(Object.values(first)).toEqual([['no-op'], ['no-op'], ['no-op']]);

    // C appended: its rule waits for B's; nothing existing changes.
    ws.write(configWith('A', 'B', 'C'));
    let actions = rulesOf(ws.plannedActions());
    for (const address of Object.keys(first))
      expect([address, actions[address]]).toEqual([address, ['no-op']]);
    expect(Object.entries(actions).filter(([, a]) => a[0] === 'create')).toHaveLength(1);
    ws.apply();

    // C constructed first: B's first rule and C's rule get new depends_on, still no change planned.
    ws.write(configWith('C', 'A', 'B'));
    actions = rulesOf(ws.plannedActions());
    expect(Object.values(actions).every((a) => a.length === 1 && a[0] === 'no-op')).toBe(true);
    expect(Object.keys(actions)).toHaveLength(4);
    ws.apply();

    // A removed: A's rules are deleted, the others stay untouched.
    ws.write(configWith('C', 'B'));
    actions = rulesOf(ws.plannedActions());
    const deleted = Object.entries(actions).filter(([, a]) => a[0] === 'delete');
    const kept = Object.entries(actions).filter(([, a]) => a[0] === 'no-op');
    expect([deleted.length, kept.length, Object.keys(actions).length]).toEqual([2, 2, 4]);
    ws.apply();
  } finally {
    ws.dispose();
  }
}, 120_000);
