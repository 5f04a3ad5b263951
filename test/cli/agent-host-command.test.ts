import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { windowsTls12PowerShell, windowsTls12Reg } from '../../lib/agent-host/windows-tls12';
import { HttpsServer, startHttpsServer } from '../support/https-server';
import { runCli } from '../support/run-cli';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { tempDir } from '../support/temp-dir';

const BIN = path.resolve(__dirname, '..', '..', 'dist', 'bin', 'cdktf-okta-ldap.js');

let dir: SlapdFixture;
let okta: HttpsServer;
let work: string;

beforeAll(async () => {
  [dir, okta] = await Promise.all([startSlapd(), startHttpsServer()]);
  work = tempDir('agent-host-cli-');
  const write = (file: string, agent: Record<string, unknown>): void =>
    fs.writeFileSync(
      path.join(work, file),
      JSON.stringify({ ...dir.settings(), agent: { ...dir.settings().agent, ...agent } }),
    );
  write('settings.json', { oktaOrgUrl: okta.url });
  write('no-org.json', {});
  write('http-org.json', { oktaOrgUrl: okta.url.replace('https:', 'http:') });
  fs.writeFileSync(path.join(work, 'ca.pem'), dir.caPem);
  fs.writeFileSync(path.join(work, 'okta-ca.pem'), okta.caPem);
});
afterAll(async () => {
  await Promise.all([dir?.stop(), okta?.close()]);
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const CA = ['--ca-file', 'ca.pem', '--okta-ca-file', 'okta-ca.pem'];

describe('agent-host command', () => {
  test('text report, exit 0 when nothing failed', async () => {
    // agent-host needs no password and never reads one: a planted one appears nowhere.
    const run = await runCli(['agent-host', '--settings', 'settings.json', ...CA], work, {
      LDAP_BIND_PASSWORD: dir.bindPassword,
    });
    expect(run.stdout + run.stderr).not.toContain(dir.bindPassword);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^Okta LDAP agent host: linux/${process.arch} → LDAP ldaps://127\\.0\\.0\\.1:${dir.port}, Okta https://127\\.0\\.0\\.1:${okta.port}\\n\\n  WARN  AH-LDAP-CA `,
      ),
    );
    // Warnings before passes: an admin reads top-down.
    expect(run.stdout).toContain('  PASS  AH-LDAP-TLS12  LDAPS to 127.0.0.1');
    expect(run.stdout.indexOf('WARN  AH-LDAP-CA')).toBeLessThan(run.stdout.indexOf('PASS  AH-OS'));
    // Both CA findings name the CA by where it came from, as the preflight's PF-TLS does.
    expect(run.stdout).toContain(
      '  WARN  AH-LDAP-CA     The LDAP server certificate is checked against a private CA (--ca-file ca.pem):',
    );
    expect(run.stdout).toMatch(
      / {2}PASS {2}AH-LDAP-TLS12 {2}LDAPS to .*; trusted through --ca-file ca\.pem\n/,
    );
    expect(run.stdout).toMatch(/\nOK: 5 passed, 1 warned, 0 failed, 0 skipped in \d+ ms\n$/);
  });

  test('--json and --markdown', async () => {
    const json = await runCli(
      ['agent-host', '--settings', 'no-org.json', '--ca-file', 'ca.pem', '--json'],
      work,
    );
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as {
      schema: string;
      findings: { id: string; status: string; evidence: Record<string, unknown> }[];
    };
    expect(report.schema).toBe('cdktf-okta-ldap/agent-host@1');
    for (const id of ['AH-LDAP-TLS12', 'AH-LDAP-CA']) {
      expect(report.findings.find((f) => f.id === id)?.evidence).toMatchObject({
        caBundle: '--ca-file ca.pem',
      });
    }
    expect(report.findings.find((f) => f.id === 'AH-OKTA-ORG')).toMatchObject({ status: 'warn' });
    const md = await runCli(['agent-host', '--settings', 'settings.json', ...CA, '--markdown'], work);
    expect(md.stdout).toMatch(/^## Okta LDAP agent host\n\n✅ \*\*Passed\*\* — `linux\//);
    expect(md.stdout).toContain('| ✅ PASS | `AH-OKTA-ORG` Okta org reached over HTTPS with TLS 1.2 |');
  });

  test('exit 1 when a check failed: an http:// org URL (OKLDAP-115)', async () => {
    const run = await runCli(['agent-host', '--settings', 'http-org.json', '--ca-file', 'ca.pem'], work);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("  FAIL  AH-OKTA-ORG    agent.oktaOrgUrl 'http://127.0.0.1");
    expect(run.stdout).toMatch(/\nFAILED: /);
  });

  test('--print-windows-tls12 prints the PowerShell script, --format reg the .reg file; no settings read', async () => {
    const ps = await runCli(['agent-host', '--print-windows-tls12'], work);
    expect(ps).toEqual({ code: 0, stdout: windowsTls12PowerShell(), stderr: '' });
    const reg = await runCli(['agent-host', '--print-windows-tls12', '--format', 'reg'], work);
    expect(reg).toEqual({ code: 0, stdout: windowsTls12Reg(), stderr: '' });
  });

  test('usage errors exit 2 with one line naming the problem', async () => {
    const cases: [string[], string][] = [
      [
        ['--print-windows-tls12', '--format', 'bat'],
        `--format must be one of powershell, reg; got "bat". See 'cdktf-okta-ldap agent-host --help'.`,
      ],
      [
        ['--format', 'reg', '--settings', 'settings.json'],
        "--format applies only to --print-windows-tls12. See 'cdktf-okta-ldap agent-host --help'.",
      ],
      [
        ['--settings', 'settings.json', '--json', '--markdown'],
        "--json and --markdown exclude each other: pick one. See 'cdktf-okta-ldap agent-host --help'.",
      ],
      [['--nope'], "Unknown option '--nope'. See 'cdktf-okta-ldap agent-host --help'."],
      [
        ['--settings', 'settings.json', '--okta-ca-file', 'missing.pem'],
        `CA file not found or unreadable: '${path.join(work, 'missing.pem')}'. Pass a PEM bundle with --okta-ca-file.`,
      ],
      [
        ['--settings', 'missing.json'],
        `settings file not found: '${path.join(work, 'missing.json')}'. Pass an existing JSON file with --settings.`,
      ],
      [
        ['--settings', 'settings.json', '--connect-timeout', 'soon'],
        `--connect-timeout must be a duration from 1ms to 60m: seconds ("30", "2.5", "30s"), milliseconds ("500ms") or minutes ("5m"); got "soon". See 'cdktf-okta-ldap agent-host --help'.`,
      ],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['agent-host', ...args], work);
      expect({ args, code: run.code, stderr: run.stderr, stdout: run.stdout }).toEqual({
        args,
        code: 2,
        stderr: `cdktf-okta-ldap agent-host: ${message}\n`,
        stdout: '',
      });
    }
  });

  test('--help exits 0 and lists every flag', async () => {
    const run = await runCli(['agent-host', '--help'], work);
    expect(run.code).toBe(0);
    for (const flag of [
      '--out',
      '--settings',
      '--ca-file',
      '--okta-ca-file',
      '--print-windows-tls12',
      '--format',
      '--json',
      '--markdown',
    ]) {
      expect(run.stdout).toContain(flag);
    }
  });

  test('the built bin: exit codes 0 and 1 from a real process', async () => {
    const exec = (args: string[]) =>
      new Promise<{ code: number; stdout: string }>((resolve) => {
        execFile(
          process.execPath,
          [BIN, 'agent-host', ...args],
          { cwd: work, env: { PATH: process.env.PATH } },
          (error, stdout) => resolve({ code: error === null ? 0 : (error.code as number), stdout }),
        );
      });
    const ok = await exec(['--settings', 'settings.json', ...CA, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, host: { platform: 'linux' } });
    const failed = await exec(['--settings', 'http-org.json', '--ca-file', 'ca.pem']);
    expect(failed.code).toBe(1);
  });
});
