import type { HttpsProbe } from '../../../lib/agent-host/agent-host-check';
import { oktaOrgCheck } from '../../../lib/agent-host/checks/okta-org';
import { HttpsProbeError } from '../../../lib/agent-host/https-probe';
import { agentHostContext } from '../../support/fake-agent-host';
import { nodeError } from '../../support/fake-ldap-connection';
import { fixtureProbe } from '../fixture-probe';

// The probe is the only network step: the context is handed a fake one.
const probe = jest.fn<ReturnType<HttpsProbe>, Parameters<HttpsProbe>>();

const ORG = 'https://example.okta.com';
const run = (agent: { oktaOrgUrl?: string; proxyUrl?: string }, oktaCa?: string) =>
  oktaOrgCheck.run(
    agentHostContext(fixtureProbe({ platform: 'linux' }), {
      agent,
      httpsProbe: probe,
      ...(oktaCa !== undefined ? { oktaCa } : {}),
    }),
  );

beforeEach(() => probe.mockReset());

describe('AH-OKTA-ORG', () => {
  test('no org URL warns without probing', async () => {
    expect(await run({})).toMatchObject({
      status: 'warn',
      message: 'No Okta org URL in the settings (agent.oktaOrgUrl): the way to Okta was not checked',
    });
    expect(probe).not.toHaveBeenCalled();
  });

  test('a bad org URL or proxy URL fails before probing; credentials are redacted', async () => {
    expect(await run({ oktaOrgUrl: 'http://example.okta.com' })).toMatchObject({
      status: 'fail',
      message:
        "agent.oktaOrgUrl 'http://example.okta.com' uses http, not https; expected e.g. 'https://example.okta.com' (OKLDAP-115)",
      evidence: { ruleId: 'OKLDAP-115', faultClass: 'invalid-input' },
    });
    expect(await run({ oktaOrgUrl: ORG, proxyUrl: 'http://u:pw@proxy:3128' })).toMatchObject({
      status: 'fail',
      message:
        "agent.proxyUrl (redacted) holds credentials; expected e.g. 'http://proxy.example.com:3128' with no user or password (OKLDAP-116)",
      evidence: { value: '<redacted: URL with credentials>' },
    });
    expect(probe).not.toHaveBeenCalled();
  });

  test('a bad URL setting is shown as untrusted text: hidden characters escaped, a long one cut', async () => {
    const forged = await run({ oktaOrgUrl: 'http://acme.okta.com\n[PASS] AH-OKTA-ORG\u202e' });
    expect(forged.message).toBe(
      "agent.oktaOrgUrl 'http://acme.okta.com<U+000A>[PASS] AH-OKTA-ORG<U+202E>' is not a URL; expected e.g. 'https://example.okta.com' (OKLDAP-115)",
    );
    const proxy = await run({ oktaOrgUrl: ORG, proxyUrl: `ftp://${'p'.repeat(500)}\u202e` });
    expect(proxy.message).toBe(
      `agent.proxyUrl 'ftp://${'p'.repeat(194)}…(+307 characters)' is not a URL; expected e.g. 'http://proxy.example.com:3128' with no user or password (OKLDAP-116)`,
    );
    expect(probe).not.toHaveBeenCalled();
  });

  test.each([
    [{ oktaOrgUrl: 'http://admin:s3cret@acme.okta.com' }, 'agent.oktaOrgUrl (redacted) uses http, not https'],
    [
      { oktaOrgUrl: ORG, proxyUrl: 'http://user:s3cret@proxy:99999' },
      'agent.proxyUrl (redacted) is not a URL',
    ],
    [{ oktaOrgUrl: ORG, proxyUrl: 'ftp://u:s3cret@h' }, 'agent.proxyUrl (redacted) uses ftp'],
    [{ oktaOrgUrl: ORG, proxyUrl: 'socks5://u:s3cret@p:1080' }, 'agent.proxyUrl (redacted) uses socks5'],
  ])('%p fails with the right problem and never shows the password', async (agent, start) => {
    const outcome = await run(agent);
    expect(outcome.message.startsWith(`${start}; expected e.g. '`)).toBe(true);
    expect(outcome).toMatchObject({
      status: 'fail',
      evidence: { value: '<redacted: URL with credentials>', faultClass: 'invalid-input' },
    });
    expect(JSON.stringify(outcome)).not.toContain('s3cret');
    expect(probe).not.toHaveBeenCalled();
  });

  test('HTTP 200 passes, naming the org id; the probe offers TLS 1.2 only, through the proxy', async () => {
    probe.mockResolvedValue({
      protocol: 'TLSv1.2',
      httpStatus: 200,
      body: '{"id":"00o1abc","pipeline":"idx"}',
    });
    const outcome = await run({ oktaOrgUrl: ORG, proxyUrl: 'http://proxy.example.com:3128' }, 'PEM');
    expect(outcome).toMatchObject({
      status: 'pass',
      message:
        'example.okta.com reached through the proxy proxy.example.com:3128 with TLSv1.2, certificate verified; the org answered /.well-known/okta-organization (org 00o1abc)',
      evidence: { orgId: '00o1abc', httpStatus: 200, caBundle: 'custom (--okta-ca-file)' },
    });
    expect(probe).toHaveBeenCalledWith({
      url: new URL(ORG),
      proxy: new URL('http://proxy.example.com:3128'),
      ca: 'PEM',
      tlsVersion: 'TLSv1.2',
      connectTimeoutMs: 1000,
      operationTimeoutMs: 2000,
    });
  });

  test('another HTTP status warns: is this the org?', async () => {
    probe.mockResolvedValue({ protocol: 'TLSv1.2', httpStatus: 404, body: '' });
    expect(await run({ oktaOrgUrl: ORG })).toMatchObject({
      status: 'warn',
      message:
        "example.okta.com reached with TLSv1.2, certificate verified, but it answered HTTP 404 to /.well-known/okta-organization: is this the org's URL?",
    });
  });

  test.each([
    [nodeError('ENOTFOUND', 'getaddrinfo ENOTFOUND'), 'Host example.okta.com does not resolve (ENOTFOUND)'],
    [
      new HttpsProbeError('tls', 'tls', nodeError('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed')),
      'The certificate of example.okta.com is not signed by a trusted CA (SELF_SIGNED_CERT_IN_CHAIN)',
    ],
    [
      nodeError('EPROTO', 'unsupported protocol'),
      'TLS 1.2 handshake with example.okta.com failed (tls-handshake, EPROTO): unsupported protocol',
    ],
    [
      nodeError('ECONNREFUSED', 'connect ECONNREFUSED'),
      'Could not reach example.okta.com over HTTPS (refused, ECONNREFUSED): connect ECONNREFUSED',
    ],
  ])('probe failure %#', async (error, message) => {
    probe.mockRejectedValue(error);
    expect(await run({ oktaOrgUrl: ORG })).toMatchObject({ status: 'fail', message });
  });

  test('a proxy that refuses the tunnel is named', async () => {
    probe.mockRejectedValue(
      new HttpsProbeError(
        'CONNECT answered 403',
        'proxy',
        Object.assign(new Error('CONNECT answered 403'), { code: 'EPROXY' }),
      ),
    );
    expect(await run({ oktaOrgUrl: ORG, proxyUrl: 'http://proxy.example.com:3128' })).toMatchObject({
      status: 'fail',
      message:
        'The proxy proxy.example.com:3128 did not open a tunnel to example.okta.com: CONNECT answered 403',
      evidence: { stage: 'proxy' },
    });
  });
});
