import * as net from 'net';
import { toFinding } from '../preflight/check';
import { type Finding, type FindingsReport, summarizeFindings } from '../preflight/finding';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_OPERATION_TIMEOUT_MS,
  PreflightInput,
} from '../preflight/preflight-options';
import { LdapConnectionSecurity } from '../settings/setting-choices';
import { LdapConnection } from '../preflight/ldap-connection';
import type { AgentHostCheck, AgentHostContext } from './agent-host-check';
import { AGENT_HOST_CHECKS } from './checks';
import { HostProbe, systemProbe } from './host-probe';
import { probeHttps } from './https-probe';

/** Schema tag of an agent-host report. */
export const AGENT_HOST_REPORT_SCHEMA = 'cdktf-okta-ldap/agent-host@1';

/** How the agent-host checks run. */
export interface AgentHostOptions {
  /**
   * PEM CA bundle that signs the LDAP server certificate (also shown as the trust-store import).
   * @default - Node's built-in root CAs
   */
  readonly ca?: string;
  /**
   * The file `ca` was read from, named in the agent trust-store command (`AH-LDAP-CA`).
   * @default - no trust-store finding
   */
  readonly caFile?: string;
  /**
   * Where `ca` came from, named as the preflight's PF-TLS names it (message and `caBundle` evidence
   * of AH-LDAP-TLS12 and AH-LDAP-CA), e.g. `--ca-file ca.pem` or the stack's
   * `preflightGuardOptions.caFile`.
   * @default - the `caFile` path; without one, `custom`
   */
  readonly caSource?: string;
  /**
   * PEM CA bundle for the Okta org's certificate (e.g. a TLS-inspecting proxy's).
   * @default - Node's built-in root CAs
   */
  readonly oktaCa?: string;
  /**
   * Milliseconds for each TCP connection plus TLS handshake.
   * @default 5000
   */
  readonly connectTimeoutMs?: number;
  /**
   * Milliseconds for each answer after the handshake (StartTLS, the org's HTTP answer).
   * @default 10000
   */
  readonly operationTimeoutMs?: number;
  /**
   * What is read from the machine.
   * @default - this machine (systemProbe())
   * @internal
   */
  readonly probe?: HostProbe;
  /**
   * The current time, for certificate expiry (tests).
   * @default - new Date()
   */
  readonly now?: Date;
}

/** The report of `agent-host`. */
export interface AgentHostReport extends FindingsReport {
  readonly schema: typeof AGENT_HOST_REPORT_SCHEMA;
  /** The machine the checks ran on. */
  readonly host: { readonly platform: string; readonly arch: string };
  /** `ldaps://host:port` (or `ldap://…` + StartTLS) the agent will use. */
  readonly ldapTarget: string;
  /** `agent.oktaOrgUrl`, when set. */
  readonly oktaOrgUrl?: string;
  readonly startedAt: string;
}

/**
 * Checks the machine that will host the Okta LDAP agent: OS and CPU, the Windows TLS 1.2 registry
 * values, FIPS mode, the LDAP host reached with TLS 1.2, the private CA's trust-store import, and the
 * Okta org reached over HTTPS with TLS 1.2 (through the proxy). Read-only; no password. Every check
 * runs whatever the others found; never throws for a fault of the machine or the network.
 */
export async function runAgentHost(
  input: PreflightInput,
  options: AgentHostOptions = {},
): Promise<AgentHostReport> {
  const startedAt = new Date();
  const started = process.hrtime.bigint();
  const settings = input.settings;
  const probe = options.probe ?? systemProbe();
  const caSource = options.caSource ?? options.caFile;
  const context: AgentHostContext = {
    settings,
    input,
    probe,
    openLdapConnection: (ldapSettings, connectionOptions) =>
      new LdapConnection(ldapSettings, connectionOptions),
    httpsProbe: probeHttps,
    ...(options.ca !== undefined ? { ca: options.ca } : {}),
    ...(options.caFile !== undefined ? { caFile: options.caFile } : {}),
    ...(caSource !== undefined ? { caSource } : {}),
    ...(options.oktaCa !== undefined ? { oktaCa: options.oktaCa } : {}),
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    operationTimeoutMs: options.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS,
    now: options.now ?? new Date(),
  };
  const applicable = AGENT_HOST_CHECKS.filter((c) => !c.appliesTo || c.appliesTo(context));
  const findings: Finding[] = await Promise.all(applicable.map((check) => runOne(check, context)));
  const summary = summarizeFindings(findings);
  const { host, port, connectionSecurity } = settings.agent;
  const scheme = connectionSecurity === LdapConnectionSecurity.LDAPS ? 'ldaps' : 'ldap';
  return {
    schema: AGENT_HOST_REPORT_SCHEMA,
    host: { platform: probe.platform, arch: probe.arch },
    ldapTarget: `${scheme}://${net.isIPv6(host) ? `[${host}]` : host}:${port}${connectionSecurity === LdapConnectionSecurity.STARTTLS ? ' (StartTLS)' : ''}`,
    ...(settings.agent.oktaOrgUrl !== undefined
      ? { oktaOrgUrl: withoutCredentials(settings.agent.oktaOrgUrl) }
      : {}),
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
    findings,
    summary,
    ok: summary.fail === 0,
  };
}

async function runOne(check: AgentHostCheck, context: AgentHostContext): Promise<Finding> {
  try {
    return toFinding(check, await check.run(context));
  } catch (error) {
    return toFinding(check, {
      status: 'fail',
      message: `${check.id} could not run: ${(error as Error)?.message ?? String(error)}`,
      evidence: { faultClass: 'unknown' },
      fix: 'Run agent-host on the machine that will host the agent, as a user that may read the registry (Windows) or /etc (Linux); report this with the --json output otherwise.',
    });
  }
}

/** A URL as given, unless it carries a user or password (then a placeholder: never echo credentials). */
function withoutCredentials(value: string): string {
  try {
    const url = new URL(value);
    return url.username !== '' || url.password !== '' ? '<redacted: URL with credentials>' : value;
  } catch {
    return value;
  }
}
