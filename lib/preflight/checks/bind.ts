import type { PreflightCheck } from '../check';
import { classifyFault } from '../fault-class';
import { faultEvidence, genericFaultOutcome, OKTA_AGENT_SETTINGS } from '../fault-outcome';

/** PF-BIND: a simple bind as the bind DN over the verified connection. */
export const bindCheck: PreflightCheck = {
  id: 'PF-BIND',
  title: 'Bind as the bind DN',
  requires: ['PF-PASSWORD', 'PF-TLS'],
  run: async (context) => {
    const { bindDn, host, port } = context.settings.agent;
    try {
      await context.connection.bind(bindDn, context.bindPassword);
    } catch (error) {
      const fault = classifyFault(error);
      const evidence = { bindDn, ...faultEvidence(fault) };
      if (fault.code === 49) {
        return {
          status: 'fail',
          message: `Bind as ${bindDn} refused (invalid credentials, code 49): wrong password or bind DN, or the directory does not let this user bind`,
          evidence,
          fix: `Check the password in ${context.bindPasswordSource ?? 'LDAP_BIND_PASSWORD'} and the bind DN, and that the directory lets this user bind. The same bind DN and password go into ${OKTA_AGENT_SETTINGS}.`,
        };
      }
      if (fault.code === 53 || fault.code === 48) {
        return {
          status: 'fail',
          message: `Bind as ${bindDn} refused (${fault.code === 53 ? 'unwilling to perform' : 'inappropriate authentication'}, code ${fault.code}): the directory does not accept this kind of bind`,
          evidence,
          fix: 'Use a bind DN with a password (anonymous and unauthenticated binds are refused), and check that the directory lets this user bind.',
        };
      }
      if (fault.faultClass === 'protocol-mismatch') {
        return {
          status: 'fail',
          message: `${host}:${port} closed the connection before answering the bind: it looks like an LDAPS port spoken to in plain LDAP (${fault.detail})`,
          evidence,
          fix: `Use connectionSecurity LDAPS for port 636 ("Use SSL" on in ${OKTA_AGENT_SETTINGS}).`,
        };
      }
      if (fault.faultClass === 'timeout') {
        return {
          status: 'fail',
          message: `Bind as ${bindDn} got no answer within ${context.operationTimeoutMs} ms (${fault.detail})`,
          evidence,
          fix: 'The directory accepted the connection but does not answer: check the server, or raise --timeout for a slow link.',
        };
      }
      return genericFaultOutcome(
        `Bind as ${bindDn}`,
        error,
        `Check the bind DN and password; see docs/preflight.md "Common errors".`,
        {
          bindDn,
        },
      );
    }
    return { status: 'pass', message: `Bound as ${bindDn}`, evidence: { bindDn } };
  },
};
