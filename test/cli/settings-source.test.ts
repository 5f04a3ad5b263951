/**
 * Where `preflight` and `agent-host` read the integration and the CA bundle it trusts: the CA copy
 * the synthesized stack records for the guard, and the error when that copy cannot be read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../../lib/errors';
import { readSettingsSource, trustedCa } from '../../lib/cli/settings-source';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { runCli } from '../support/run-cli';
import { copyOfApp, synthOrgApp } from '../review/synth-org-app';

const GOLDEN = path.join(__dirname, '..', 'resources', 'golden');

const OUTDIR = synthOrgApp('settings-source-', [
  'JumpCloud',
  {
    directory: jumpCloudDirectory({ orgId: '5f3c0a1b2c3d4e5f60718293', bindUser: 'okta-bind' }),
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    preflightGuardOptions: {
      cliPath: path.join(GOLDEN, 'runner-stand-in.js'),
      caFile: path.join(GOLDEN, 'ca-stand-in.pem'),
    },
  },
]);

/** A copy of the app whose recorded CA copy is removed; returns the working folder and the copy's path. */
function appWithoutCaCopy(): { cwd: string; caCopy: string } {
  const outdir = copyOfApp(OUTDIR, 'settings-source-');
  const cwd = path.dirname(outdir);
  const caCopy = readSettingsSource({}, cwd).recordedCa!.file;
  fs.rmSync(caCopy);
  return { cwd, caCopy };
}

const UNREADABLE = (file: string): string =>
  `CA file not found or unreadable: '${file}'. Pass a PEM bundle with --ca-file (the stack's preflightGuardOptions.caFile copy is unreadable; re-run 'cdktf synth').`;

test("the CA copy the stack records is trusted, named as the guard's option", () => {
  const cwd = path.dirname(OUTDIR);
  const source = readSettingsSource({}, cwd);
  expect(path.relative(cwd, source.recordedCa!.file)).toMatch(
    /^cdktf\.out\/stacks\/org\/assets\/[^/]+\/[0-9A-F]{32}\/ca-stand-in\.pem$/,
  );
  const ca = trustedCa(undefined, source, cwd);
  expect(ca).toEqual({
    file: source.recordedCa!.file,
    pem: fs.readFileSync(path.join(GOLDEN, 'ca-stand-in.pem'), 'utf8'),
    source: `preflightGuardOptions.caFile recorded in the stack (${path.relative(cwd, source.recordedCa!.file)})`,
  });
});

test('an unreadable recorded CA copy is an InputError naming the file and the fix', () => {
  const { cwd, caCopy } = appWithoutCaCopy();
  const source = readSettingsSource({}, cwd);
  let thrown: unknown;
  try {
    trustedCa(undefined, source, cwd);
  } catch (e) {
    thrown = e;
  }
  expect(InputError.isInputError(thrown)).toBe(true);
  expect((thrown as Error).message).toBe(UNREADABLE(caCopy));
  // --ca-file wins over the recorded copy, so the missing copy is not read at all.
  const flag = trustedCa(path.join(GOLDEN, 'ca-stand-in.pem'), source, cwd);
  expect(flag?.source).toBe(`--ca-file ${path.join(GOLDEN, 'ca-stand-in.pem')}`);
});

test.each(['preflight', 'agent-host'])(
  '%s --out exits 2 with that message and prints nothing on stdout',
  async (command) => {
    const { cwd, caCopy } = appWithoutCaCopy();
    const run = await runCli([command, '--out', 'cdktf.out'], cwd, { LDAP_BIND_PASSWORD: 'not-used' });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap ${command}: ${UNREADABLE(caCopy)}\n`,
    });
  },
);
