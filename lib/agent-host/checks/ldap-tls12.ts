import { caCheckContext } from '../../preflight/ca-file';
import type { CheckContext } from '../../preflight/check';
import { tlsCheck } from '../../preflight/checks/tls';
import { AGENT_TLS_VERSION, AgentHostCheck } from '../agent-host-check';

/**
 * AH-LDAP-TLS12: from this machine, the LDAP host and port answer with TLS 1.2 specifically (the
 * agent's protocol), with the preflight's own certificate checks: this is `PF-TLS` run over a
 * connection that offers only TLS 1.2. No bind (agent-host needs no password).
 */
export const ldapTls12Check: AgentHostCheck = {
  id: 'AH-LDAP-TLS12',
  title: 'LDAP host and port reached with TLS 1.2',
  run: async (context) => {
    const connection = context.openLdapConnection(context.settings, {
      connectTimeoutMs: context.connectTimeoutMs,
      operationTimeoutMs: context.operationTimeoutMs,
      tlsVersion: AGENT_TLS_VERSION,
      ...(context.ca !== undefined ? { ca: context.ca } : {}),
    });
    const checkContext: CheckContext = {
      settings: context.settings,
      input: context.input,
      connection,
      bindPassword: '',
      ...caCheckContext(context.ca, context.caSource),
      now: context.now,
      connectTimeoutMs: context.connectTimeoutMs,
      operationTimeoutMs: context.operationTimeoutMs,
    };
    try {
      const outcome = await tlsCheck.run(checkContext);
      const single = Array.isArray(outcome) ? outcome[0]! : outcome;
      const evidence: Record<string, unknown> = { ...single.evidence, offered: AGENT_TLS_VERSION };
      if (single.status === 'fail' && evidence.faultClass === 'tls-handshake') {
        return {
          ...single,
          evidence,
          fix: `The Okta LDAP agent connects with TLS 1.2: enable TLS 1.2 on the LDAP server (and on any TLS proxy or load balancer in front of it). ${single.fix ?? ''}`.trim(),
        };
      }
      return { ...single, evidence };
    } finally {
      await connection.close();
    }
  },
};
