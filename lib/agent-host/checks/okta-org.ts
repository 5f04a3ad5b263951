import type { CheckOutcome } from '../../preflight/check';
import { classifyFault } from '../../preflight/fault-class';
import { faultEvidence } from '../../preflight/fault-outcome';
import { oktaOrgUrlProblem, proxyUrlProblem } from '../../settings/agent-urls';
import { clip, showHidden } from '../../text/untrusted-text';
import { urlAsShown, urlHoldsCredentials } from '../../text/url-credentials';
import { AGENT_TLS_VERSION, AgentHostCheck } from '../agent-host-check';
import { HttpsProbeError, OKTA_ORG_METADATA_PATH } from '../https-probe';

/**
 * AH-OKTA-ORG: the agent talks outbound to the Okta org over HTTPS. From this machine, the org URL
 * (`agent.oktaOrgUrl`) answers over TLS 1.2 with a verified certificate, through `agent.proxyUrl`
 * when set (HTTP `CONNECT`, as the agent's "Use Proxy Server"). Asks only the org's public metadata
 * (`GET /.well-known/okta-organization`); no token. No org URL in the settings: warn.
 */
export const oktaOrgCheck: AgentHostCheck = {
  id: 'AH-OKTA-ORG',
  title: 'Okta org reached over HTTPS with TLS 1.2',
  run: async (context) => {
    const { oktaOrgUrl, proxyUrl } = context.settings.agent;
    if (oktaOrgUrl === undefined || oktaOrgUrl === '') {
      return {
        status: 'warn',
        message: 'No Okta org URL in the settings (agent.oktaOrgUrl): the way to Okta was not checked',
        evidence: {},
        fix: "Set agent.oktaOrgUrl to the org's address, e.g. 'https://example.okta.com' (the Admin Console's address without '-admin'), and run agent-host again.",
      };
    }
    const bad = badUrl(
      'agent.oktaOrgUrl',
      'OKLDAP-115',
      oktaOrgUrl,
      oktaOrgUrlProblem(oktaOrgUrl),
      "'https://example.okta.com'",
      "Copy the org URL from the Okta Admin Console's address bar without '-admin' and without a path.",
    );
    if (bad !== undefined) return bad;
    if (proxyUrl !== undefined && proxyUrl !== '') {
      const badProxy = badUrl(
        'agent.proxyUrl',
        'OKLDAP-116',
        proxyUrl,
        proxyUrlProblem(proxyUrl),
        "'http://proxy.example.com:3128' with no user or password",
        'Set the proxy as http(s)://host:port; enter proxy credentials only in the agent installer.',
      );
      if (badProxy !== undefined) return badProxy;
    }
    const url = new URL(oktaOrgUrl);
    const proxy = proxyUrl !== undefined && proxyUrl !== '' ? new URL(proxyUrl) : undefined;
    const base = {
      url: url.origin,
      offered: AGENT_TLS_VERSION,
      ...(proxy !== undefined ? { proxy: proxy.origin } : {}),
      caBundle: context.oktaCa !== undefined ? 'custom (--okta-ca-file)' : 'Node built-in roots',
    };
    try {
      const result = await context.httpsProbe({
        url,
        ...(proxy !== undefined ? { proxy } : {}),
        ...(context.oktaCa !== undefined ? { ca: context.oktaCa } : {}),
        tlsVersion: AGENT_TLS_VERSION,
        connectTimeoutMs: context.connectTimeoutMs,
        operationTimeoutMs: context.operationTimeoutMs,
      });
      const orgId = /"id"\s*:\s*"([^"]+)"/.exec(result.body)?.[1];
      const evidence = {
        ...base,
        ...(result.protocol !== undefined ? { protocol: result.protocol } : {}),
        ...(result.cipher !== undefined ? { cipher: result.cipher } : {}),
        ...(result.certificate !== undefined ? { certificate: result.certificate } : {}),
        httpStatus: result.httpStatus,
        ...(orgId !== undefined ? { orgId } : {}),
      };
      const via = proxy !== undefined ? ` through the proxy ${proxy.host}` : '';
      if (result.httpStatus === 200) {
        return {
          status: 'pass',
          message: `${url.host} reached${via} with ${result.protocol ?? AGENT_TLS_VERSION}, certificate verified; the org answered ${OKTA_ORG_METADATA_PATH}${orgId !== undefined ? ` (org ${orgId})` : ''}`,
          evidence,
        };
      }
      return {
        status: 'warn',
        message: `${url.host} reached${via} with ${result.protocol ?? AGENT_TLS_VERSION}, certificate verified, but it answered HTTP ${result.httpStatus} to ${OKTA_ORG_METADATA_PATH}: is this the org's URL?`,
        evidence,
        fix: "Check agent.oktaOrgUrl: the org's address, e.g. 'https://example.okta.com' (not the '-admin' address, not a custom domain's page).",
      };
    } catch (error) {
      return failure(url, proxy, error, base);
    }
  },
};

/** The most characters of a bad URL setting a message shows. */
const URL_SHOWN_MAX = 200;

/** A fail outcome for a URL setting with a problem (the same judgement as the validation rule `ruleId`). */
function badUrl(
  setting: string,
  ruleId: string,
  value: string,
  problem: string | undefined,
  example: string,
  fix: string,
): CheckOutcome | undefined {
  if (problem === undefined) return undefined;
  // A settings value is untrusted: one line, nothing hidden, and no longer than a URL can sensibly be.
  const shown = urlHoldsCredentials(value) ? '(redacted)' : `'${showHidden(clip(value, URL_SHOWN_MAX))}'`;
  return {
    status: 'fail',
    message: `${setting} ${shown} ${problem}; expected e.g. ${example} (${ruleId})`,
    evidence: {
      setting,
      ruleId,
      value: urlAsShown(value),
      faultClass: 'invalid-input',
    },
    fix,
  };
}

function failure(
  url: URL,
  proxy: URL | undefined,
  error: unknown,
  base: Record<string, unknown>,
): CheckOutcome {
  const probeError = error instanceof HttpsProbeError ? error : undefined;
  const stage = probeError?.stage ?? 'tls';
  const fault = classifyFault(probeError?.reason ?? error);
  const evidence = {
    ...base,
    stage,
    ...(probeError?.certificate !== undefined ? { certificate: probeError.certificate } : {}),
    ...faultEvidence(fault),
  };
  const code = fault.code !== undefined ? `, ${fault.code}` : '';
  if (stage === 'proxy' && proxy !== undefined) {
    return {
      status: 'fail',
      message: `The proxy ${proxy.host} did not open a tunnel to ${url.host}${fault.code === 'EPROXY' ? '' : ` (${fault.faultClass}${code})`}: ${fault.detail}`,
      evidence,
      fix: `Check agent.proxyUrl (the agent's "Use Proxy Server") and that the proxy allows CONNECT to ${url.host}:443 from this machine.`,
    };
  }
  const target = url.host;
  switch (fault.faultClass) {
    case 'dns':
      return {
        status: 'fail',
        message: `Host ${url.hostname} does not resolve (${fault.code})`,
        evidence,
        fix: `Check agent.oktaOrgUrl (e.g. https://example.okta.com) and this machine's DNS${proxy === undefined ? '; if the network only reaches the internet through a proxy, set agent.proxyUrl' : ''}.`,
      };
    case 'tls-untrusted':
      return {
        status: 'fail',
        message: `The certificate of ${target} is not signed by a trusted CA (${fault.code})`,
        evidence,
        fix: 'Okta uses public CAs: an untrusted certificate means a TLS-inspecting proxy or firewall is in the path. Exempt the Okta org from inspection (the agent pins Okta certificates), or pass that CA with --okta-ca-file to check the rest.',
      };
    case 'tls-handshake':
    case 'protocol-mismatch':
      return {
        status: 'fail',
        message: `TLS 1.2 handshake with ${target} failed (${fault.faultClass}${code}): ${fault.detail}`,
        evidence,
        fix: 'The agent connects to Okta with TLS 1.2: allow TLS 1.2 on this machine and on any proxy or firewall between it and Okta.',
      };
    default:
      return {
        status: 'fail',
        message: `Could not reach ${target} over HTTPS${proxy !== undefined ? ` through the proxy ${proxy.host}` : ''} (${fault.faultClass}${code}): ${fault.detail}`,
        evidence,
        fix: `Allow outbound HTTPS (443) from this machine to ${url.hostname}${proxy === undefined ? ', or set agent.proxyUrl when the network requires a proxy' : ''}; check agent.oktaOrgUrl.`,
      };
  }
}
