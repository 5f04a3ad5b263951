/**
 * What people expect of a CLI: --version / -V, exit code 4 in every command's help, a missing bind
 * password as an input error (exit 2, as the README's exit-code table says), and a stack folder given
 * as --out answered with the app folder above it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { OrgStack, validProps } from '../resources/fixtures';
import { closedPort } from '../support/network';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';

const ROOT = path.resolve(__dirname, '..', '..');

test.each(['--version', '-V'])('%s prints the package version and exits 0', async (flag) => {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  expect(await runCli([flag], process.cwd())).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
});

test.each(['preflight', 'agent-host', 'report', 'diff', 'review', 'adopt'])(
  'the help of %s lists exit code 4 like the top-level help',
  async (command) => {
    const run = await runCli([command, '--help'], process.cwd());
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toMatch(/Exit codes: .*\b4 internal error\b/);
  },
);

test('preflight without a bind password exits 2 (input error) and still prints the report with the fix', async () => {
  const work = tempDir('cli-conventions-');
  const port = await closedPort();
  fs.writeFileSync(
    path.join(work, 'settings.json'),
    JSON.stringify({
      agent: { host: '127.0.0.1', port, rootDn: 'dc=example,dc=com', bindDn: 'cn=okta,dc=example,dc=com' },
      user: { searchBase: 'dc=example,dc=com' },
      group: { searchBase: 'dc=example,dc=com' },
    }),
  );
  const run = await runCli(['preflight', '--settings', 'settings.json', '--connect-timeout', '1m'], work);
  expect(run.code).toBe(2);
  expect(run.stdout).toMatch(/FAIL +PF-PASSWORD +The bind password is empty/);
  expect(run.stdout).toContain(
    'fix: Give the password of cn=okta,dc=example,dc=com in the environment variable LDAP_BIND_PASSWORD',
  );
});

test('report --out with a stack folder names the app folder above it', async () => {
  const outdir = tempDir('cli-conventions-out-');
  const app = new App({ outdir, stackTraces: false });
  new OktaLdapIntegration(new OrgStack(app, 'org'), 'JumpCloud', validProps({ preflightGuard: false }));
  app.synth();
  const run = await runCli(['report', '--out', path.join(outdir, 'stacks', 'org')], process.cwd());
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
  expect(run.stderr).toBe(
    `cdktf-okta-ldap report: '${path.join(outdir, 'stacks', 'org')}' is not a synthesized cdktf app (no readable manifest.json). ` +
      `It is the folder of one stack: pass the app folder above it, --out ${outdir} (and --stack org to pick the stack).\n`,
  );
});
