import type { OpenLdapConnection } from '../../../lib/agent-host/agent-host-check';
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
const context = (ca?: string) =>
  agentHostContext(fixtureProbe({ platform: 'linux' }), {
    openLdapConnection: Connection,
    ...(ca !== undefined ? { ca } : {}),
  });

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
});
