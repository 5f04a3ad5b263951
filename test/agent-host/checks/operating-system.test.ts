import { operatingSystemCheck } from '../../../lib/agent-host/checks/operating-system';
import { WINDOWS_CURRENT_VERSION_KEY } from '../../../lib/agent-host/windows-version';
import { agentHostContext } from '../../support/fake-agent-host';
import { fixture, fixtureProbe } from '../fixture-probe';

const REQUIREMENTS =
  'The Okta LDAP agent runs on Windows Server 2012, 2012 R2, 2016, 2019 or 2022, or on a Linux distribution with RPM or DPKG packages (Red Hat, CentOS, Rocky, Amazon Linux; Debian, Ubuntu).';
const linux = (files: Record<string, string>) => agentHostContext(fixtureProbe({ platform: 'linux', files }));
const windows = (reg?: string) =>
  agentHostContext(
    fixtureProbe({
      platform: 'win32',
      registry: reg !== undefined ? { [WINDOWS_CURRENT_VERSION_KEY]: fixture('reg-query', reg) } : {},
    }),
  );

describe('AH-OS', () => {
  test('Debian passes as a DPKG distribution', async () => {
    const outcome = await operatingSystemCheck.run(
      linux({ '/etc/os-release': fixture('os-release', 'debian-12') }),
    );
    expect(outcome).toMatchObject({
      status: 'pass',
      message: 'Debian GNU/Linux 12 (bookworm): a DPKG distribution (install the agent .deb with dpkg -i)',
      evidence: { platform: 'linux', osReleaseFile: '/etc/os-release' },
    });
  });

  test('falls back to /usr/lib/os-release', async () => {
    const outcome = await operatingSystemCheck.run(
      linux({ '/usr/lib/os-release': fixture('os-release', 'rocky-9.3') }),
    );
    expect(outcome).toMatchObject({ status: 'pass', evidence: { osReleaseFile: '/usr/lib/os-release' } });
    expect(outcome.message).toMatch(
      /^Rocky Linux 9.3 \(Blue Onyx\): an RPM distribution \(install the agent \.rpm with yum localinstall \(or dnf install\)\)$/,
    );
  });

  test('Alpine (apk) fails', async () => {
    const outcome = await operatingSystemCheck.run(
      linux({ '/etc/os-release': fixture('os-release', 'alpine-3.23') }),
    );
    expect(outcome).toMatchObject({ status: 'fail', fix: REQUIREMENTS });
    expect(outcome.message).toMatch(
      /^Alpine Linux .* installs apk packages, neither RPM nor DPKG: the Okta LDAP agent cannot be installed here$/,
    );
  });

  test('an unknown distribution, and no os-release at all, warn', async () => {
    const other = await operatingSystemCheck.run(
      linux({ '/etc/os-release': 'NAME="Odd"\nID=odd\nID_LIKE=weird\n' }),
    );
    expect(other).toMatchObject({
      status: 'warn',
      message: 'Odd (ID odd, like weird) is not a distribution known to use RPM or DPKG',
    });
    expect(await operatingSystemCheck.run(linux({}))).toMatchObject({
      status: 'warn',
      message:
        'Linux without /etc/os-release or /usr/lib/os-release: the distribution and its package format are unknown',
    });
  });

  test('Windows Server 2022 passes; 2025 is not listed and warns; Windows 11 fails', async () => {
    const server2022 = await operatingSystemCheck.run(windows('current-version-server-2022.txt'));
    expect(server2022.status).toBe('pass');
    expect(server2022.message).toMatch(
      /^Windows Server 2022 .* \(build 20348\): Windows Server 2022, a supported agent host$/,
    );
    expect(await operatingSystemCheck.run(windows('current-version-server-2025.txt'))).toMatchObject({
      status: 'warn',
      message:
        'Windows Server 2025 Standard (build 26100) is not one of the Windows Server releases the agent requirements list (2012, 2012 R2, 2016, 2019, 2022)',
    });
    const client = await operatingSystemCheck.run(windows('current-version-windows-11.txt'));
    expect(client.status).toBe('fail');
    expect(client.message).toMatch(
      /is a client edition \(InstallationType Client\): the Okta LDAP agent needs Windows Server$/,
    );
  });

  test('Windows without the CurrentVersion key warns', async () => {
    expect(await operatingSystemCheck.run(windows())).toMatchObject({
      status: 'warn',
      message: `Windows, but its edition and build could not be read from ${WINDOWS_CURRENT_VERSION_KEY}`,
    });
  });

  test('another platform fails', async () => {
    expect(await operatingSystemCheck.run(agentHostContext(fixtureProbe({ platform: 'darwin' })))).toEqual({
      status: 'fail',
      message: 'This machine runs darwin, which cannot host the Okta LDAP agent',
      evidence: { platform: 'darwin' },
      fix: `${REQUIREMENTS} Run agent-host on the machine that will run the agent.`,
    });
  });
});
