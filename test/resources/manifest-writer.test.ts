import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { terraformIdentifier } from '../../lib/resources/manifest-writer';
import { freshApp, OrgStack, validProps } from './fixtures';
import { tempDir } from '../support/temp-dir';

interface TfJson {
  variable: Record<string, unknown>;
  output: Record<string, unknown>;
  resource: {
    terraform_data: Record<string, { input: { integration: string }; provisioner: unknown[] }>;
    okta_group_rule: Record<string, { depends_on?: string[] }>;
  };
}

/** A value with every object's keys sorted: two apps that differ only in construction order compare equal. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
  );
}

/** Synthesizes one stack with an integration `JumpCloud` in each of the given team constructs, in that order. */
function synthTeams(teams: readonly string[]): { tf: TfJson; outdir: string } {
  const outdir = tempDir('okta-ldap-names-');
  const app = freshApp(outdir);
  const stack = new OrgStack(app, 'org');
  for (const team of teams) {
    new OktaLdapIntegration(
      new Construct(stack, team),
      'JumpCloud',
      validProps({
        groupMappings: [{ ldapGroup: 'engineering', oktaGroup: `Engineering ${team}` }],
        roleMappings: [],
        passwordPolicy: { name: `${team} LDAP users` },
        preflightGuardOptions: { cliPath: path.join(__dirname, 'golden', 'runner-stand-in.js') },
      }),
    );
  }
  app.synth();
  const text = fs.readFileSync(path.join(outdir, 'stacks', 'org', 'cdk.tf.json'), 'utf8');
  return { tf: JSON.parse(text) as TfJson, outdir };
}

describe('integration names in a stack', () => {
  test('two integrations with the same id get keys and variable names from their paths, whatever the order', () => {
    const ab = synthTeams(['TeamA', 'TeamB']);
    const ba = synthTeams(['TeamB', 'TeamA']);
    // Group rules are created one after another across the stack (a chain of depends_on, to avoid
    // Okta's 423 on parallel rule creation), in construction order: an ordering, not a plan change.
    for (const { tf } of [ab, ba]) {
      for (const rule of Object.values(tf.resource.okta_group_rule)) {
        rule.depends_on = rule.depends_on?.filter((d) => !d.startsWith('okta_group_rule.'));
      }
    }
    expect(sortedKeys(ab.tf)).toEqual(sortedKeys(ba.tf));
    for (const { tf, outdir } of [ab, ba]) {
      const [org] = readSynthesizedApp(outdir);
      const byKey = Object.fromEntries(org!.integrations.map((i) => [i.id, i]));
      expect(Object.keys(byKey).sort()).toEqual(['TeamA/JumpCloud', 'TeamB/JumpCloud']);
      expect(byKey['TeamA/JumpCloud']!.path).toBe('org/TeamA/JumpCloud');
      expect(byKey['TeamA/JumpCloud']!.bindPasswordVariable).toBe('TeamA_JumpCloud_bind_password');
      expect(byKey['TeamB/JumpCloud']!.bindPasswordVariable).toBe('TeamB_JumpCloud_bind_password');
      expect(Object.keys(tf.variable).sort()).toEqual([
        'TeamA_JumpCloud_bind_password',
        'TeamB_JumpCloud_bind_password',
      ]);
      expect(Object.keys(tf.output)).toContain('TeamA_JumpCloud_ldap_app_id');
      // Each guard names its own integration and reads its own team's password.
      const guards = Object.values(tf.resource.terraform_data).filter((r) => r.provisioner !== undefined);
      const seen = guards.map((g) => [
        g.input.integration,
        JSON.stringify(g.provisioner).match(/var\.(\w+)/)?.[1],
      ]);
      expect(seen.sort()).toEqual([
        ['TeamA/JumpCloud', 'TeamA_JumpCloud_bind_password'],
        ['TeamB/JumpCloud', 'TeamB_JumpCloud_bind_password'],
      ]);
    }
  });

  test('manifestKey of the integration built first follows once a second one has the same id', () => {
    const app = freshApp(tempDir('okta-ldap-names-'));
    const stack = new OrgStack(app, 'org');
    const first = new OktaLdapIntegration(new Construct(stack, 'TeamA'), 'JumpCloud', validProps());
    expect(first.manifestKey).toBe('JumpCloud');
    const second = new OktaLdapIntegration(
      new Construct(stack, 'TeamB'),
      'JumpCloud',
      validProps({ groupMappings: [{ ldapGroup: 'sales', oktaGroup: 'Sales B' }], roleMappings: [] }),
    );
    expect([first.manifestKey, second.manifestKey]).toEqual(['TeamA/JumpCloud', 'TeamB/JumpCloud']);
    expect(first.bindPassword.friendlyUniqueId).toBe('TeamA_JumpCloud_bind_password');
    expect(first.guard!.input.integration).toBe('TeamA/JumpCloud');
  });

  test.each([
    ['OpenLDAP-emea', 'OpenLDAP_emea'],
    ['ldap.corp', 'ldap_corp'],
    ['Team/JumpCloud', 'Team_JumpCloud'],
    ['2nd-org', '_2nd_org'],
  ])('the Terraform names of %p are shell variable names (%p)', (key, identifier) => {
    expect(terraformIdentifier(key)).toBe(identifier);
  });

  test('an id with "-" gives a bind password variable that bash can export as TF_VAR_<name>', () => {
    const app = freshApp(tempDir('okta-ldap-names-'));
    const stack = new OrgStack(app, 'org');
    const integration = new OktaLdapIntegration(stack, 'OpenLDAP-emea', validProps());
    const name = integration.bindPassword.friendlyUniqueId;
    expect(name).toBe('OpenLDAP_emea_bind_password');
    const printed = execFileSync(
      'bash',
      ['-c', `export TF_VAR_${name}=secret-value && printenv TF_VAR_${name}`],
      {
        encoding: 'utf8',
      },
    );
    expect(printed.trim()).toBe('secret-value');
  });
});
