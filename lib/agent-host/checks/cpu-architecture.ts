import type { AgentHostCheck } from '../agent-host-check';

/** The architecture Okta builds the LDAP agent for (its installers are 64-bit x86). */
export const AGENT_ARCHITECTURE = 'x64';

/**
 * AH-CPU: the CPU architecture. 64-bit x86 passes; any other warns (Okta publishes the agent's
 * installers for x86-64; check its download page before using another architecture).
 */
export const cpuArchitectureCheck: AgentHostCheck = {
  id: 'AH-CPU',
  title: 'CPU architecture',
  run: async (context) => {
    const { arch } = context.probe;
    if (arch === AGENT_ARCHITECTURE) {
      return {
        status: 'pass',
        message: 'x64 (64-bit x86), the architecture of the agent installers',
        evidence: { arch },
      };
    }
    return {
      status: 'warn',
      message: `CPU architecture ${arch}: the Okta LDAP agent installers are built for x64 (64-bit x86)`,
      evidence: { arch },
      fix: "Use an x64 machine for the agent, or check Okta's agent download page for a build for this architecture.",
    };
  },
};
