import type { AgentHostCheck } from '../agent-host-check';
import { cpuArchitectureCheck } from './cpu-architecture';
import { fipsModeCheck } from './fips-mode';
import { ldapCaTrustCheck } from './ldap-ca-trust';
import { ldapTls12Check } from './ldap-tls12';
import { oktaOrgCheck } from './okta-org';
import { operatingSystemCheck } from './operating-system';
import { windowsTls12RegistryCheck } from './windows-tls12-registry';

/** Every agent-host check, in report order. None depends on another: an unsupported OS still gets every other check. */
export const AGENT_HOST_CHECKS: readonly AgentHostCheck[] = [
  operatingSystemCheck,
  cpuArchitectureCheck,
  windowsTls12RegistryCheck,
  fipsModeCheck,
  ldapTls12Check,
  ldapCaTrustCheck,
  oktaOrgCheck,
];

/** The stable ids of every agent-host check, in order. */
export const AGENT_HOST_CHECK_IDS: readonly string[] = AGENT_HOST_CHECKS.map((c) => c.id);
