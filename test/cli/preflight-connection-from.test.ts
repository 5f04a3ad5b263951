/**
 * `preflight --connection-from DIR`: the connection (host, port, connection security, bind DN and
 * the recorded CA) comes from a trusted synthesized app, the rest of the settings from `--out`.
 * Against the real slapd fixture: the trusted (base) app points at it; the checked (head) app points
 * at a listener that records every connection and records another CA.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { App } from 'cdktf';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import type { LdapDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { runCli } from '../support/run-cli';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { tempDir } from '../support/temp-dir';
import { OrgStack } from '../resources/fixtures';

const RUNNER = path.join(__dirname, '..', 'resources', 'golden', 'runner-stand-in.js');

interface Report {
  host: string;
  port: number;
  bindDn: string;
  findings: { id: string; status: string; message: string; evidence: Record<string, unknown> }[];
}

let dir: SlapdFixture;
let work: string;
let trap: net.Server;
let trapPort: number;
/** Connections the head's listener accepted. */
let trapped = 0;

/** Synthesizes an app with one integration `JumpCloud` in stack `org` (or none) into `work/<folder>`. */
function synthApp(
  folder: string,
  integration?: { directory: LdapDirectorySettings; caFile: string; ldapGroup: string },
): void {
  const app = new App({ outdir: path.join(work, folder), stackTraces: false });
  const stack = new OrgStack(app, 'org');
  if (integration !== undefined) {
    new OktaLdapIntegration(stack, 'JumpCloud', {
      directory: integration.directory,
      ldapAppId: '0oa6qvmxznVl4KFXe5d7',
      groupMappings: [{ ldapGroup: integration.ldapGroup, oktaGroup: 'Engineering' }],
      preflightGuardOptions: { cliPath: RUNNER, caFile: integration.caFile },
    });
  }
  app.synth();
}

beforeAll(async () => {
  dir = await startSlapd();
  work = tempDir('preflight-connection-from-');
  trap = net.createServer((socket) => {
    trapped++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
  trapPort = (trap.address() as net.AddressInfo).port;
  const otherCa = path.join(work, 'other-ca.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(work, 'other-ca.key')].concat([
      '-out',
      otherCa,
      '-subj',
      '/CN=Head Chosen CA',
      '-days',
      '2',
    ]),
    { stdio: 'ignore' },
  );
  synthApp('base.out', { directory: dir.settings(), caFile: dir.caFile, ldapGroup: 'engineering' });
  const hostile = dir.settings();
  synthApp('head.out', {
    directory: { ...hostile, agent: { ...hostile.agent, host: 'localhost', port: trapPort } },
    caFile: otherCa,
    ldapGroup: 'support',
  });
  synthApp('empty.out');
}, 60_000);

afterAll(async () => {
  await dir?.stop();
  await new Promise((resolve) => trap?.close(resolve));
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  trapped = 0;
});

const env = (): NodeJS.ProcessEnv => ({ LDAP_BIND_PASSWORD: dir.bindPassword });

describe('preflight --connection-from', () => {
  test("binds to the trusted app's server through its CA, checks the head's other settings, and names what differs", async () => {
    const run = await runCli(
      ['preflight', '--out', 'head.out', '--connection-from', 'base.out', '--json'],
      work,
      env(),
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    const status = Object.fromEntries(report.findings.map((f) => [f.id, f.status]));
    // The head's listener never saw a connection: the password went to the base's slapd only.
    expect(trapped).toBe(0);
    expect([report.host, report.port, report.bindDn]).toEqual(['127.0.0.1', dir.port, dir.bindDn]);
    expect([status['PF-TLS'], status['PF-BIND']]).toEqual(['pass', 'pass']);
    const tls = report.findings.find((f) => f.id === 'PF-TLS')!;
    expect(tls.message).toMatch(
      /trusted through preflightGuardOptions\.caFile recorded in the stack \(base\.out\//,
    );
    // The mapped group is the head's (support), not the base's (engineering).
    const mapped = report.findings.filter((f) => f.id === 'PF-MAPPED-GROUP');
    expect(mapped.map((f) => f.evidence.ldapGroup ?? f.message)).toEqual([expect.stringMatching(/support/)]);
    expect(mapped[0]!.message).not.toMatch(/engineering/);
    // The head's own connection is named, field by field, as not used.
    const trusted = report.findings[0]!;
    expect([trusted.id, trusted.status]).toEqual(['PF-TRUSTED-CONNECTION', 'warn']);
    expect(trusted.message).toMatch(
      new RegExp(
        '^The checked settings name another connection than --connection-from base\\.out \\(' +
          `agent\\.host: "localhost" not used, "127\\.0\\.0\\.1" used; agent\\.port: "${trapPort}" not used, "${dir.port}" used; ` +
          'preflightGuardOptions\\.caFile: "head\\.out/stacks/org/assets/[^"]+" not used, "base\\.out/stacks/org/assets/[^"]+" used\\): ' +
          'the bind password went only to the connection of --connection-from base\\.out; the other one was neither used nor checked$',
      ),
    );
    expect((trusted.evidence.differing as { field: string }[]).map((d) => d.field)).toEqual([
      'agent.host',
      'agent.port',
      'preflightGuardOptions.caFile',
    ]);
    expect(run.code).toBe(0);
  });

  test('the same app as the trusted one passes PF-TRUSTED-CONNECTION with nothing differing', async () => {
    const run = await runCli(
      ['preflight', '--out', 'base.out', '--connection-from', 'base.out'],
      work,
      env(),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /PASS +PF-TRUSTED-CONNECTION +Host, port, connection security, bind DN and CA taken from --connection-from base\.out; the checked settings name the same connection\n/,
    );
  });

  test('a CA file the checked app names is read as untrusted input: a device is not waited on, and counts as different', async () => {
    fs.cpSync(path.join(work, 'head.out'), path.join(work, 'device.out'), { recursive: true });
    const stackFile = path.join(work, 'device.out', 'stacks', 'org', 'cdk.tf.json');
    const text = fs.readFileSync(stackFile, 'utf8');
    const replaced = text.replace(/"caFile": ?"[^"]+"/g, '"caFile": "/dev/zero"');
    expect(replaced).not.toBe(text);
    fs.writeFileSync(stackFile, replaced);
    const run = await runCli(
      ['preflight', '--out', 'device.out', '--connection-from', 'base.out', '--json'],
      work,
      env(),
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    const differing = report.findings[0]!.evidence.differing as { field: string; ignored: unknown }[];
    expect(differing.find((d) => d.field === 'preflightGuardOptions.caFile')?.ignored).toBe(
      path.relative(work, '/dev/zero'),
    );
    expect(report.findings.find((f) => f.id === 'PF-BIND')?.status).toBe('pass');
    expect(trapped).toBe(0);
  });

  test('a trusted app without the integration is an input error (exit 2), and nothing is bound', async () => {
    const run = await runCli(
      ['preflight', '--out', 'head.out', '--connection-from', 'empty.out', '--json'],
      work,
      env(),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      '--connection-from empty.out has no integration "JumpCloud" in stack "org" (the one --out picks), so there is no trusted connection to bind with. Synthesize the trusted app from a commit that has this integration; the bind password is not sent to a connection only the checked app names.',
    );
    expect(trapped).toBe(0);
  });

  test('a trusted folder that is no synthesized app, and --settings, are input errors', async () => {
    const missing = await runCli(
      ['preflight', '--out', 'head.out', '--connection-from', 'nowhere'],
      work,
      env(),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /--connection-from nowhere: synthesized app not found: '.*nowhere' is not a folder/,
    );
    fs.writeFileSync(path.join(work, 'settings.json'), JSON.stringify(dir.settings()));
    const file = await runCli(
      ['preflight', '--settings', 'settings.json', '--connection-from', 'base.out'],
      work,
      env(),
    );
    expect(file.code).toBe(2);
    expect(file.stderr).toContain(
      '--connection-from takes the connection of the integration --out picks from another synthesized app; it cannot be combined with --settings. Use --out.',
    );
    expect(trapped).toBe(0);
  });
});

describe('preflight without --connection-from (unchanged)', () => {
  test("binds where --out says: the head's listener gets the connection, and no PF-TRUSTED-CONNECTION", async () => {
    const run = await runCli(['preflight', '--out', 'head.out', '--json'], work, env());
    const report = JSON.parse(run.stdout) as Report;
    expect(trapped).toBeGreaterThan(0);
    expect([report.host, report.port]).toEqual(['localhost', trapPort]);
    expect(report.findings.map((f) => f.id)).not.toContain('PF-TRUSTED-CONNECTION');
    expect(run.code).toBe(1);
  });

  test('the trusted app alone passes as before', async () => {
    const run = await runCli(['preflight', '--out', 'base.out', '--json'], work, env());
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => f.id)).not.toContain('PF-TRUSTED-CONNECTION');
    expect(report.findings.filter((f) => f.status === 'fail')).toEqual([]);
    expect(report.findings.find((f) => f.id === 'PF-BIND')?.status).toBe('pass');
    expect(run.code).toBe(0);
  });
});
