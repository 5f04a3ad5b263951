/**
 * What people expect of a CLI: --version / -V, exit code 4 in every command's help, a missing bind
 * password as an input error (exit 2, as the README's exit-code table says), and a stack folder given
 * as --out answered with the app folder above it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PassThrough } from 'stream';
import { App } from 'cdktf';
import { main } from '../../lib/cli/main';
import type { CliIo } from '../../lib/process/cli-io';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { OrgStack, validProps } from '../resources/fixtures';
import { closedPort } from '../support/network';
import { tempDir } from '../support/temp-dir';

const ROOT = path.resolve(__dirname, '..', '..');

function memoryIo(
  env: NodeJS.ProcessEnv = {},
  cwd = process.cwd(),
): CliIo & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { stdout, stderr, env, cwd, readStdin: async () => '', out: () => out, err: () => err };
}

test.each(['--version', '-V'])('%s prints the package version and exits 0', async (flag) => {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const io = memoryIo();
  expect(await main([flag], io)).toBe(0);
  expect(io.out()).toBe(`${version}\n`);
  expect(io.err()).toBe('');
});

test.each(['preflight', 'agent-host', 'report', 'diff', 'review', 'adopt'])(
  'the help of %s lists exit code 4 like the top-level help',
  async (command) => {
    const io = memoryIo();
    expect(await main([command, '--help'], io)).toBe(0);
    expect(io.out().replace(/\s+/g, ' ')).toMatch(/Exit codes: .*\b4 internal error\b/);
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
  const io = memoryIo({}, work);
  expect(await main(['preflight', '--settings', 'settings.json', '--connect-timeout', '1m'], io)).toBe(2);
  expect(io.out()).toMatch(/FAIL +PF-PASSWORD +The bind password is empty/);
  expect(io.out()).toContain(
    'fix: Give the password of cn=okta,dc=example,dc=com in the environment variable LDAP_BIND_PASSWORD',
  );
});

test('report --out with a stack folder names the app folder above it', async () => {
  const outdir = tempDir('cli-conventions-out-');
  const app = new App({ outdir, stackTraces: false });
  new OktaLdapIntegration(new OrgStack(app, 'org'), 'JumpCloud', validProps({ preflightGuard: false }));
  app.synth();
  const io = memoryIo();
  expect(await main(['report', '--out', path.join(outdir, 'stacks', 'org')], io)).toBe(2);
  expect(io.err()).toBe(
    `cdktf-okta-ldap report: '${path.join(outdir, 'stacks', 'org')}' is not a synthesized cdktf app (no readable manifest.json). ` +
      `It is the folder of one stack: pass the app folder above it, --out ${outdir} (and --stack org to pick the stack).\n`,
  );
});
