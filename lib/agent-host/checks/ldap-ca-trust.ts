import { caBundleLabel } from '../../preflight/ca-file';
import type { AgentHostCheck } from '../agent-host-check';
import { linuxTrustStoreCommand, windowsTrustStoreCommand } from '../agent-trust-store';

/**
 * AH-LDAP-CA (when `--ca-file`, or the CA the stack records, names a private CA; named by where it
 * came from, as PF-TLS names it): the agent trusts its bundled Java runtime's
 * `cacerts`, not the OS store nor this file, so the CA must be imported there, and again after every
 * agent upgrade (an upgrade replaces the runtime). Warns with the command for this OS.
 */
export const ldapCaTrustCheck: AgentHostCheck = {
  id: 'AH-LDAP-CA',
  title: "Private LDAP CA in the agent's Java trust store",
  appliesTo: (context) => context.caFile !== undefined,
  run: async (context) => {
    const caFile = context.caFile ?? '';
    const caBundle = caBundleLabel(true, context.caSource ?? caFile);
    const windows = context.probe.platform === 'win32';
    const command = windows ? windowsTrustStoreCommand(caFile) : linuxTrustStoreCommand(caFile);
    return {
      status: 'warn',
      message: `The LDAP server certificate is checked against a private CA (${caBundle}): the Okta LDAP agent trusts only its bundled Java runtime's cacerts, so import the CA there`,
      evidence: {
        caFile,
        caBundle,
        command,
        linuxCommand: linuxTrustStoreCommand(caFile),
        windowsCommand: windowsTrustStoreCommand(caFile),
      },
      fix: `${windows ? 'As Administrator (PowerShell)' : 'As root'}: ${command} — then restart the Okta LDAP agent service. Agent upgrades replace that trust store: import the CA again after every upgrade. keytool imports one certificate per alias: import each CA of a chain under its own alias.`,
    };
  },
};
