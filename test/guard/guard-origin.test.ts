/**
 * A failed guard names what the user set (`TF_VAR_<name>_bind_password`) and prints the exact
 * standalone preflight command (`--out`, `--stack`, `--integration`, `--ca-file`), for a stack with
 * two integrations and a private CA; the printed command works as given. Real slapd fixture.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { Construct } from 'constructs';
import { GUARD_INPUT_ENV } from '../../lib/manifest/guard-contract';
import { runGuard } from '../../lib/guard/guard-runner';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { memoryIo, runCli } from '../support/run-cli';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { tempDir } from '../support/temp-dir';
import { OrgStack } from '../resources/fixtures';

const RUNNER = path.join(__dirname, '..', 'resources', 'golden', 'runner-stand-in.js');

let dir: SlapdFixture;
let project: string;
let teamA: OktaLdapIntegration;

beforeAll(async () => {
  dir = await startSlapd();
  project = tempDir('guard-origin-');
  const app = new App({ outdir: path.join(project, 'cdktf.out'), stackTraces: false });
  const stack = new OrgStack(app, 'org');
  const build = (team: string, group: string) =>
    new OktaLdapIntegration(new Construct(stack, team), 'JumpCloud', {
      directory: dir.settings(),
      ldapAppId: '0oa6qvmxznVl4KFXe5d7',
      groupMappings: [{ ldapGroup: group, oktaGroup: `${team} ${group}` }],
      preflightGuardOptions: { cliPath: RUNNER, caFile: dir.caFile },
    });
  teamA = build('TeamA', 'engineering');
  build('TeamB', 'sales');
  app.synth();
}, 60_000);

afterAll(async () => {
  await dir?.stop();
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

test('a failed guard names TF_VAR_<name>_bind_password and prints the exact preflight command, which works', async () => {
  const stackDir = path.join(project, 'cdktf.out', 'stacks', 'org');
  const guard = memoryIo({
    env: { [GUARD_INPUT_ENV]: JSON.stringify(teamA.guard!.input), LDAP_BIND_PASSWORD: 'Wrong-Password-41' },
    cwd: stackDir,
  });
  expect(await runGuard(guard)).toBe(1);
  expect(guard.out()).toContain(
    'fix: Check the password in TF_VAR_TeamA_JumpCloud_bind_password (the Terraform variable TeamA_JumpCloud_bind_password) and the bind DN',
  );
  expect(guard.out()).not.toContain('LDAP_BIND_PASSWORD');
  const caAsset = path.relative(project, path.resolve(stackDir, teamA.guard!.input.check.caFile!));
  const command =
    'LDAP_BIND_PASSWORD="$TF_VAR_TeamA_JumpCloud_bind_password" npx cdktf-okta-ldap preflight --out cdktf.out ' +
    `--stack org --integration TeamA/JumpCloud --ca-file ${caAsset}`;
  expect(guard.err()).toContain(`run from the folder that holds the synthesized app: ${command}\n`);

  // The printed command, as a user would run it from the project folder.
  const argv = command.split(' ').slice(3);
  const cli = await runCli(argv, project, { LDAP_BIND_PASSWORD: dir.bindPassword });
  expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: 0, stderr: '' });
  expect(cli.stdout).toContain('LDAP preflight:');
  expect(cli.stdout).toMatch(/PASS +PF-MAPPED-GROUP .*engineering/);
});

test('an empty password names the variable too, and exits 2', async () => {
  const stackDir = path.join(project, 'cdktf.out', 'stacks', 'org');
  const guard = memoryIo({
    env: { [GUARD_INPUT_ENV]: JSON.stringify(teamA.guard!.input), LDAP_BIND_PASSWORD: '' },
    cwd: stackDir,
  });
  // No password is an input error (exit 2), like in the preflight command.
  expect(await runGuard(guard)).toBe(2);
  expect(guard.out()).toMatch(
    /fix: Give the password of \S+ in TF_VAR_TeamA_JumpCloud_bind_password \(the Terraform variable TeamA_JumpCloud_bind_password\)\./,
  );
});
