import type { CheckOutcome } from './check';
import { ClassifiedFault, classifyFault } from './fault-class';

/** Evidence of a fault: class, code and the error's own text. */
export function faultEvidence(fault: ClassifiedFault): Record<string, unknown> {
  return {
    faultClass: fault.faultClass,
    ...(fault.code !== undefined ? { code: fault.code } : {}),
    error: fault.detail,
  };
}

/**
 * A failed outcome for an error no check-specific message covers: the class and code lead, the
 * error's text follows, so the admin can search for it in docs/preflight.md ("Common errors").
 */
export function genericFaultOutcome(
  what: string,
  error: unknown,
  fix: string,
  extraEvidence: Record<string, unknown> = {},
): CheckOutcome {
  const fault = classifyFault(error);
  const code =
    fault.code !== undefined ? `, ${typeof fault.code === 'number' ? 'code ' : ''}${fault.code}` : '';
  return {
    status: 'fail',
    message: `${what} failed (${fault.faultClass}${code}): ${fault.detail}`,
    evidence: { ...extraEvidence, ...faultEvidence(fault) },
    fix,
  };
}

/** Where an admin fixes connection settings, in Okta's words. */
export const OKTA_AGENT_SETTINGS =
  'the LDAP agent settings (Okta: Directory > Directory Integrations > LDAP > Agents; re-run the agent installer to change host, port or SSL)';
/** Where an admin fixes integration settings, in Okta's words. */
export const OKTA_INTEGRATION_SETTINGS =
  'Okta Admin Console: Directory > Directory Integrations > LDAP > Provisioning > Integration';
