/**
 * `/etc/os-release` (freedesktop.org os-release(5)): which Linux distribution a host runs, and so
 * which package format the Okta LDAP agent installer needs. Okta ships the Linux agent as an RPM and
 * a DEB package, so an RPM-family or DPKG-family distribution is supported.
 */

/** The os-release files, in the order os-release(5) says to read them. */
export const OS_RELEASE_FILES = ['/etc/os-release', '/usr/lib/os-release'] as const;

/** The package formats the Okta LDAP agent is published in. */
export enum LinuxPackageFamily {
  /** `.rpm`, installed with `yum localinstall` / `dnf install` (Red Hat, CentOS, Rocky, Amazon Linux, SUSE). */
  RPM = 'RPM',
  /** `.deb`, installed with `dpkg -i` (Debian, Ubuntu). */
  DPKG = 'DPKG',
}

/** Distribution ids (`ID`, `ID_LIKE`) of each family. */
const FAMILY_IDS: Readonly<Record<LinuxPackageFamily, readonly string[]>> = {
  [LinuxPackageFamily.DPKG]: ['debian', 'ubuntu'],
  [LinuxPackageFamily.RPM]: [
    'rhel',
    'fedora',
    'centos',
    'rocky',
    'almalinux',
    'ol',
    'amzn',
    'suse',
    'sles',
    'opensuse',
  ],
};

/** Distribution ids known to use neither package format: the agent cannot be installed there. */
const OTHER_PACKAGE_FORMATS: Readonly<Record<string, string>> = {
  alpine: 'apk',
  arch: 'pacman',
  gentoo: 'portage',
  void: 'xbps',
  nixos: 'nix',
};

/** The fields of an os-release file. */
export type OsRelease = Readonly<Record<string, string>>;

/**
 * Parses os-release text: `KEY=value` lines, values optionally in single or double quotes (with `\`
 * escapes inside double quotes), `#` comments and blank lines ignored. Pure; never throws.
 */
export function parseOsRelease(text: string): OsRelease {
  const fields: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2]!;
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      value = value.slice(1, -1).replace(/\\(["\\`$])/g, '$1');
    } else if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
      value = value.slice(1, -1);
    }
    fields[match[1]!] = value;
  }
  return fields;
}

/** What the os-release fields say about installing the agent. */
export interface LinuxDistribution {
  /** `PRETTY_NAME`, else `NAME VERSION_ID`, else `ID`. */
  readonly name: string;
  readonly id: string;
  readonly idLike: readonly string[];
  readonly versionId?: string;
  /** RPM or DPKG when the distribution (or one it is like) is known to use it. */
  readonly packageFamily?: LinuxPackageFamily;
  /** The package manager of a distribution known to use neither (e.g. `apk` on Alpine). */
  readonly otherPackageFormat?: string;
}

/** Classifies a distribution from its os-release fields. Pure. */
export function linuxDistribution(fields: OsRelease): LinuxDistribution {
  const id = (fields.ID ?? 'linux').toLowerCase();
  const idLike = (fields.ID_LIKE ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((x) => x !== '');
  const ids = [id, ...idLike];
  const family = (Object.keys(FAMILY_IDS) as LinuxPackageFamily[]).find((f) =>
    ids.some((x) => FAMILY_IDS[f].includes(x)),
  );
  const other = family === undefined ? ids.map((x) => OTHER_PACKAGE_FORMATS[x]).find(Boolean) : undefined;
  const name =
    fields.PRETTY_NAME ??
    (fields.NAME !== undefined ? [fields.NAME, fields.VERSION_ID].filter(Boolean).join(' ') : id);
  return {
    name,
    id,
    idLike,
    ...(fields.VERSION_ID !== undefined ? { versionId: fields.VERSION_ID } : {}),
    ...(family !== undefined ? { packageFamily: family } : {}),
    ...(other !== undefined ? { otherPackageFormat: other } : {}),
  };
}
