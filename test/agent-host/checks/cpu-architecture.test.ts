import { cpuArchitectureCheck } from '../../../lib/agent-host/checks/cpu-architecture';
import { agentHostContext } from '../../support/fake-agent-host';
import { fixtureProbe } from '../fixture-probe';

describe('AH-CPU', () => {
  test('x64 passes', async () => {
    const outcome = await cpuArchitectureCheck.run(
      agentHostContext(fixtureProbe({ platform: 'linux', arch: 'x64' })),
    );
    expect(outcome).toEqual({
      status: 'pass',
      message: 'x64 (64-bit x86), the architecture of the agent installers',
      evidence: { arch: 'x64' },
    });
  });

  test('any other architecture warns', async () => {
    const outcome = await cpuArchitectureCheck.run(
      agentHostContext(fixtureProbe({ platform: 'linux', arch: 'arm64' })),
    );
    expect(outcome).toEqual({
      status: 'warn',
      message: 'CPU architecture arm64: the Okta LDAP agent installers are built for x64 (64-bit x86)',
      evidence: { arch: 'arm64' },
      fix: "Use an x64 machine for the agent, or check Okta's agent download page for a build for this architecture.",
    });
  });
});
