import type { CheckOutcome } from '../../preflight/check';
import type { AgentHostCheck, AgentHostContext } from '../agent-host-check';
import { linuxDistribution, LinuxPackageFamily, OS_RELEASE_FILES, parseOsRelease } from '../os-release';
import { parseRegQuery } from '../reg-query';
import { WINDOWS_CURRENT_VERSION_KEY, windowsRelease } from '../windows-version';

const REQUIREMENTS =
  'The Okta LDAP agent runs on Windows Server 2012, 2012 R2, 2016, 2019 or 2022, or on a Linux distribution with RPM or DPKG packages (Red Hat, CentOS, Rocky, Amazon Linux; Debian, Ubuntu).';

const INSTALL: Readonly<Record<LinuxPackageFamily, string>> = {
  [LinuxPackageFamily.DPKG]: 'install the agent .deb with dpkg -i',
  [LinuxPackageFamily.RPM]: 'install the agent .rpm with yum localinstall (or dnf install)',
};

/**
 * AH-OS: the operating system can host the Okta LDAP agent. Linux: the distribution from
 * `/etc/os-release` (else `/usr/lib/os-release`) and its package family; Windows: the edition and
 * build from the registry, against the supported Windows Server releases. Unsupported: fail; not
 * recognised: warn.
 */
export const operatingSystemCheck: AgentHostCheck = {
  id: 'AH-OS',
  title: 'Operating system supported by the Okta LDAP agent',
  run: async (context) => {
    const { platform } = context.probe;
    if (platform === 'linux') return linux(context);
    if (platform === 'win32') return windows(context);
    return {
      status: 'fail',
      message: `This machine runs ${platform}, which cannot host the Okta LDAP agent`,
      evidence: { platform },
      fix: `${REQUIREMENTS} Run agent-host on the machine that will run the agent.`,
    };
  },
};

function linux(context: AgentHostContext): CheckOutcome {
  const found = OS_RELEASE_FILES.map((file) => ({ file, text: context.probe.readFile(file) })).find(
    (x) => x.text !== undefined,
  );
  if (found === undefined) {
    return {
      status: 'warn',
      message: `Linux without ${OS_RELEASE_FILES.join(' or ')}: the distribution and its package format are unknown`,
      evidence: { platform: 'linux' },
      fix: `${REQUIREMENTS} Check that this distribution installs .rpm or .deb packages.`,
    };
  }
  const distribution = linuxDistribution(parseOsRelease(found.text!));
  const evidence = { platform: 'linux', osReleaseFile: found.file, ...distribution };
  if (distribution.packageFamily !== undefined) {
    return {
      status: 'pass',
      message: `${distribution.name}: ${distribution.packageFamily === LinuxPackageFamily.RPM ? 'an' : 'a'} ${distribution.packageFamily} distribution (${INSTALL[distribution.packageFamily]})`,
      evidence,
    };
  }
  if (distribution.otherPackageFormat !== undefined) {
    return {
      status: 'fail',
      message: `${distribution.name} installs ${distribution.otherPackageFormat} packages, neither RPM nor DPKG: the Okta LDAP agent cannot be installed here`,
      evidence,
      fix: REQUIREMENTS,
    };
  }
  return {
    status: 'warn',
    message: `${distribution.name} (ID ${distribution.id}${distribution.idLike.length > 0 ? `, like ${distribution.idLike.join(' ')}` : ''}) is not a distribution known to use RPM or DPKG`,
    evidence,
    fix: `${REQUIREMENTS} Check that this distribution installs .rpm or .deb packages.`,
  };
}

async function windows(context: AgentHostContext): Promise<CheckOutcome> {
  const output = await context.probe.regQuery(WINDOWS_CURRENT_VERSION_KEY);
  const key = output !== undefined ? parseRegQuery(output)[0] : undefined;
  const release = windowsRelease(key);
  const evidence = { platform: 'win32', registryKey: WINDOWS_CURRENT_VERSION_KEY, ...release };
  const name = `${release.productName ?? 'Windows'}${release.build !== undefined ? ` (build ${release.build})` : ''}`;
  if (key === undefined || release.build === undefined) {
    return {
      status: 'warn',
      message: `Windows, but its edition and build could not be read from ${WINDOWS_CURRENT_VERSION_KEY}`,
      evidence,
      fix: REQUIREMENTS,
    };
  }
  if (!release.isServer) {
    return {
      status: 'fail',
      message: `${name} is a client edition (InstallationType ${release.installationType ?? 'unknown'}): the Okta LDAP agent needs Windows Server`,
      evidence,
      fix: REQUIREMENTS,
    };
  }
  if (release.supportedRelease !== undefined) {
    return {
      status: 'pass',
      message: `${name}: ${release.supportedRelease}, a supported agent host`,
      evidence,
    };
  }
  return {
    status: 'warn',
    message: `${name} is not one of the Windows Server releases the agent requirements list (2012, 2012 R2, 2016, 2019, 2022)`,
    evidence,
    fix: `${REQUIREMENTS} Check Okta's current agent requirements for this release.`,
  };
}
