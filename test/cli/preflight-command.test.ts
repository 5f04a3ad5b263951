import { execFile, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../lib/cli/main';
import { memoryIo, MemoryIo, MemoryIoOptions } from '../support/run-cli';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { tempDir } from '../support/temp-dir';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'dist', 'bin', 'cdktf-okta-ldap.js');

let dir: SlapdFixture;
let work: string;
let settingsFile: string;
let caFile: string;

/** A captured CliIo whose working folder is the test's `work`. */
const fakeIo = (opts: Omit<MemoryIoOptions, 'cwd'> = {}): MemoryIo => memoryIo({ ...opts, cwd: work });

/** A hand-made synthesized app with two integrations in one stack (the manifest format of read-synthesized-app). */
function writeSynthesizedApp(outdir: string): void {
  const manifest = (id: string, groups: string[]) => ({
    schema: 'cdktf-okta-ldap/integration@1',
    id,
    path: `org/${id}`,
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    settings: {
      ...dir.settings(),
      schema: { ...dir.settings().schema, uniqueIdentifierAttribute: 'entryuuid' },
    },
    userMappings: { email: 'appuser.email' },
    groupMappings: groups.map((g) => ({ ldapGroup: g, oktaGroup: g.toUpperCase() })),
    roleMappings: [],
    bindPasswordVariable: 'ldap_bind_password',
    resources: [],
    warnings: [],
  });
  fs.mkdirSync(path.join(outdir, 'stacks', 'org'), { recursive: true });
  fs.writeFileSync(
    path.join(outdir, 'manifest.json'),
    JSON.stringify({
      stacks: {
        org: { name: 'org', synthesizedStackPath: 'stacks/org/cdk.tf.json', workingDirectory: 'stacks/org' },
      },
    }),
  );
  fs.writeFileSync(
    path.join(outdir, 'stacks', 'org', 'cdk.tf.json'),
    JSON.stringify({
      '//': {
        'cdktf-okta-ldap': {
          integrations: { Good: manifest('Good', ['engineering']), Broken: manifest('Broken', ['finance']) },
        },
      },
    }),
  );
}

beforeAll(async () => {
  const building =
    fs.existsSync(BIN) &&
    fs.existsSync(path.join(ROOT, 'dist', 'lib', 'cli', 'preflight-command.js')) &&
    fs.statSync(path.join(ROOT, 'dist', 'lib', 'cli', 'preflight-command.js')).mtimeMs >=
      fs.statSync(path.join(ROOT, 'lib', 'cli', 'preflight-command.ts')).mtimeMs
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) =>
          execFile('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT }, (e, stdout) =>
            e ? reject(new Error(`build failed: ${stdout}`)) : resolve(),
          ),
        );
  const [fixture] = await Promise.all([startSlapd(), building]);
  dir = fixture;
  work = tempDir('preflight-cli-');
  settingsFile = path.join(work, 'settings.json');
  caFile = path.join(work, 'ca.pem');
  fs.writeFileSync(
    settingsFile,
    JSON.stringify({
      settings: dir.settings(),
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Eng' }],
    }),
  );
  fs.writeFileSync(caFile, dir.caPem);
  writeSynthesizedApp(path.join(work, 'cdktf.out'));
}, 60000);
afterAll(async () => {
  await dir?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('preflight command (in-process)', () => {
  test('--help describes every option and the exit codes', async () => {
    const io = fakeIo();
    expect(await main(['preflight', '--help'], io)).toBe(0);
    for (const word of [
      '--out',
      '--stack',
      '--integration',
      '--settings',
      'LDAP_BIND_PASSWORD',
      '--password-stdin',
      '--ca-file',
      '--connect-timeout',
      '--operation-timeout',
      '--timeout',
      '--example-user',
      '--json',
      '--markdown',
      'NO_COLOR',
      'Exit codes: 0 no check failed (warnings allowed), 1 a check failed, 2 usage or input error (also: no\nbind password given), 4 internal error',
    ]) {
      expect(io.out()).toContain(word);
    }
  });

  test('settings file + LDAP_BIND_PASSWORD: text report, exit 0', async () => {
    const io = fakeIo({ env: { LDAP_BIND_PASSWORD: dir.bindPassword } });
    expect(await main(['preflight', '--settings', 'settings.json', '--ca-file', 'ca.pem'], io)).toBe(0);
    expect(io.out()).toMatch(/^LDAP preflight: ldaps:\/\/127\.0\.0\.1:\d+ as uid=okta-bind,/);
    expect(io.out()).toContain('  PASS  PF-MAPPED-GROUP     LDAP group engineering exists once');
    expect(io.out()).toMatch(/\nOK: 12 passed, 1 warned, 0 failed, 0 skipped in \d+ ms\n$/);
    expect(io.out()).not.toContain('\u001b[');
    expect(io.err()).toBe('');
  });

  test('wrong password: exit 1 with PF-BIND failing', async () => {
    const io = fakeIo({ env: { LDAP_BIND_PASSWORD: 'wrong-password' } });
    expect(await main(['preflight', '--settings', 'settings.json', '--ca-file', 'ca.pem'], io)).toBe(1);
    expect(io.out()).toContain(
      `  FAIL  PF-BIND      Bind as ${dir.bindDn} refused (invalid credentials, code 49): wrong password or bind DN, or the directory does not let this user bind`,
    );
  });

  test('no password at all: exit 2 (input error), PF-PASSWORD fails, nothing is bound', async () => {
    const io = fakeIo({ env: {} });
    expect(
      await main(['preflight', '--settings', 'settings.json', '--ca-file', 'ca.pem', '--json'], io),
    ).toBe(2);
    const report = JSON.parse(io.out()) as {
      findings: { id: string; status: string; skippedBecause?: string }[];
    };
    expect(report.findings[0]).toMatchObject({ id: 'PF-PASSWORD', status: 'fail' });
    expect(report.findings.find((f) => f.id === 'PF-BIND')).toMatchObject({
      status: 'skipped',
      skippedBecause: 'PF-PASSWORD',
    });
  });

  test('--password-stdin reads the password from stdin (one trailing newline dropped)', async () => {
    const io = fakeIo({ stdin: `${dir.bindPassword}\n` });
    expect(
      await main(
        ['preflight', '--settings', 'settings.json', '--ca-file', 'ca.pem', '--password-stdin', '--json'],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ ok: true, schema: 'cdktf-okta-ldap/preflight@1' });
  });

  test('--out picks the integration with --integration; without it the choices are listed (exit 2)', async () => {
    const env = { LDAP_BIND_PASSWORD: dir.bindPassword };
    const ambiguous = fakeIo({ env });
    expect(await main(['preflight', '--ca-file', 'ca.pem'], ambiguous)).toBe(2);
    expect(ambiguous.err()).toBe(
      'cdktf-okta-ldap preflight: 2 integrations match the synthesized app; pick one with: --stack org --integration Broken; --stack org --integration Good\n',
    );
    const good = fakeIo({ env });
    expect(
      await main(['preflight', '--ca-file', 'ca.pem', '--stack', 'org', '--integration', 'Good'], good),
    ).toBe(0);
    expect(good.out()).toMatch(/OK: 13 passed, 0 warned, 0 failed, 0 skipped/);
    const broken = fakeIo({ env });
    expect(
      await main(
        ['preflight', '--out', 'cdktf.out', '--integration', 'Broken', '--ca-file', 'ca.pem', '--markdown'],
        broken,
      ),
    ).toBe(1);
    expect(broken.out()).toContain('| ❌ FAIL | `PF-MAPPED-GROUP` Mapped LDAP group `finance` exists once |');
  });

  test('colour and progress on a TTY; NO_COLOR turns colour off', async () => {
    const tty = fakeIo({ env: { LDAP_BIND_PASSWORD: dir.bindPassword }, tty: true });
    expect(await main(['preflight', '--settings', 'settings.json', '--ca-file', 'ca.pem'], tty)).toBe(0);
    expect(tty.out()).toContain('\u001b[32mPASS\u001b[0m');
    expect(tty.err()).toContain('\u001b[32mPASS\u001b[0m PF-PASSWORD  A bind password was given');
    const plain = fakeIo({ env: { LDAP_BIND_PASSWORD: dir.bindPassword, NO_COLOR: '1' }, tty: true });
    expect(await main(['preflight', '--settings', 'settings.json', '--ca-file', 'ca.pem'], plain)).toBe(0);
    expect(plain.out() + plain.err()).not.toContain('\u001b[');
    expect(plain.err()).toContain('PASS PF-BIND  Bound as');
  });

  test.each([
    [
      ['--password', 'hunter2-secret'],
      "cdktf-okta-ldap preflight: --password is not accepted: a password on the command line is visible to other users (ps, shell history, CI logs). Set LDAP_BIND_PASSWORD in the environment, or pipe it in with --password-stdin. See 'cdktf-okta-ldap preflight --help'.\n",
    ],
    [
      ['--password=hunter2-secret'],
      "cdktf-okta-ldap preflight: --password is not accepted: a password on the command line is visible to other users (ps, shell history, CI logs). Set LDAP_BIND_PASSWORD in the environment, or pipe it in with --password-stdin. See 'cdktf-okta-ldap preflight --help'.\n",
    ],
    [
      ['hunter2-secret'],
      "cdktf-okta-ldap preflight: unexpected argument (value not shown): preflight takes only options. See 'cdktf-okta-ldap preflight --help'.\n",
    ],
    [
      ['--pwd=hunter2-secret'],
      "cdktf-okta-ldap preflight: Unknown option '--pwd'. See 'cdktf-okta-ldap preflight --help'.\n",
    ],
    [
      ['--json', '--markdown', '--settings', 'settings.json'],
      "cdktf-okta-ldap preflight: --json and --markdown exclude each other: pick one. See 'cdktf-okta-ldap preflight --help'.\n",
    ],
    [
      ['--settings', 'settings.json', '--timeout', 'soon'],
      `cdktf-okta-ldap preflight: --timeout must be a duration from 1ms to 60m: seconds ("30", "2.5", "30s"), milliseconds ("500ms") or minutes ("5m"); got "soon". See 'cdktf-okta-ldap preflight --help'.\n`,
    ],
    [
      ['--settings', 'settings.json', '--stack', 'org'],
      'cdktf-okta-ldap preflight: --settings reads settings from a file; it cannot be combined with --out, --stack or --integration.\n',
    ],
    [
      ['--settings', 'settings.json', '--ca-file', 'settings.json'],
      'cdktf-okta-ldap preflight: CA file \'<work>/settings.json\' holds no PEM certificate (no "-----BEGIN CERTIFICATE-----" line). Convert DER with: openssl x509 -inform der -in ca.cer -out ca.pem\n',
    ],
    [
      ['--settings', 'settings.json', '--ca-file', 'missing.pem'],
      "cdktf-okta-ldap preflight: CA file not found or unreadable: '<work>/missing.pem'. Pass a PEM bundle with --ca-file.\n",
    ],
    [
      ['--settings', 'settings.json', '--example-user', ' '],
      "cdktf-okta-ldap preflight: --example-user must be an email address or a uid, got an empty value. See 'cdktf-okta-ldap preflight --help'.\n",
    ],
  ])('usage error %j -> exit 2', async (args, expected) => {
    const io = fakeIo({ env: { LDAP_BIND_PASSWORD: dir.bindPassword } });
    expect(await main(['preflight', ...args], io)).toBe(2);
    expect(io.err()).toBe(expected.replace('<work>', work));
    expect(io.err() + io.out()).not.toContain('hunter2');
  });

  test('the dispatcher: an unknown command and no command are usage errors (exit 2); --help exits 0', async () => {
    const unknown = fakeIo();
    expect(await main(['prefligth', '--settings', 'settings.json'], unknown)).toBe(2);
    expect(unknown.err()).toBe(
      "cdktf-okta-ldap: unknown command 'prefligth'. Commands: preflight, agent-host, report, diff, review, adopt. See --help.\n",
    );
    expect(unknown.out()).toBe('');
    const none = fakeIo();
    expect(await main([], none)).toBe(2);
    expect(none.out()).toMatch(/^Usage: cdktf-okta-ldap <command> \[options\]\n/);
    const help = fakeIo();
    expect(await main(['--help'], help)).toBe(0);
    expect(help.out()).toBe(none.out());
    // Every command, with its summary in one aligned column.
    expect(help.out()).toContain(
      '\nCommands:\n  preflight   Bind to the LDAP directory over LDAPS and check the integration settings and mappings\n  agent-host  Check the machine',
    );
    expect(help.out()).toContain(
      '\n  diff        Semantic diff of the integrations in two synthesized apps\n  review      One pull-request',
    );
    expect(help.out()).toContain(
      '\n  adopt       Find the Okta objects that already exist (read-only) and write the adoption file\n\n',
    );
  });

  test('the bind password never appears in text, JSON, Markdown, or stderr progress', async () => {
    for (const format of [[], ['--json'], ['--markdown']]) {
      for (const password of [dir.bindPassword, `${dir.bindPassword}x`]) {
        const io = fakeIo({ env: { LDAP_BIND_PASSWORD: password }, tty: true });
        await main(
          [
            'preflight',
            '--settings',
            'settings.json',
            '--ca-file',
            'ca.pem',
            '--example-user',
            'ada.lovelace',
            ...format,
          ],
          io,
        );
        expect(io.out().length).toBeGreaterThan(100);
        expect(io.out()).not.toContain(dir.bindPassword);
        expect(io.err()).not.toContain(dir.bindPassword);
      }
    }
  });
});

describe('preflight command (built bin)', () => {
  function run(
    args: string[],
    env: NodeJS.ProcessEnv,
    input?: string,
  ): { code: number; stdout: string; stderr: string } {
    try {
      const stdout = execFileSync(process.execPath, [BIN, 'preflight', ...args], {
        cwd: work,
        env: { PATH: process.env.PATH, ...env },
        input: input ?? '',
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      return { code: 0, stdout, stderr: '' };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, stdout: err.stdout, stderr: err.stderr };
    }
  }

  test('exit codes 0, 1 and 2 from a real process', () => {
    const ok = run(['--settings', 'settings.json', '--ca-file', 'ca.pem', '--json'], {
      LDAP_BIND_PASSWORD: dir.bindPassword,
    });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true });
    const failed = run(['--settings', 'settings.json', '--ca-file', 'ca.pem'], {
      LDAP_BIND_PASSWORD: 'nope-nope',
    });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('FAIL  PF-BIND');
    const usage = run(['--password', dir.bindPassword], {});
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--password is not accepted');
    expect(usage.stderr + usage.stdout).not.toContain(dir.bindPassword);
    const stdin = run(
      ['--settings', 'settings.json', '--ca-file', 'ca.pem', '--password-stdin'],
      {},
      `${dir.bindPassword}\n`,
    );
    expect(stdin.code).toBe(0);
    expect(stdin.stdout + stdin.stderr).not.toContain(dir.bindPassword);
  });
});
