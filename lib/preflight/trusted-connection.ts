/**
 * A preflight whose connection comes from a trusted app: the connection fields of the settings
 * field table (where a bind sends the bind password and how it is protected: host, port, connection
 * security, plain-LDAP consent, bind DN) are taken from the same integration in an app the caller
 * trusts (e.g. the base branch's), everything else (root DN, search bases, filters, attributes,
 * mappings) from the settings under check (e.g. a pull request's). A pull request then cannot
 * send the bind password to a server of its choosing.
 */
import type { ResolvedLdapDirectorySettings } from '../settings/ldap-directory-settings';
import { CONNECTION_FIELDS } from '../settings/settings-fields';

/**
 * Where a preflight takes its connection from instead of the settings under check.
 *
 * @internal (built by `preflight --connection-from`, the supported way; not a promise of the library)
 */
export interface TrustedConnection {
  /** The resolved settings of the same integration in the trusted app: only its connection fields are read. */
  readonly settings: ResolvedLdapDirectorySettings;
  /** Where they came from, for the report, e.g. `--connection-from ../base/cdktf.out`. */
  readonly source: string;
  /**
   * Differences the caller found outside the settings, e.g. the CA bundle each app records; the
   * report lists them after those of the connection fields.
   * @default - none
   */
  readonly otherDifferences?: readonly ConnectionDifference[];
}

/**
 * A connection field whose value in the settings under check differs from the trusted one.
 *
 * @internal (see `TrustedConnection`)
 */
export interface ConnectionDifference {
  /** `section.key`, e.g. `agent.host` (or what else differs, e.g. `preflightGuardOptions.caFile`). */
  readonly field: string;
  /** The value the preflight used: the trusted app's (unset: `undefined`). */
  readonly used: unknown;
  /** The value the settings under check hold, not used. */
  readonly ignored: unknown;
}

/** The settings a preflight checks with the trusted connection, and what that replaced. */
export interface ConnectionTaken {
  readonly settings: ResolvedLdapDirectorySettings;
  /** The connection fields that differ, in table order (empty when the two connections match). */
  readonly differences: readonly ConnectionDifference[];
}

/** `settings` with every connection field replaced by the trusted settings' value. */
export function withTrustedConnection(
  settings: ResolvedLdapDirectorySettings,
  trusted: TrustedConnection,
): ConnectionTaken {
  const sections: Record<string, Record<string, unknown>> = {};
  const differences: ConnectionDifference[] = [];
  for (const field of CONNECTION_FIELDS) {
    const own = sectionOf(settings, field.section);
    const used = sectionOf(trusted.settings, field.section)[field.key];
    const ignored = own[field.key];
    const section = (sections[field.section] ??= { ...own });
    if (used === undefined) delete section[field.key];
    else section[field.key] = used;
    if (JSON.stringify(used) !== JSON.stringify(ignored))
      differences.push({ field: field.path, used, ignored });
  }
  return {
    settings: { ...settings, ...sections },
    differences: [...differences, ...(trusted.otherDifferences ?? [])],
  };
}

function sectionOf(settings: ResolvedLdapDirectorySettings, section: string): Record<string, unknown> {
  return ((settings as unknown as Record<string, unknown>)[section] ?? {}) as Record<string, unknown>;
}
