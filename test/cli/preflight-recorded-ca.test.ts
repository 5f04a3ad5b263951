/**
 * `preflight --out` and `agent-host --out` trust the CA the stack records for the integration
 * (`preflightGuardOptions.caFile`, copied into the stack by the guard) without `--ca-file`; an
 * explicit `--ca-file` wins; the output names the CA used. Against the real slapd fixture, whose
 * certificate is signed by a throwaway private CA.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { App } from 'cdktf';
import { main } from '../../lib/cli/main';
import { CliIo } from '../../lib/process/cli-io';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { OrgStack } from '../resources/fixtures';

const RUNNER = path.join(__dirname, '..', 'resources', 'golden', 'runner-stand-in.js');

let dir: SlapdFixture;
let work: string;
let otherCa: string;

function io(env: NodeJS.ProcessEnv): CliIo & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as string[], err: [] as string[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c.toString()));
  stderr.on('data', (c: Buffer) => chunks.err.push(c.toString()));
  return {
    stdout,
    stderr,
    env,
    cwd: work,
    readStdin: async () => '',
    out: () => chunks.out.join(''),
    err: () => chunks.err.join(''),
  };
}

beforeAll(async () => {
  dir = await startSlapd();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-recorded-ca-'));
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
    const run = io({ LDAP_BIND_PASSWORD: dir.bindPassword });
    const code = await main(['preflight', '--out', 'cdktf.out'], run);
    expect(run.err()).toBe('');
    expect(code).toBe(0);
    expect(run.out()).toMatch(
      /PASS +PF-TLS .*trusted through preflightGuardOptions\.caFile recorded in the stack \(cdktf\.out\/stacks\/org\/assets\/[^)]+\.pem\)/,
    );
  });

  test('an explicit --ca-file wins, and a wrong one is named with both issuers', async () => {
    const right = io({ LDAP_BIND_PASSWORD: dir.bindPassword });
    fs.copyFileSync(dir.caFile, path.join(work, 'ca.pem'));
    expect(await main(['preflight', '--out', 'cdktf.out', '--ca-file', 'ca.pem'], right)).toBe(0);
    expect(right.out()).toMatch(/PASS +PF-TLS .*trusted through --ca-file ca\.pem\n/);

    const wrong = io({ LDAP_BIND_PASSWORD: dir.bindPassword });
    expect(
      await main(['preflight', '--out', 'cdktf.out', '--ca-file', 'other-ca.pem', '--json'], wrong),
    ).toBe(1);
    const tls = (
      JSON.parse(wrong.out()) as { findings: { id: string; message: string; evidence: unknown }[] }
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
    const run = io({});
    await main(['agent-host', '--out', 'cdktf.out', '--json'], run);
    const report = JSON.parse(run.out()) as {
      findings: { id: string; message: string; evidence: Record<string, unknown>; fix: string }[];
    };
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
