import type { Check, CheckOutcome } from '../preflight/check';
import type { LdapConnection, LdapConnectionOptions } from '../preflight/ldap-connection';
import type { PreflightInput } from '../preflight/preflight-options';
import type { ResolvedLdapDirectorySettings } from '../settings/ldap-directory-settings';
import type { HostProbe } from './host-probe';
import type { HttpsProbeOptions, HttpsProbeResult } from './https-probe';

/** Opens the LDAP connection `AH-LDAP-TLS12` reads the server's TLS through. */
export type OpenLdapConnection = (
  settings: ResolvedLdapDirectorySettings,
  options: LdapConnectionOptions,
) => LdapConnection;

/** Sends the one HTTPS request `AH-OKTA-ORG` asks the Okta org (rejects with an `HttpsProbeError`). */
export type HttpsProbe = (options: HttpsProbeOptions) => Promise<HttpsProbeResult>;

/** What every agent-host check may read: the settings, the machine, and the connection options. */
export interface AgentHostContext {
  readonly settings: ResolvedLdapDirectorySettings;
  readonly input: PreflightInput;
  readonly probe: HostProbe;
  /**
   * The network step of `AH-LDAP-TLS12`: `runAgentHost` passes one that builds a real `LdapConnection`.
   */
  readonly openLdapConnection: OpenLdapConnection;
  /** The network step of `AH-OKTA-ORG`: `runAgentHost` passes `probeHttps`. */
  readonly httpsProbe: HttpsProbe;
  /** PEM CA bundle for the LDAP server's certificate (`--ca-file`). */
  readonly ca?: string;
  /** Where that bundle was read from, for the trust-store command. */
  readonly caFile?: string;
  /**
   * Where that bundle came from, as the preflight's PF-TLS names it (`AgentHostOptions.caSource`,
   * else `caFile`): shown by AH-LDAP-TLS12 and AH-LDAP-CA.
   */
  readonly caSource?: string;
  /** PEM CA bundle for the Okta org's certificate (`--okta-ca-file`), e.g. a TLS-inspecting proxy's. */
  readonly oktaCa?: string;
  readonly connectTimeoutMs: number;
  readonly operationTimeoutMs: number;
  readonly now: Date;
}

/** One agent-host check: a stable id and a read-only probe of the machine or the network. */
export interface AgentHostCheck extends Check<AgentHostContext> {
  readonly run: (context: AgentHostContext) => Promise<CheckOutcome>;
}

/** The TLS version the Okta LDAP agent speaks, and the only one these checks offer. */
export const AGENT_TLS_VERSION = 'TLSv1.2';
