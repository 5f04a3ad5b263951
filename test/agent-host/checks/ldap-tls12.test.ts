import type { OpenLdapConnection } from '../../../lib/agent-host/agent-host-check';
import { caSubjects } from '../../../lib/preflight/ca-file';
import { ldapTls12Check } from '../../../lib/agent-host/checks/ldap-tls12';
import { agentHostContext } from '../../support/fake-agent-host';
import { FakeLdapConnection, nodeError } from '../../support/fake-ldap-connection';
import { fixtureProbe } from '../fixture-probe';

// The check opens its connection through the context: a fake connection stands in for the network.
let Connection: jest.MockedFunction<OpenLdapConnection>;

function withFake(fake: FakeLdapConnection): FakeLdapConnection {
  Connection = jest.fn<ReturnType<OpenLdapConnection>, Parameters<OpenLdapConnection>>(() =>
    fake.asConnection(),
  );
  return fake;
}

const TARGET = 'ldap.jumpcloud.com:636';
const context = (ca?: string, caSource?: string) =>
  agentHostContext(fixtureProbe({ platform: 'linux' }), {
    openLdapConnection: Connection,
    ...(ca !== undefined ? { ca } : {}),
    ...(caSource !== undefined ? { caSource } : {}),
  });

const CERTIFICATE = {
  subject: 'CN=ldap.jumpcloud.com',
  issuer: 'CN=Corp Root CA',
  subjectAltNames: ['DNS:ldap.jumpcloud.com'],
  validFrom: '2026-01-01T00:00:00.000Z',
  notAfter: '2027-01-01T00:00:00.000Z',
  fingerprint256: 'AB:CD',
  serialNumber: '01',
};

describe('AH-LDAP-TLS12', () => {
  test('runs PF-TLS over a TLS 1.2-only connection, never binds, and closes it', async () => {
    const fake = withFake(new FakeLdapConnection(`ldaps://${TARGET}`));
    fake.tlsFacts = { protocol: 'TLSv1.2' };
    const ctx = context('PEM');
    const outcome = await ldapTls12Check.run(ctx);
    expect(outcome).toMatchObject({
      status: 'pass',
      message: `LDAPS to ${TARGET} verified (TLSv1.2); certificate details unavailable`,
      evidence: { offered: 'TLSv1.2', protocol: 'TLSv1.2' },
    });
    expect(Connection).toHaveBeenCalledWith(ctx.settings, {
      connectTimeoutMs: 1000,
      operationTimeoutMs: 2000,
      tlsVersion: 'TLSv1.2',
      ca: 'PEM',
    });
    expect(fake.requests).toEqual([{ op: 'connect' }, { op: 'close' }]);
  });

  test('a handshake failure adds the TLS 1.2 fix in front of PF-TLS’s', async () => {
    const fake = withFake(
      new FakeLdapConnection().failConnect(nodeError('EPROTO', 'tlsv1 alert protocol version')),
    );
    const outcome = await ldapTls12Check.run(context());
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `TLS handshake with ${TARGET} failed (tls-handshake, EPROTO): tlsv1 alert protocol version`,
      evidence: { faultClass: 'tls-handshake', offered: 'TLSv1.2' },
    });
    expect(outcome.fix).toMatch(
      /^The Okta LDAP agent connects with TLS 1\.2: enable TLS 1\.2 on the LDAP server \(and on any TLS proxy or load balancer in front of it\)\. The server speaks TLS but the handshake failed/,
    );
    expect(fake.requests).toEqual([{ op: 'connect' }, { op: 'close' }]);
  });

  test('other failures keep PF-TLS’s message and fix', async () => {
    withFake(new FakeLdapConnection().failConnect(nodeError('ECONNREFUSED')));
    const outcome = await ldapTls12Check.run(context());
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `Nothing accepts connections on ${TARGET} (ECONNREFUSED)`,
    });
    expect(outcome.fix).toMatch(/^Check agent.host and agent.port in /);
  });

  test('names the CA bundle by where it came from, as PF-TLS does: message and evidence caBundle', async () => {
    const fake = withFake(new FakeLdapConnection(`ldaps://${TARGET}`));
    fake.usesCustomCa = true;
    fake.tlsFacts = { protocol: 'TLSv1.2', certificate: CERTIFICATE };
    const outcome = await ldapTls12Check.run(context('PEM', '--ca-file corp-ca.pem'));
    expect(outcome).toMatchObject({
      status: 'pass',
      message: `LDAPS to ${TARGET} verified (TLSv1.2); certificate CN=ldap.jumpcloud.com issued by CN=Corp Root CA, expires 2027-01-01 (214 days); trusted through --ca-file corp-ca.pem`,
      evidence: { caBundle: '--ca-file corp-ca.pem', offered: 'TLSv1.2' },
    });
    const builtIn = withFake(new FakeLdapConnection(`ldaps://${TARGET}`));
    builtIn.tlsFacts = { protocol: 'TLSv1.2', certificate: CERTIFICATE };
    const system = await ldapTls12Check.run(context());
    expect(system.message).not.toContain('trusted through');
    expect(system.evidence).toMatchObject({ caBundle: 'Node built-in roots' });
  });

  test('a bundle that does not sign the certificate is named with its source and its certificates', async () => {
    const pem = `-----BEGIN CERTIFICATE-----\n${Buffer.from('not a certificate').toString('base64')}\n-----END CERTIFICATE-----\n`;
    const fake = withFake(
      new FakeLdapConnection(`ldaps://${TARGET}`).failConnect(nodeError('SELF_SIGNED_CERT_IN_CHAIN')),
    );
    fake.usesCustomCa = true;
    fake.tlsFacts = { certificate: CERTIFICATE };
    const outcome = await ldapTls12Check.run(
      context(pem, 'preflightGuardOptions.caFile recorded in the stack (ca.pem)'),
    );
    expect(caSubjects(pem)).toEqual([]);
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `The certificate of ${TARGET} is issued by CN=Corp Root CA, but the CA bundle from preflightGuardOptions.caFile recorded in the stack (ca.pem) holds no readable certificate (SELF_SIGNED_CERT_IN_CHAIN)`,
      evidence: {
        caBundle: 'preflightGuardOptions.caFile recorded in the stack (ca.pem)',
        caBundleCertificates: [],
      },
    });
  });
});
