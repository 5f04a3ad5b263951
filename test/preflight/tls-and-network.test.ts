import { runPreflight } from '../../lib/preflight/run-preflight';
import { closedPort, SilentServer, startSilentServer } from '../support/network';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { finding, patchSettings } from './preflight-test-helpers';
import { LOADED_MACHINE_SLACK_MS, NOT_REACHED_TIMEOUT_MS } from '../support/timing-bounds';
import { integrationModel } from '../../lib/model/integration-model';

let valid: SlapdFixture;
let expired: SlapdFixture;
let expiring: SlapdFixture;
let wrongName: SlapdFixture;
let selfSigned: SlapdFixture;
let silent: SilentServer;

beforeAll(async () => {
  [valid, expired, expiring, wrongName, selfSigned, silent] = await Promise.all([
    startSlapd(),
    startSlapd({ certificate: { expired: true } }),
    startSlapd({ certificate: { expiresInDays: 10 } }),
    startSlapd({ certificate: { sans: ['DNS:ldap.example.test'] } }),
    startSlapd({ certificate: { selfSignedUntrusted: true } }),
    startSilentServer(),
  ]);
});
afterAll(async () => {
  await Promise.all([
    ...[valid, expired, expiring, wrongName, selfSigned].map((f) => f?.stop()),
    silent?.close(),
  ]);
});

describe('PF-TLS', () => {
  test('reports subject, issuer, SANs, expiry and the negotiated protocol', async () => {
    const report = await runPreflight(integrationModel({ settings: valid.settings() }), {
      bindPassword: valid.bindPassword,
      ca: valid.caPem,
    });
    const tls = finding(report, 'PF-TLS');
    expect(tls.status).toBe('pass');
    const ev = tls.evidence as {
      certificate: { subject: string; issuer: string; subjectAltNames: string[]; notAfter: string };
      protocol: string;
      daysUntilExpiry: number;
    };
    expect(ev.certificate.subjectAltNames).toContain('IP Address:127.0.0.1');
    expect(ev.certificate.issuer).toContain('CN=');
    expect(new Date(ev.certificate.notAfter).getTime()).toBe(
      Math.floor(valid.certificate.notAfter.getTime() / 1000) * 1000,
    );
    expect(['TLSv1.2', 'TLSv1.3']).toContain(ev.protocol);
    expect(tls.message).toMatch(
      new RegExp(
        `^LDAPS to 127\\.0\\.0\\.1:${valid.port} verified \\(TLSv1\\.[23]\\); certificate CN=\\S+ issued by CN=.+, expires \\d{4}-\\d\\d-\\d\\d \\(\\d+ days\\)$`,
      ),
    );
  });

  test('warns within 30 days of expiry (real certificate expiring in 10 days)', async () => {
    const report = await runPreflight(integrationModel({ settings: expiring.settings() }), {
      bindPassword: expiring.bindPassword,
      ca: expiring.caPem,
    });
    const tls = finding(report, 'PF-TLS');
    const date = expiring.certificate.notAfter.toISOString().slice(0, 10);
    expect(tls.status).toBe('warn');
    expect(tls.message).toMatch(
      new RegExp(
        `^LDAPS to 127\\.0\\.0\\.1:${expiring.port} verified, but the server certificate expires in (9|10) days \\(${date}\\)$`,
      ),
    );
    expect(finding(report, 'PF-BIND').status).toBe('pass');
    expect(report.ok).toBe(true);
  });

  test('warns within 30 days of expiry (clock moved with options.now)', async () => {
    const now = new Date(valid.certificate.notAfter.getTime() - 29.5 * 24 * 3600 * 1000);
    const report = await runPreflight(integrationModel({ settings: valid.settings() }), {
      bindPassword: valid.bindPassword,
      ca: valid.caPem,
      now,
    });
    expect(finding(report, 'PF-TLS').message).toContain('but the server certificate expires in 29 days');
  });

  test('untrusted CA (no --ca-file): fails with the Node code and the certificate facts', async () => {
    const report = await runPreflight(integrationModel({ settings: valid.settings() }), {
      bindPassword: valid.bindPassword,
    });
    const tls = finding(report, 'PF-TLS');
    expect(tls.status).toBe('fail');
    expect(tls.message).toMatch(
      new RegExp(
        `^The certificate of 127\\.0\\.0\\.1:${valid.port} is not signed by a trusted CA \\((SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|UNABLE_TO_VERIFY_LEAF_SIGNATURE)\\): CN=\\S+ issued by CN=`,
      ),
    );
    expect(tls.evidence).toMatchObject({ faultClass: 'tls-untrusted', caBundle: 'Node built-in roots' });
    expect(tls.fix).toContain('--ca-file');
    expect(finding(report, 'PF-BIND')).toMatchObject({ status: 'skipped', skippedBecause: 'PF-TLS' });
  });

  test('self-signed server certificate: fails as untrusted even with the fixture CA, naming both issuers', async () => {
    const report = await runPreflight(integrationModel({ settings: selfSigned.settings() }), {
      bindPassword: selfSigned.bindPassword,
      ca: valid.caPem,
    });
    const tls = finding(report, 'PF-TLS');
    expect(tls.status).toBe('fail');
    expect(tls.message).toMatch(
      /is issued by CN=\S+, but the CA bundle from options\.ca holds CN=slapd fixture throwaway CA \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\)$/,
    );
    expect(tls.evidence).toMatchObject({ faultClass: 'tls-untrusted' });
  });

  test('host name not in the certificate: ERR_TLS_CERT_ALTNAME_INVALID with the names it holds', async () => {
    const report = await runPreflight(integrationModel({ settings: wrongName.settings() }), {
      bindPassword: wrongName.bindPassword,
      ca: wrongName.caPem,
    });
    const tls = finding(report, 'PF-TLS');
    expect(tls).toMatchObject({
      status: 'fail',
      message: `The certificate of 127.0.0.1:${wrongName.port} does not name host 127.0.0.1 (ERR_TLS_CERT_ALTNAME_INVALID); it names DNS:ldap.example.test`,
      evidence: { faultClass: 'tls-hostname', code: 'ERR_TLS_CERT_ALTNAME_INVALID' },
    });
  });

  test('expired certificate: CERT_HAS_EXPIRED with its validity window', async () => {
    const report = await runPreflight(integrationModel({ settings: expired.settings() }), {
      bindPassword: expired.bindPassword,
      ca: expired.caPem,
    });
    const tls = finding(report, 'PF-TLS');
    const until = expired.certificate.notAfter.toISOString().slice(0, 10);
    expect(tls.status).toBe('fail');
    expect(tls.message).toMatch(
      new RegExp(
        `^The certificate of 127\\.0\\.0\\.1:${expired.port} is not valid now \\(CERT_HAS_EXPIRED\\): valid \\d{4}-\\d\\d-\\d\\d to ${until}$`,
      ),
    );
    expect(tls.evidence).toMatchObject({ faultClass: 'tls-expired', code: 'CERT_HAS_EXPIRED' });
  });
});

describe('network faults', () => {
  test('closed port: ECONNREFUSED, everything after PF-TLS skipped', async () => {
    const port = await closedPort();
    const settings = patchSettings(valid.settings(), { agent: { port } });
    const report = await runPreflight(integrationModel({ settings }), {
      bindPassword: valid.bindPassword,
      ca: valid.caPem,
    });
    expect(finding(report, 'PF-TLS')).toMatchObject({
      status: 'fail',
      message: `Nothing accepts connections on 127.0.0.1:${port} (ECONNREFUSED)`,
      evidence: { faultClass: 'refused', code: 'ECONNREFUSED' },
    });
    expect(
      report.findings.filter((f) => f.status === 'skipped').every((f) => f.skippedBecause === 'PF-TLS'),
    ).toBe(true);
    expect(report.summary).toEqual({ pass: 1, warn: 0, fail: 1, skipped: 11 });
  });

  test('a server that accepts TCP and never answers: ends within the connect timeout', async () => {
    const settings = patchSettings(valid.settings(), { agent: { port: silent.port } });
    const started = Date.now();
    const report = await runPreflight(integrationModel({ settings }), {
      bindPassword: valid.bindPassword,
      ca: valid.caPem,
      connectTimeoutMs: 400,
      overallTimeoutMs: NOT_REACHED_TIMEOUT_MS,
    });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(400 + LOADED_MACHINE_SLACK_MS);
    expect(silent.connections()).toBeGreaterThan(0);
    expect(finding(report, 'PF-TLS')).toMatchObject({
      status: 'fail',
      message: `127.0.0.1:${silent.port} accepted no TLS handshake within 400 ms (Connection timeout)`,
      evidence: { faultClass: 'timeout' },
    });
  });

  test('the overall timeout ends a run whose server never answers, even with long connect timeouts', async () => {
    const settings = patchSettings(valid.settings(), { agent: { port: silent.port } });
    const started = Date.now();
    const report = await runPreflight(integrationModel({ settings }), {
      bindPassword: valid.bindPassword,
      ca: valid.caPem,
      connectTimeoutMs: NOT_REACHED_TIMEOUT_MS,
      overallTimeoutMs: 300,
    });
    expect(Date.now() - started).toBeLessThan(300 + LOADED_MACHINE_SLACK_MS);
    expect(finding(report, 'PF-TLS')).toMatchObject({
      status: 'fail',
      message: 'The preflight ran out of time (overall timeout 300 ms) during this check',
      evidence: { faultClass: 'timeout' },
    });
    expect(finding(report, 'PF-PASSWORD').status).toBe('pass');
    expect(finding(report, 'PF-BIND')).toMatchObject({ status: 'skipped', skippedBecause: 'PF-TLS' });
  });

  test('plain LDAP with StartTLS to a silent server ends within the timeouts', async () => {
    const settings = patchSettings(valid.settings(), {
      agent: { port: silent.port, connectionSecurity: 'STARTTLS' as never },
    });
    const started = Date.now();
    const report = await runPreflight(integrationModel({ settings }), {
      bindPassword: valid.bindPassword,
      ca: valid.caPem,
      operationTimeoutMs: 300,
      overallTimeoutMs: NOT_REACHED_TIMEOUT_MS,
    });
    expect(Date.now() - started).toBeLessThan(300 + LOADED_MACHINE_SLACK_MS);
    expect(finding(report, 'PF-TLS').evidence).toMatchObject({ faultClass: 'timeout' });
  });
});
