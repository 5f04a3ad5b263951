import { RegistryKey, registryValue } from './reg-query';

/** The key `reg query` reads for the Windows edition and build. */
export const WINDOWS_CURRENT_VERSION_KEY =
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';

/**
 * The Windows Server releases the Okta LDAP agent requirements list (2012 to 2022), by build number
 * (`CurrentBuild`; a client Windows can share a build number, so `InstallationType` tells them apart).
 */
export const SUPPORTED_WINDOWS_SERVER_BUILDS: Readonly<Record<string, string>> = {
  '9200': 'Windows Server 2012',
  '9600': 'Windows Server 2012 R2',
  '14393': 'Windows Server 2016',
  '17763': 'Windows Server 2019',
  '20348': 'Windows Server 2022',
};

/** What the registry says about this Windows. */
export interface WindowsRelease {
  /** `ProductName`, e.g. `Windows Server 2022 Datacenter`. */
  readonly productName?: string;
  /** `InstallationType`: `Server`, `Server Core` or `Client`. */
  readonly installationType?: string;
  /** `CurrentBuild`, e.g. `20348`. */
  readonly build?: string;
  /** The supported release this build is, for a server. */
  readonly supportedRelease?: string;
  readonly isServer: boolean;
}

/** Reads the edition and build from the `CurrentVersion` key. Pure. */
export function windowsRelease(key: RegistryKey | undefined): WindowsRelease {
  const productName = registryValue(key, 'ProductName')?.data;
  const installationType = registryValue(key, 'InstallationType')?.data;
  const build = registryValue(key, 'CurrentBuild')?.data ?? registryValue(key, 'CurrentBuildNumber')?.data;
  const isServer = /^server/i.test(installationType ?? '') || /server/i.test(productName ?? '');
  const supportedRelease =
    isServer && build !== undefined ? SUPPORTED_WINDOWS_SERVER_BUILDS[build] : undefined;
  return {
    ...(productName !== undefined ? { productName } : {}),
    ...(installationType !== undefined ? { installationType } : {}),
    ...(build !== undefined ? { build } : {}),
    ...(supportedRelease !== undefined ? { supportedRelease } : {}),
    isServer,
  };
}
