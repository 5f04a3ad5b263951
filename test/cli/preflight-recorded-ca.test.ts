/**
 * `preflight --out` and `agent-host --out` trust the CA the stack records for the integration
 * (`preflightGuardOptions.caFile`, copied into the stack by the guard) without `--ca-file`; an
 * explicit `--ca-file` wins; the output names the CA used. Against the real slapd fixture, whose
 * certificate is signed by a throwaway private CA.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { ExitCode } from '../../lib/process/cli-io';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { runCli } from '../support/run-cli';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { tempDir } from '../support/temp-dir';
import { OrgStack } from '../resources/fixtures';
import { editStack, ParsedJson } from '../review/synthesized-app-fixture';

const RUNNER = path.join(__dirname, '..', 'resources', 'golden', 'runner-stand-in.js');

let dir: SlapdFixture;
let work: string;
let otherCa: string;

beforeAll(async () => {
  dir = await startSlapd();
  work = tempDir('preflight-recorded-ca-');
  const app = new App({ outdir: path.join(work, 'cdktf.out'), stackTraces: false });
  const stack = new OrgStack(app, 'org');
  new OktaLdapIntegration(stack, 'JumpCloud', {
    directory: dir.settings(),
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
    preflightGuardOptions: { cliPath: RUNNER, caFile: dir.caFile },
  });
  app.synth();
  otherCa = path.join(work, 'other-ca.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      path.join(work, 'other-ca.key'),
      '-out',
      otherCa,
      '-subj',
      '/CN=Some Other Test CA',
      '-days',
      '2',
    ],
    { stdio: 'ignore' },
  );
}, 60_000);

afterAll(async () => {
  await dir?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the CA the stack records', () => {
  test('preflight --out trusts it without --ca-file and says so', async () => {
    const run = await runCli(['preflight', '--out', 'cdktf.out'], work, {
      LDAP_BIND_PASSWORD: dir.bindPassword,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /PASS +PF-TLS .*trusted through preflightGuardOptions\.caFile recorded in the stack \(cdktf\.out\/stacks\/org\/assets\/[^)]+\.pem\)/,
    );
  });

  test('an explicit --ca-file wins, and a wrong one is named with both issuers', async () => {
    const env = { LDAP_BIND_PASSWORD: dir.bindPassword };
    fs.copyFileSync(dir.caFile, path.join(work, 'ca.pem'));
    const right = await runCli(['preflight', '--out', 'cdktf.out', '--ca-file', 'ca.pem'], work, env);
    expect(right.code).toBe(0);
    expect(right.stdout).toMatch(/PASS +PF-TLS .*trusted through --ca-file ca\.pem\n/);

    const wrong = await runCli(
      ['preflight', '--out', 'cdktf.out', '--ca-file', 'other-ca.pem', '--json'],
      work,
      env,
    );
    expect(wrong.code).toBe(1);
    const tls = (
      JSON.parse(wrong.stdout) as { findings: { id: string; message: string; evidence: unknown }[] }
    ).findings.find((f) => f.id === 'PF-TLS');
    expect(tls?.message).toMatch(
      /^The certificate of [\w.]+:\d+ is issued by CN=slapd fixture throwaway CA, but the CA bundle from --ca-file other-ca\.pem holds CN=Some Other Test CA \(SELF_SIGNED_CERT_IN_CHAIN\)$/,
    );
    expect(tls?.evidence).toMatchObject({
      caBundle: '--ca-file other-ca.pem',
      caBundleCertificates: ['CN=Some Other Test CA'],
    });
  });

  test('agent-host --out names the recorded CA by where it came from, and its file in the trust-store import', async () => {
    const run = await runCli(['agent-host', '--out', 'cdktf.out', '--json'], work);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      findings: {
        id: string;
        status: string;
        message: string;
        evidence: Record<string, unknown>;
        fix: string;
      }[];
    };
    const status = Object.fromEntries(report.findings.map((f) => [f.id, f.status]));
    // The LDAP host is reached with TLS 1.2 through the recorded CA; its import is a reminder (warn).
    expect([status['AH-LDAP-TLS12'], status['AH-LDAP-CA']]).toEqual(['pass', 'warn']);
    // The OS and CPU checks read this machine: the exit code follows whatever failed, a warning fails nothing.
    const failed = report.findings.filter((f) => f.status === 'fail').map((f) => f.id);
    expect(report.ok).toBe(failed.length === 0);
    expect(run.code).toBe(failed.length === 0 ? ExitCode.OK : ExitCode.CHECK_FAILED);
    const trust = report.findings.find((f) => f.id === 'AH-LDAP-CA')!;
    // Named by where it came from, as PF-TLS names it; the import command keeps the file's path.
    const recorded =
      /preflightGuardOptions\.caFile recorded in the stack \(cdktf\.out\/stacks\/org\/assets\/[^)]+\.pem\)/;
    expect(trust.message).toMatch(new RegExp(`private CA \\(${recorded.source}\\)`));
    expect(trust.evidence.caBundle).toMatch(new RegExp(`^${recorded.source}$`));
    expect(trust.fix).toMatch(/-file \S*\/cdktf\.out\/stacks\/org\/assets\/\S+\.pem /);
    const tls = report.findings.find((f) => f.id === 'AH-LDAP-TLS12')!;
    expect(tls.message).toMatch(new RegExp(`; trusted through ${recorded.source}$`));
  });
});

describe('a recorded CA file the app points elsewhere with', () => {
  /** A copy of the app whose guard records `caFile` (stack-relative, as the guard writes it). */
  function appRecording(caFile: string): string {
    const copy = tempDir('preflight-recorded-ca-edited-');
    fs.cpSync(path.join(work, 'cdktf.out'), path.join(copy, 'cdktf.out'), { recursive: true });
    editStack(path.join(copy, 'cdktf.out'), 'org', (tf) => {
      const guard = Object.entries<ParsedJson>(tf.resource.terraform_data).find(([name]) =>
        name.includes('PreflightGuard'),
      )![1];
      guard.input.check.caFile = caFile;
    });
    return copy;
  }

  test.each(['preflight', 'agent-host'])(
    '%s refuses a device, a FIFO and a file outside the app, without waiting on one (exit 2)',
    async (command) => {
      const outside = appRecording('/dev/zero');
      const device = await runCli([command, '--out', 'cdktf.out'], outside, {
        LDAP_BIND_PASSWORD: dir.bindPassword,
      });
      expect([device.code, device.stdout]).toEqual([ExitCode.USAGE, '']);
      expect(device.stderr).toContain(
        `CA file refused: '/dev/zero' is not inside ${path.join(outside, 'cdktf.out')}. Pass a PEM bundle with --ca-file`,
      );

      const elsewhere = appRecording('../../../other-ca.pem');
      fs.copyFileSync(otherCa, path.join(elsewhere, 'other-ca.pem'));
      const file = await runCli([command, '--out', 'cdktf.out'], elsewhere, {
        LDAP_BIND_PASSWORD: dir.bindPassword,
      });
      expect(file.code).toBe(ExitCode.USAGE);
      expect(file.stderr).toContain(
        `CA file refused: '${path.join(elsewhere, 'other-ca.pem')}' is not inside ${path.join(elsewhere, 'cdktf.out')}.`,
      );

      const fifoApp = appRecording('assets/pipe.pem');
      execFileSync('mkfifo', [path.join(fifoApp, 'cdktf.out', 'stacks', 'org', 'assets', 'pipe.pem')]);
      const fifo = await runCli([command, '--out', 'cdktf.out'], fifoApp, {
        LDAP_BIND_PASSWORD: dir.bindPassword,
      });
      expect(fifo.code).toBe(ExitCode.USAGE);
      expect(fifo.stderr).toMatch(
        /CA file refused: '[^']+\/assets\/pipe\.pem' is not a regular file \(a FIFO\)\./,
      );
    },
    30_000,
  );
});
