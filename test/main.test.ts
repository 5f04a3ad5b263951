import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { readSynthesizedApp } from '../lib/manifest/read-synthesized-app';
import { EXAMPLE_ORG, exampleOrgConfigFromEnv } from '../main';
import { tempDir } from './support/temp-dir';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs the real example app (`tsx main.ts`, as cdktf.json does) with an outdir in a temp folder. */
async function runMain(env: Record<string, string>) {
  const dir = tempDir('okta-ldap-main-');
  const outdir = path.join(dir, 'cdktf.out');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: outdir, ...env };
  for (const name of ['JUMPCLOUD_ORG_ID', 'JUMPCLOUD_BIND_USER', 'OKTA_LDAP_APP_ID']) {
    if (!(name in env)) delete childEnv[name];
  }
  try {
    const { stdout, stderr } = await run(TSX, ['main.ts'], { cwd: ROOT, env: childEnv });
    return { code: 0, stdout, stderr, outdir };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr, outdir };
  }
}

describe('main.ts, the example org stack', () => {
  test('synthesizes offline with no variables set, using the built-in example values', async () => {
    const { code, stderr, outdir } = await runMain({});
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const [stack, ...others] = readSynthesizedApp(outdir);
    expect(others).toEqual([]);
    expect(stack!.stack).toBe('okta-org');
    const integration = stack!.integrations[0]!;
    expect(integration.ldapAppId).toBe(EXAMPLE_ORG.ldapAppId);
    expect(integration.settings.agent.bindDn).toBe(
      `uid=okta-bind,ou=Users,o=${EXAMPLE_ORG.orgId},dc=jumpcloud,dc=com`,
    );
    expect(integration.warnings.map((w) => w.ruleId)).toEqual(['OKLDAP-111']);

    const tf = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'okta-org', 'cdk.tf.json'), 'utf8'));
    // every kind of resource the library makes
    expect(Object.keys(tf.resource).sort()).toEqual([
      'okta_app_user_schema_property',
      'okta_group',
      'okta_group_role',
      'okta_group_rule',
      'okta_policy_password',
      'okta_profile_mapping',
      'terraform_data',
    ]);
    expect(Object.keys(tf.data).sort()).toEqual(['okta_groups', 'okta_user_type']);
    // the provider is configured from the environment only
    expect(tf.provider.okta).toEqual([{}]);
    expect(Object.keys(tf.variable)).toEqual(['JumpCloud_bind_password']);
    expect(tf.variable.JumpCloud_bind_password.default).toBeUndefined();
    expect(Object.keys(tf.output).sort()).toEqual([
      'JumpCloud_console_settings',
      'JumpCloud_ldap_app_id',
      'JumpCloud_windows_tls12_script',
    ]);
  }, 60000);

  test('a bad org id prints only the validation error, exits 1 and writes no cdktf.out', async () => {
    const { code, stdout, stderr, outdir } = await runMain({ JUMPCLOUD_ORG_ID: 'not-an-org' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^OktaLdapIntegration 'okta-org\/JumpCloud' has \d+ invalid setting\(s\):\n/);
    expect(stderr).toContain("[OKLDAP-105] orgId: JumpCloud org id 'not-an-org' is not hexadecimal");
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(fs.existsSync(outdir)).toBe(false);
  }, 60000);
});

describe('exampleOrgConfigFromEnv', () => {
  test('unset or empty variables keep the example values; set ones override them', () => {
    expect(exampleOrgConfigFromEnv({})).toEqual(EXAMPLE_ORG);
    expect(exampleOrgConfigFromEnv({ JUMPCLOUD_ORG_ID: '', OKTA_LDAP_APP_ID: '' })).toEqual(EXAMPLE_ORG);
    expect(
      exampleOrgConfigFromEnv({
        JUMPCLOUD_ORG_ID: 'aaaaaaaaaaaaaaaaaaaaaaaa',
        JUMPCLOUD_BIND_USER: 'svc-okta',
        OKTA_LDAP_APP_ID: '0oaAAAAAAAAAAAAAAAAA',
      }),
    ).toEqual({ orgId: 'aaaaaaaaaaaaaaaaaaaaaaaa', bindUser: 'svc-okta', ldapAppId: '0oaAAAAAAAAAAAAAAAAA' });
  });
});
