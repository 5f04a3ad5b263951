import type { AgentHostContext } from '../../lib/agent-host/agent-host-check';
import { cpuArchitectureCheck } from '../../lib/agent-host/checks/cpu-architecture';
import { fipsModeCheck, WINDOWS_FIPS_KEY } from '../../lib/agent-host/checks/fips-mode';
import { operatingSystemCheck } from '../../lib/agent-host/checks/operating-system';
import { windowsTls12RegistryCheck } from '../../lib/agent-host/checks/windows-tls12-registry';
import type { HostProbe } from '../../lib/agent-host/host-probe';
import { linuxDistribution, LinuxPackageFamily, parseOsRelease } from '../../lib/agent-host/os-release';
import { dwordValue, parseRegQuery } from '../../lib/agent-host/reg-query';
import { WINDOWS_CURRENT_VERSION_KEY } from '../../lib/agent-host/windows-version';
import { integrationModel } from '../../lib/model/integration-model';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { fixture, fixtureProbe } from './fixture-probe';

const TLS12 =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2';

function context(probe: HostProbe, fipsOnly = false): AgentHostContext {
  const settings = jumpCloudDirectory({ orgId: '5f3c0a1b2c3d4e5f60718293', bindUser: 'okta-bind' });
  const withFips = { ...settings, agent: { ...settings.agent, fipsOnly } };
  const model = integrationModel({ settings: withFips });
  return {
    settings: model.settings,
    input: model,
    probe,
    openLdapConnection: () => {
      throw new Error('The host checks open no LDAP connection');
    },
    httpsProbe: () => Promise.reject(new Error('The host checks send no HTTPS request')),
    connectTimeoutMs: 1000,
    operationTimeoutMs: 1000,
    now: new Date(),
  };
}

function linuxProbe(osRelease: string, extra: Record<string, string> = {}): HostProbe {
  return fixtureProbe({
    platform: 'linux',
    files: { '/etc/os-release': fixture('os-release', osRelease), ...extra },
  });
}

describe('os-release files of real distributions', () => {
  test.each([
    ['debian-12', 'debian', [], LinuxPackageFamily.DPKG, 'Debian GNU/Linux 12 (bookworm)'],
    ['ubuntu-24.04', 'ubuntu', ['debian'], LinuxPackageFamily.DPKG, 'Ubuntu 24.04.3 LTS'],
    ['rhel-9.6', 'rhel', ['fedora'], LinuxPackageFamily.RPM, 'Red Hat Enterprise Linux 9.6 (Plow)'],
    [
      'rocky-9.3',
      'rocky',
      ['rhel', 'centos', 'fedora'],
      LinuxPackageFamily.RPM,
      'Rocky Linux 9.3 (Blue Onyx)',
    ],
    ['amazon-linux-2023', 'amzn', ['fedora'], LinuxPackageFamily.RPM, 'Amazon Linux 2023'],
  ])('%s: ID %s, a %s distribution', (file, id, idLike, family, name) => {
    const distribution = linuxDistribution(parseOsRelease(fixture('os-release', file)));
    expect(distribution).toMatchObject({ id, idLike, packageFamily: family, name });
  });

  test('Alpine uses apk: no package family', () => {
    expect(linuxDistribution(parseOsRelease(fixture('os-release', 'alpine-3.23')))).toEqual({
      name: 'Alpine Linux v3.23',
      id: 'alpine',
      idLike: [],
      versionId: '3.23.2',
      otherPackageFormat: 'apk',
    });
  });

  test('quotes, escapes, comments and blank lines', () => {
    expect(parseOsRelease('# c\n\nNAME="A \\"quoted\\" name"\nID=\'x\'\nVERSION_ID=1\nbad line\n')).toEqual({
      NAME: 'A "quoted" name',
      ID: 'x',
      VERSION_ID: '1',
    });
  });
});

describe('AH-OS', () => {
  test.each([
    [
      'debian-12',
      'Debian GNU/Linux 12 (bookworm): a DPKG distribution (install the agent .deb with dpkg -i)',
    ],
    ['ubuntu-24.04', 'Ubuntu 24.04.3 LTS: a DPKG distribution (install the agent .deb with dpkg -i)'],
    [
      'rhel-9.6',
      'Red Hat Enterprise Linux 9.6 (Plow): an RPM distribution (install the agent .rpm with yum localinstall (or dnf install))',
    ],
    [
      'rocky-9.3',
      'Rocky Linux 9.3 (Blue Onyx): an RPM distribution (install the agent .rpm with yum localinstall (or dnf install))',
    ],
    [
      'amazon-linux-2023',
      'Amazon Linux 2023: an RPM distribution (install the agent .rpm with yum localinstall (or dnf install))',
    ],
  ])('%s passes', async (file, message) => {
    expect(await operatingSystemCheck.run(context(linuxProbe(file)))).toMatchObject({
      status: 'pass',
      message,
    });
  });

  test('Alpine fails: neither RPM nor DPKG', async () => {
    const outcome = await operatingSystemCheck.run(context(linuxProbe('alpine-3.23')));
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toBe(
      'Alpine Linux v3.23 installs apk packages, neither RPM nor DPKG: the Okta LDAP agent cannot be installed here',
    );
    expect(outcome.fix).toContain('Windows Server 2012, 2012 R2, 2016, 2019 or 2022');
  });

  test('an unknown distribution warns; no os-release at all warns; /usr/lib/os-release is the fallback', async () => {
    const unknown = fixtureProbe({
      platform: 'linux',
      files: { '/etc/os-release': 'NAME="Hobby OS"\nID=hobby\n' },
    });
    expect(await operatingSystemCheck.run(context(unknown))).toMatchObject({
      status: 'warn',
      message: 'Hobby OS (ID hobby) is not a distribution known to use RPM or DPKG',
    });
    const none = fixtureProbe({ platform: 'linux' });
    expect(await operatingSystemCheck.run(context(none))).toMatchObject({
      status: 'warn',
      message:
        'Linux without /etc/os-release or /usr/lib/os-release: the distribution and its package format are unknown',
    });
    const fallback = fixtureProbe({
      platform: 'linux',
      files: { '/usr/lib/os-release': fixture('os-release', 'rocky-9.3') },
    });
    expect(await operatingSystemCheck.run(context(fallback))).toMatchObject({
      status: 'pass',
      evidence: { osReleaseFile: '/usr/lib/os-release', packageFamily: 'RPM' },
    });
  });

  test('Windows Server 2022 passes, Windows 11 (a client) fails, Server 2025 (not listed) warns', async () => {
    const windows = (file: string) =>
      fixtureProbe({
        platform: 'win32',
        registry: { [WINDOWS_CURRENT_VERSION_KEY]: fixture('reg-query', file) },
      });
    expect(await operatingSystemCheck.run(context(windows('current-version-server-2022.txt')))).toMatchObject(
      {
        status: 'pass',
        message: 'Windows Server 2022 Datacenter (build 20348): Windows Server 2022, a supported agent host',
      },
    );
    expect(await operatingSystemCheck.run(context(windows('current-version-windows-11.txt')))).toMatchObject({
      status: 'fail',
      message:
        'Windows 10 Pro (build 22631) is a client edition (InstallationType Client): the Okta LDAP agent needs Windows Server',
    });
    expect(await operatingSystemCheck.run(context(windows('current-version-server-2025.txt')))).toMatchObject(
      {
        status: 'warn',
        message:
          'Windows Server 2025 Standard (build 26100) is not one of the Windows Server releases the agent requirements list (2012, 2012 R2, 2016, 2019, 2022)',
      },
    );
  });

  test('macOS fails', async () => {
    expect(await operatingSystemCheck.run(context(fixtureProbe({ platform: 'darwin' })))).toMatchObject({
      status: 'fail',
      message: 'This machine runs darwin, which cannot host the Okta LDAP agent',
    });
  });
});

describe('reg query output', () => {
  test('parses keys, values with spaces in names, DWORDs and subkeys without values', () => {
    const keys = parseRegQuery(fixture('reg-query', 'current-version-server-2022.txt'));
    expect(keys.map((k) => k.key)).toEqual([
      WINDOWS_CURRENT_VERSION_KEY,
      `${WINDOWS_CURRENT_VERSION_KEY}\\Accessibility`,
      `${WINDOWS_CURRENT_VERSION_KEY}\\AppCompatFlags`,
    ]);
    expect(keys[0]!.values).toContainEqual({
      name: 'ProductName',
      type: 'REG_SZ',
      data: 'Windows Server 2022 Datacenter',
    });
    expect(dwordValue(keys[0]!.values.find((v) => v.name === 'UBR'))).toBe(0x9a4);
    expect(
      parseRegQuery('\r\nHKEY_LOCAL_MACHINE\\X\r\n    A name with spaces    REG_DWORD    0x10\r\n')[0]!
        .values,
    ).toEqual([{ name: 'A name with spaces', type: 'REG_DWORD', data: '0x10' }]);
    expect(dwordValue({ name: 'x', type: 'REG_SZ', data: '1' })).toBeUndefined();
  });
});

describe('AH-WIN-TLS12 (Windows registry, from recorded reg query output)', () => {
  test('applies only on Windows', () => {
    expect(windowsTls12RegistryCheck.appliesTo!(context(fixtureProbe({ platform: 'linux' })))).toBe(false);
    expect(windowsTls12RegistryCheck.appliesTo!(context(fixtureProbe({ platform: 'win32' })))).toBe(true);
  });

  test('passes when the four values are set, reading exactly the two keys', async () => {
    const probe = fixtureProbe({
      platform: 'win32',
      registry: {
        [`${TLS12}\\Server`]: fixture('reg-query', 'tls12-server-set.txt'),
        [`${TLS12}\\Client`]: fixture('reg-query', 'tls12-client-set.txt'),
      },
    });
    const outcome = await windowsTls12RegistryCheck.run(context(probe));
    expect(outcome).toMatchObject({
      status: 'pass',
      message: 'TLS 1.2 is enabled for SCHANNEL server and client (the four registry values are set)',
    });
    expect(probe.regQueries).toEqual([`${TLS12}\\Server`, `${TLS12}\\Client`]);
  });

  test('fails naming each wrong or missing value, with the script as the fix', async () => {
    const probe = fixtureProbe({
      platform: 'win32',
      registry: { [`${TLS12}\\Client`]: fixture('reg-query', 'tls12-client-disabled.txt') },
    });
    const outcome = await windowsTls12RegistryCheck.run(context(probe));
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toBe(
      'TLS 1.2 is not enabled as the agent requires: TLS 1.2\\Server\\Enabled is missing (needs 1); TLS 1.2\\Server\\DisabledByDefault is missing (needs 0); TLS 1.2\\Client\\Enabled is 0 (needs 1); TLS 1.2\\Client\\DisabledByDefault is 1 (needs 0)',
    );
    expect(outcome.fix).toContain('agent-host --print-windows-tls12 > tls12.ps1');
  });
});

describe('AH-FIPS', () => {
  test('Linux: the kernel flag against agent.fipsOnly', async () => {
    const on = linuxProbe('rhel-9.6', { '/proc/sys/crypto/fips_enabled': '1\n' });
    const off = linuxProbe('rhel-9.6', { '/proc/sys/crypto/fips_enabled': '0\n' });
    expect(await fipsModeCheck.run(context(on, true))).toMatchObject({
      status: 'pass',
      message: 'The OS runs in FIPS mode and agent.fipsOnly is on',
    });
    expect(await fipsModeCheck.run(context(off, true))).toMatchObject({
      status: 'warn',
      message: 'agent.fipsOnly is on, but this OS is not in FIPS mode',
    });
    expect(await fipsModeCheck.run(context(on, false))).toMatchObject({
      status: 'warn',
      message: 'This OS runs in FIPS mode, but agent.fipsOnly is off',
    });
    expect(await fipsModeCheck.run(context(linuxProbe('debian-12'), false))).toMatchObject({
      status: 'pass',
      message: 'The OS is not in FIPS mode and agent.fipsOnly is off',
      evidence: { source: '/proc/sys/crypto/fips_enabled absent' },
    });
  });

  test('Windows: the FipsAlgorithmPolicy value', async () => {
    const probe = fixtureProbe({
      platform: 'win32',
      registry: { [WINDOWS_FIPS_KEY]: fixture('reg-query', 'fips-enabled.txt') },
    });
    expect(await fipsModeCheck.run(context(probe, false))).toMatchObject({
      status: 'warn',
      message: 'This OS runs in FIPS mode, but agent.fipsOnly is off',
    });
  });
});

describe('AH-CPU', () => {
  test('x64 passes, arm64 warns', async () => {
    expect(
      (await cpuArchitectureCheck.run(context(fixtureProbe({ platform: 'linux', arch: 'x64' })))).status,
    ).toBe('pass');
    expect(
      await cpuArchitectureCheck.run(context(fixtureProbe({ platform: 'linux', arch: 'arm64' }))),
    ).toMatchObject({
      status: 'warn',
      message: 'CPU architecture arm64: the Okta LDAP agent installers are built for x64 (64-bit x86)',
    });
  });
});
