/**
 * The deploy guard for real: a stack holding the PreflightGuard alone is synthesized, then
 * `terraform init` + `terraform apply` run in its output directory against a real slapd. Terraform
 * must be on PATH: without it this file fails loudly (it never skips). The runner is the bundle
 * `npm run build` makes (jest's global setup rebuilds it when a source is newer).
 */
import * as fs from 'fs';
import * as path from 'path';
import { PreflightGuard } from '../../lib/guard/preflight-guard';
import { resolveDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { startSlapd, SlapdFixture } from '../support/slapd-fixture';
import { guardProps, guardStack } from './guard-fixtures';
import { isolatedDir, tempDir } from '../support/temp-dir';
import { requireTerraform, terraform, terraformEnv } from './terraform-harness';

jest.setTimeout(180_000);

let ldap: SlapdFixture;

beforeAll(async () => {
  requireTerraform();
  ldap = await startSlapd();
});

afterAll(async () => {
  await ldap?.stop();
});

interface Deployed {
  guard: PreflightGuard;
  stackDir: string;
  status: number | null;
  output: string;
}

/** Synthesizes the guard-only stack for the fixture, then init + apply with the password in TF_VAR_. */
function synthAndApply(options: {
  password: string;
  groupMappings?: { ldapGroup: string; oktaGroup: string }[];
  outdir?: string;
  /** Copy `cdktf.out` here and run Terraform in the copy (a synth job handing its output to an apply job). */
  copyTo?: string;
}): Deployed {
  const outdir = options.outdir ?? tempDir('guard-tf-');
  const { app, guard } = guardStack(outdir, {
    ...guardProps({
      settings: resolveDirectorySettings(ldap.settings()),
      groupMappings: options.groupMappings ?? [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
      roleMappings: [],
    }),
    caFile: ldap.caFile,
    timeoutSeconds: 20,
  });
  app.synth();
  let stackDir = path.join(outdir, 'stacks', 'org');
  if (options.copyTo !== undefined) {
    fs.cpSync(outdir, options.copyTo, { recursive: true });
    stackDir = path.join(options.copyTo, 'stacks', 'org');
  }
  const env = terraformEnv(
    { TF_VAR_bind_password: options.password },
    path.join(options.copyTo ?? outdir, '.terraform-data'),
  );
  const init = terraform(['init', '-input=false'], stackDir, env);
  expect({ status: init.status, output: init.output }).toMatchObject({ status: 0 });
  const apply = terraform(['apply', '-auto-approve', '-input=false'], stackDir, env);
  return { guard, stackDir, ...apply };
}

function expectNoPassword(d: Deployed, password: string): void {
  expect([...d.guard.invocation.interpreter, d.guard.invocation.command].join(' ')).not.toContain(password);
  expect(d.output).not.toContain(password);
  const synthesized = fs.readFileSync(path.join(d.stackDir, 'cdk.tf.json'), 'utf8');
  expect(synthesized).not.toContain(password);
  const state = path.join(d.stackDir, 'terraform.tfstate');
  if (fs.existsSync(state)) expect(fs.readFileSync(state, 'utf8')).not.toContain(password);
}

test('apply succeeds on a good directory; the check really ran; the password is in no command line or output', () => {
  const d = synthAndApply({ password: ldap.bindPassword });
  expect(d.output).toContain("Provisioning with 'local-exec'...");
  // The provisioner printed the report; Terraform hides it because the environment holds a sensitive value.
  expect(d.output).toContain('(local-exec): (output suppressed due to sensitive value in config)');
  expect(d.output).toMatch(/terraform_data\.\S+: Creation complete after/);
  expect(d.output).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
  expectNoPassword(d, ldap.bindPassword);
});

test('apply from a copy of cdktf.out in a folder with no node_modules above: passes on a good directory, fails naming the finding on a bad one', () => {
  const good = synthAndApply({
    password: ldap.bindPassword,
    copyTo: path.join(isolatedDir('guard-copy-'), 'cdktf.out'),
  });
  expect({
    status: good.status,
    complete: good.output.includes('Apply complete! Resources: 1 added'),
  }).toEqual({
    status: 0,
    complete: true,
  });
  const bad = synthAndApply({
    password: ldap.bindPassword,
    groupMappings: [{ ldapGroup: 'no-such-group', oktaGroup: 'Nobody' }],
    copyTo: path.join(isolatedDir('guard-copy-'), 'cdktf.out'),
  });
  expect(bad.status).toBe(1);
  expect(bad.output).toMatch(/FAIL +PF-MAPPED-GROUP/);
  expect(bad.output).toContain('no-such-group');
  expect(bad.output).not.toContain('Apply complete!');
});

test('apply fails on a wrong password, naming the finding, before anything else is created', () => {
  const wrong = 'Wrong-Password-9c1e55';
  const d = synthAndApply({ password: wrong });
  expect(d.status).toBe(1);
  expect(d.output).toContain('Error: local-exec provisioner error');
  expect(d.output).toContain('PF-BIND');
  // Terraform wraps the provisioner's output at 80 columns.
  expect(d.output.replace(/\s+/g, ' ')).toContain(
    'the deploy stops before any Okta resource of this integration is created or changed',
  );
  expect(d.output).toMatch(/FAIL +PF-BIND +Bind as uid=okta-bind,.* refused/);
  expect(d.output).not.toContain('Apply complete!');
  expectNoPassword(d, wrong);
  expectNoPassword(d, ldap.bindPassword);
});

test('apply fails when a mapped LDAP group does not exist, naming the finding and the group', () => {
  const d = synthAndApply({
    password: ldap.bindPassword,
    groupMappings: [{ ldapGroup: 'no-such-group', oktaGroup: 'Nobody' }],
  });
  expect(d.status).toBe(1);
  expect(d.output).toMatch(/FAIL +PF-MAPPED-GROUP/);
  expect(d.output).toContain('no-such-group');
  expectNoPassword(d, ldap.bindPassword);
});

test('a changed mapping shows as a replacement of the guard in the plan; a reordering shows no change', () => {
  const outdir = tempDir('guard-tf-');
  const first = synthAndApply({
    password: ldap.bindPassword,
    outdir,
    groupMappings: [
      { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
      { ldapGroup: 'support', oktaGroup: 'Support' },
    ],
  });
  expect(first.status).toBe(0);
  const env = terraformEnv({ TF_VAR_bind_password: ldap.bindPassword }, path.join(outdir, '.terraform-data'));
  const resynth = (groupMappings: { ldapGroup: string; oktaGroup: string }[]) => {
    const { app } = guardStack(outdir, {
      ...guardProps({
        settings: resolveDirectorySettings(ldap.settings()),
        groupMappings,
        roleMappings: [],
      }),
      caFile: ldap.caFile,
      timeoutSeconds: 20,
    });
    app.synth();
    return terraform(['plan', '-input=false', '-detailed-exitcode'], first.stackDir, env);
  };
  const reordered = resynth([
    { ldapGroup: 'support', oktaGroup: 'Support' },
    { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
  ]);
  expect({ status: reordered.status, noChanges: reordered.output.includes('No changes.') }).toEqual({
    status: 0,
    noChanges: true,
  });
  const changed = resynth([{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }]);
  expect(changed.status).toBe(2);
  expect(changed.output).toMatch(/# terraform_data\.PreflightGuard_\w+ must be replaced/);
  expect(changed.output).toMatch(/~ triggers_replace = "[0-9a-f]{64}" -> "[0-9a-f]{64}"/);
  expect(changed.output).toContain('Plan: 1 to add, 0 to change, 1 to destroy.');
});

test('2,000 group mappings (Okta’s rule limit) reach the check: the environment stays under Linux’s 128 KiB string cap', () => {
  const groups = ['engineering', 'admins', 'support'];
  const groupMappings = Array.from({ length: 2000 }, (_, i) => ({
    ldapGroup: groups[i % groups.length]!,
    oktaGroup: `Okta group number ${String(i).padStart(4, '0')} for ${groups[i % groups.length]}`,
  }));
  const ok = synthAndApply({ password: ldap.bindPassword, groupMappings });
  expect({ status: ok.status, complete: ok.output.includes('Apply complete! Resources: 1 added') }).toEqual({
    status: 0,
    complete: true,
  });
  const missing = synthAndApply({
    password: ldap.bindPassword,
    groupMappings: [...groupMappings, { ldapGroup: 'the-last-one-is-missing', oktaGroup: 'Missing' }],
  });
  expect(missing.status).toBe(1);
  expect(missing.output).toContain('the-last-one-is-missing');
});
