import { runAgentHost } from '../../lib/agent-host/run-agent-host';
import type { Finding } from '../../lib/preflight/finding';
import type { LdapDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { ConnectProxy, startConnectProxy } from '../support/connect-proxy';
import { HttpsServer, STAND_IN_ORG, startHttpsServer } from '../support/https-server';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { fixture, fixtureProbe } from './fixture-probe';
import { integrationModel } from '../../lib/model/integration-model';

let dir: SlapdFixture;
let okta: HttpsServer;
let tls13Only: HttpsServer;
let proxy: ConnectProxy;
let refusingProxy: ConnectProxy;

beforeAll(async () => {
  [dir, okta, tls13Only, proxy, refusingProxy] = await Promise.all([
    startSlapd(),
    startHttpsServer(),
    startHttpsServer({ minVersion: 'TLSv1.3' }),
    startConnectProxy(),
    startConnectProxy({ refuseWith: 403 }),
  ]);
});
afterAll(async () => {
  await Promise.all([dir?.stop(), okta?.close(), tls13Only?.close(), proxy?.close(), refusingProxy?.close()]);
});

function settings(agent: Partial<LdapDirectorySettings['agent']> = {}): LdapDirectorySettings {
  const s = dir.settings();
  return { ...s, agent: { ...s.agent, oktaOrgUrl: okta.url, ...agent } };
}

function byId(findings: Finding[], id: string): Finding {
  const found = findings.filter((f) => f.id === id);
  if (found.length !== 1) throw new Error(`expected one ${id}, got ${findings.map((f) => f.id).join(', ')}`);
  return found[0]!;
}

describe('runAgentHost on this Linux machine, against the test slapd and a stand-in Okta org', () => {
  test('every check passes except the private-CA reminder; the LDAP host and the org were reached with TLS 1.2', async () => {
    const before = okta.requests.length;
    const report = await runAgentHost(integrationModel({ settings: settings() }), {
      ca: dir.caPem,
      caFile: dir.caFile,
      oktaCa: okta.caPem,
    });
    expect(report.findings.map((f) => `${f.id} ${f.status}`)).toEqual([
      'AH-OS pass',
      'AH-CPU pass',
      'AH-FIPS pass',
      'AH-LDAP-TLS12 pass',
      'AH-LDAP-CA warn',
      'AH-OKTA-ORG pass',
    ]);
    expect(report.ok).toBe(true);
    expect(report).toMatchObject({
      schema: 'cdktf-okta-ldap/agent-host@1',
      host: { platform: 'linux', arch: process.arch },
      ldapTarget: `ldaps://127.0.0.1:${dir.port}`,
      oktaOrgUrl: okta.url,
    });
    const ldap = byId(report.findings, 'AH-LDAP-TLS12');
    expect(ldap.message).toMatch(
      new RegExp(
        `^LDAPS to 127\\.0\\.0\\.1:${dir.port} verified \\(TLSv1\\.2\\); certificate CN=\\S+ issued by CN=`,
      ),
    );
    expect(ldap.evidence).toMatchObject({ protocol: 'TLSv1.2', offered: 'TLSv1.2', caBundle: dir.caFile });
    // Without caSource the CA is named by its file, in both CA findings.
    expect(ldap.message.endsWith(`; trusted through ${dir.caFile}`)).toBe(true);
    const org = byId(report.findings, 'AH-OKTA-ORG');
    expect(org.message).toBe(
      `127.0.0.1:${okta.port} reached with TLSv1.2, certificate verified; the org answered /.well-known/okta-organization (org ${STAND_IN_ORG.id})`,
    );
    expect(org.evidence).toMatchObject({ protocol: 'TLSv1.2', httpStatus: 200, orgId: STAND_IN_ORG.id });
    expect(okta.requests.slice(before)).toEqual(['GET /.well-known/okta-organization']);
    const trust = byId(report.findings, 'AH-LDAP-CA');
    expect(trust.fix).toContain(
      `sudo /opt/Okta/OktaLDAPAgent/jre/bin/keytool -importcert -noprompt -alias ldap-server-ca -file ${dir.caFile} -keystore /opt/Okta/OktaLDAPAgent/jre/lib/security/cacerts -storepass changeit`,
    );
    expect(trust.fix).toContain('Agent upgrades replace that trust store');
    expect(trust.message).toContain(`checked against a private CA (${dir.caFile})`);
    expect(trust.evidence).toMatchObject({ caFile: dir.caFile, caBundle: dir.caFile });
  });

  test('through the proxy: the org is reached over a CONNECT tunnel the proxy saw', async () => {
    const report = await runAgentHost(integrationModel({ settings: settings({ proxyUrl: proxy.url }) }), {
      ca: dir.caPem,
      oktaCa: okta.caPem,
    });
    const org = byId(report.findings, 'AH-OKTA-ORG');
    expect(org.status).toBe('pass');
    expect(org.message).toContain(`reached through the proxy 127.0.0.1:${proxy.port} with TLSv1.2`);
    expect(proxy.connects).toContain(`127.0.0.1:${okta.port}`);
  });

  test('a proxy that refuses the tunnel fails AH-OKTA-ORG naming the proxy', async () => {
    const report = await runAgentHost(
      integrationModel({ settings: settings({ proxyUrl: refusingProxy.url }) }),
      { ca: dir.caPem, oktaCa: okta.caPem },
    );
    const org = byId(report.findings, 'AH-OKTA-ORG');
    expect(org.status).toBe('fail');
    expect(org.message).toBe(
      `The proxy 127.0.0.1:${refusingProxy.port} did not open a tunnel to 127.0.0.1:${okta.port}: the proxy answered CONNECT 127.0.0.1:${okta.port} with HTTP 403`,
    );
    expect(report.ok).toBe(false);
  });

  test('an LDAP server that only speaks TLS 1.3 fails AH-LDAP-TLS12 (the agent speaks TLS 1.2)', async () => {
    const report = await runAgentHost(integrationModel({ settings: settings({ port: tls13Only.port }) }), {
      ca: tls13Only.caPem,
      oktaCa: okta.caPem,
    });
    const ldap = byId(report.findings, 'AH-LDAP-TLS12');
    expect(ldap.status).toBe('fail');
    expect(ldap.message).toMatch(
      new RegExp(`^TLS handshake with 127\\.0\\.0\\.1:${tls13Only.port} failed \\(tls-handshake, `),
    );
    expect(ldap.fix).toMatch(
      /^The Okta LDAP agent connects with TLS 1\.2: enable TLS 1\.2 on the LDAP server/,
    );
    expect(byId(report.findings, 'AH-OKTA-ORG').status).toBe('pass');
  });

  test('the Okta org not trusted (no --okta-ca-file): a TLS-inspecting proxy is the likely cause', async () => {
    const report = await runAgentHost(integrationModel({ settings: settings() }), { ca: dir.caPem });
    const org = byId(report.findings, 'AH-OKTA-ORG');
    expect(org.status).toBe('fail');
    expect(org.message).toMatch(
      new RegExp(`^The certificate of 127\\.0\\.0\\.1:${okta.port} is not signed by a trusted CA \\(`),
    );
    expect(org.fix).toContain('TLS-inspecting proxy');
  });
});

describe('bad input: a clear finding, every other check still reported', () => {
  test('an org URL that is not https fails AH-OKTA-ORG with OKLDAP-115, nothing is sent', async () => {
    const before = okta.requests.length;
    const report = await runAgentHost(
      integrationModel({ settings: settings({ oktaOrgUrl: `http://127.0.0.1:${okta.port}` }) }),
      { ca: dir.caPem },
    );
    const org = byId(report.findings, 'AH-OKTA-ORG');
    expect(org.status).toBe('fail');
    expect(org.message).toBe(
      `agent.oktaOrgUrl 'http://127.0.0.1:${okta.port}' uses http, not https; expected e.g. 'https://example.okta.com' (OKLDAP-115)`,
    );
    expect(okta.requests.length).toBe(before);
    expect(byId(report.findings, 'AH-LDAP-TLS12').status).toBe('pass');
  });

  test('an org URL with a password and another problem is shown nowhere in the report', async () => {
    const report = await runAgentHost(
      integrationModel({ settings: settings({ oktaOrgUrl: 'http://admin:s3cret@acme.okta.com:99999' }) }),
      { ca: dir.caPem },
    );
    expect(byId(report.findings, 'AH-OKTA-ORG').message).toBe(
      "agent.oktaOrgUrl (redacted) is not a URL; expected e.g. 'https://example.okta.com' (OKLDAP-115)",
    );
    expect(report.oktaOrgUrl).toBe('<redacted: URL with credentials>');
    expect(JSON.stringify(report)).not.toContain('s3cret');
  });

  test('a malformed proxy URL fails AH-OKTA-ORG with OKLDAP-116', async () => {
    const report = await runAgentHost(
      integrationModel({ settings: settings({ proxyUrl: 'proxy.example.com:3128' }) }),
      { ca: dir.caPem },
    );
    const org = byId(report.findings, 'AH-OKTA-ORG');
    expect(org.status).toBe('fail');
    expect(org.message).toBe(
      "agent.proxyUrl 'proxy.example.com:3128' is not an http(s):// URL; expected e.g. 'http://proxy.example.com:3128' with no user or password (OKLDAP-116)",
    );
  });

  test('hosts that do not resolve (RFC 2606 .invalid): both reaches fail with dns, never a throw', async () => {
    const report = await runAgentHost(
      integrationModel({
        settings: settings({
          host: 'ldap.agent-host-test.invalid',
          oktaOrgUrl: 'https://org.agent-host-test.invalid',
        }),
      }),
      { connectTimeoutMs: 3000 },
    );
    expect(byId(report.findings, 'AH-LDAP-TLS12')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(
        /^Host ldap\.agent-host-test\.invalid does not resolve \((ENOTFOUND|EAI_AGAIN)\)$/,
      ),
    });
    expect(byId(report.findings, 'AH-OKTA-ORG')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(
        /^Host org\.agent-host-test\.invalid does not resolve \((ENOTFOUND|EAI_AGAIN)\)$/,
      ),
    });
    expect(report.ldapTarget).toBe(`ldaps://ldap.agent-host-test.invalid:${dir.port}`);
  });

  test('no org URL: AH-OKTA-ORG warns with the fix', async () => {
    const report = await runAgentHost(integrationModel({ settings: settings({ oktaOrgUrl: undefined }) }), {
      ca: dir.caPem,
    });
    expect(byId(report.findings, 'AH-OKTA-ORG')).toMatchObject({
      status: 'warn',
      message: 'No Okta org URL in the settings (agent.oktaOrgUrl): the way to Okta was not checked',
    });
    expect(report.ok).toBe(true);
    expect(report.oktaOrgUrl).toBeUndefined();
  });

  test('an unsupported OS (Alpine) fails AH-OS and still runs and reports every other check', async () => {
    const probe = fixtureProbe({
      platform: 'linux',
      files: { '/etc/os-release': fixture('os-release', 'alpine-3.23') },
    });
    const report = await runAgentHost(integrationModel({ settings: settings() }), {
      ca: dir.caPem,
      oktaCa: okta.caPem,
      probe,
    });
    expect(report.findings.map((f) => `${f.id} ${f.status}`)).toEqual([
      'AH-OS fail',
      'AH-CPU pass',
      'AH-FIPS pass',
      'AH-LDAP-TLS12 pass',
      'AH-OKTA-ORG pass',
    ]);
    expect(report.ok).toBe(false);
  });

  test('a Windows host: the registry check joins the report (recorded reg query output)', async () => {
    const probe = fixtureProbe({ platform: 'win32', registry: {} });
    const report = await runAgentHost(integrationModel({ settings: settings() }), {
      ca: dir.caPem,
      oktaCa: okta.caPem,
      probe,
    });
    expect(report.findings.map((f) => `${f.id} ${f.status}`)).toEqual([
      'AH-OS warn',
      'AH-CPU pass',
      'AH-WIN-TLS12 fail',
      'AH-FIPS pass',
      'AH-LDAP-TLS12 pass',
      'AH-OKTA-ORG pass',
    ]);
  });
});
