import { TLS_HANDSHAKE_BYTES } from '../../../lib/preflight/fault-class';
import type { CertificateFacts } from '../../../lib/preflight/ldap-connection';
import { LdapConnectionSecurity } from '../../../lib/settings/setting-choices';
import {
  checkContext,
  FakeLdapConnection,
  jumpCloud,
  nodeError,
  openLdap,
  preflightCheck,
} from '../../support/fake-ldap-connection';

const tlsCheck = preflightCheck('PF-TLS');

const TARGET = 'ldap.jumpcloud.com:636';
// checkContext's clock is 2026-06-01T00:00:00Z.
const certificate = (notAfter: string): CertificateFacts => ({
  subject: 'CN=ldap.jumpcloud.com',
  issuer: "C=US, O=Let's Encrypt, CN=R3",
  subjectAltNames: ['DNS:ldap.jumpcloud.com'],
  validFrom: '2026-01-01T00:00:00.000Z',
  notAfter,
  fingerprint256: 'AB:CD',
  serialNumber: '01',
});

function connected(cert?: CertificateFacts): FakeLdapConnection {
  const connection = new FakeLdapConnection(`ldaps://${TARGET}`);
  connection.tlsFacts = {
    protocol: 'TLSv1.3',
    cipher: 'TLS_AES_256_GCM_SHA384',
    ...(cert ? { certificate: cert } : {}),
  };
  return connection;
}

async function failing(error: Error, settings = jumpCloud()) {
  return tlsCheck.run(
    checkContext(settings, connected(certificate('2027-01-01T00:00:00.000Z')).failConnect(error)),
  );
}

describe('PF-TLS', () => {
  test('a verified LDAPS connection passes with the certificate facts; it only connects', async () => {
    const connection = connected(certificate('2027-01-01T00:00:00.000Z'));
    const outcome = await tlsCheck.run(checkContext(jumpCloud(), connection));
    expect(outcome).toMatchObject({
      status: 'pass',
      message: `LDAPS to ${TARGET} verified (TLSv1.3); certificate CN=ldap.jumpcloud.com issued by CN=R3, expires 2027-01-01 (214 days)`,
      evidence: {
        url: `ldaps://${TARGET}`,
        caBundle: 'Node built-in roots',
        protocol: 'TLSv1.3',
        daysUntilExpiry: 214,
      },
    });
    expect(connection.requests).toEqual([{ op: 'connect' }]);
  });

  test('a certificate expiring in one day says "1 day"', async () => {
    const connection = connected(certificate('2026-06-02T12:00:00.000Z'));
    expect(await tlsCheck.run(checkContext(jumpCloud(), connection))).toMatchObject({
      status: 'warn',
      message: `LDAPS to ${TARGET} verified, but the server certificate expires in 1 day (2026-06-02)`,
    });
  });

  test('a certificate expiring within 30 days warns', async () => {
    const connection = connected(certificate('2026-06-11T00:00:00.000Z'));
    connection.usesCustomCa = true;
    expect(await tlsCheck.run(checkContext(jumpCloud(), connection))).toMatchObject({
      status: 'warn',
      message: `LDAPS to ${TARGET} verified, but the server certificate expires in 10 days (2026-06-11)`,
      evidence: { caBundle: 'custom' },
      fix: 'Renew the LDAP server certificate before 2026-06-11 (if you pinned a CA with --ca-file, check it still signs the renewed certificate). JumpCloud renews the certificate of its LDAP hosts itself.',
    });
  });

  test('StartTLS without certificate details still passes', async () => {
    const settings = openLdap({ connectionSecurity: LdapConnectionSecurity.STARTTLS });
    expect(await tlsCheck.run(checkContext(settings, connected()))).toMatchObject({
      status: 'pass',
      message: 'StartTLS to ldap.example.test:389 verified (TLSv1.3); certificate details unavailable',
    });
  });

  test('plain LDAP is refused without allowPlainLdap (no connection), and warns with it', async () => {
    const refused = new FakeLdapConnection();
    const plain = openLdap({ connectionSecurity: LdapConnectionSecurity.PLAIN });
    expect(await tlsCheck.run(checkContext(plain, refused))).toMatchObject({
      status: 'fail',
      message:
        'Plain LDAP to ldap.example.test:389 is refused: the settings choose connectionSecurity PLAIN without allowPlainLdap',
      evidence: { faultClass: 'invalid-input' },
    });
    expect(refused.requests).toEqual([]);
    const allowed = { ...plain, agent: { ...plain.agent, allowPlainLdap: true } };
    const outcome = await tlsCheck.run(checkContext(allowed, new FakeLdapConnection()));
    expect(outcome).toMatchObject({
      status: 'warn',
      message:
        'Plain LDAP to ldap.example.test:389: the bind password and every entry cross the network unencrypted (allowed by allowPlainLdap)',
    });
  });

  test.each([
    [
      nodeError('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain'),
      `The certificate of ${TARGET} is not signed by a trusted CA (SELF_SIGNED_CERT_IN_CHAIN): CN=ldap.jumpcloud.com issued by CN=R3`,
    ],
    [
      nodeError('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames"),
      `The certificate of ${TARGET} does not name host ldap.jumpcloud.com (ERR_TLS_CERT_ALTNAME_INVALID); it names DNS:ldap.jumpcloud.com`,
    ],
    [
      nodeError('CERT_HAS_EXPIRED', 'certificate has expired'),
      `The certificate of ${TARGET} is not valid now (CERT_HAS_EXPIRED): valid 2026-01-01 to 2027-01-01`,
    ],
    [
      nodeError('ECONNREFUSED', 'connect ECONNREFUSED'),
      `Nothing accepts connections on ${TARGET} (ECONNREFUSED)`,
    ],
    [nodeError('ENOTFOUND', 'getaddrinfo ENOTFOUND'), 'Host ldap.jumpcloud.com does not resolve (ENOTFOUND)'],
    [
      new Error('Connection timeout'),
      `${TARGET} accepted no TLS handshake within 5000 ms (Connection timeout)`,
    ],
    [
      Object.assign(
        nodeError(
          'ECONNRESET',
          'Client network socket disconnected before secure TLS connection was established',
        ),
        {
          [TLS_HANDSHAKE_BYTES]: 0,
        },
      ),
      `${TARGET} did not complete a TLS handshake (ECONNRESET): it looks like a plain LDAP port, not LDAPS`,
    ],
    [
      Object.assign(nodeError('ECONNRESET', 'read ECONNRESET'), { [TLS_HANDSHAKE_BYTES]: 1200 }),
      `${TARGET} reset the connection during the TLS handshake (reset, ECONNRESET) after sending 1200 bytes of TLS`,
    ],
  ])('connect failure %#: %p', async (error, message) => {
    const outcome = await failing(error);
    expect(outcome).toMatchObject({ status: 'fail', message });
    expect(typeof (outcome as { fix?: string }).fix).toBe('string');
  });

  test('a plain LDAP server on an LDAPS port is named as such, with the port fix', async () => {
    const error = Object.assign(nodeError('ECONNRESET', 'socket disconnected before secure TLS connection'), {
      [TLS_HANDSHAKE_BYTES]: 0,
    });
    expect(await failing(error)).toMatchObject({
      evidence: { faultClass: 'protocol-mismatch', serverBytes: 0 },
      fix: expect.stringMatching(/^Use port 636 for LDAPS, or connectionSecurity STARTTLS on port 389, in /),
    });
  });

  test('StartTLS against an LDAPS port: a close on the plain request', async () => {
    const settings = openLdap({ connectionSecurity: LdapConnectionSecurity.STARTTLS });
    const detail =
      'Connection closed before message response was received. Message type: ExtendedRequest (0x77)';
    const connection = connected().failConnect(new Error(detail));
    expect(await tlsCheck.run(checkContext(settings, connection))).toMatchObject({
      status: 'fail',
      message: `ldap.example.test:389 closed the connection on a plain LDAP request (StartTLS): it looks like an LDAPS port (${detail})`,
      evidence: { faultClass: 'protocol-mismatch' },
    });
  });
});
