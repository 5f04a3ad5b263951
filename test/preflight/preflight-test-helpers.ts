import type { Finding, PreflightReport } from '../../lib/preflight/finding';
import type { LdapDirectorySettings } from '../../lib/settings/ldap-directory-settings';

/** The only finding with this id (fails the test when there are none or several). */
export function finding(report: PreflightReport, id: string): Finding {
  const found = report.findings.filter((f) => f.id === id);
  if (found.length !== 1) {
    throw new Error(
      `expected one ${id} finding, got ${found.length}: ${report.findings.map((f) => f.id).join(', ')}`,
    );
  }
  return found[0]!;
}

/** `id status` of every finding, for whole-report assertions. */
export function statuses(report: PreflightReport): string[] {
  return report.findings.map((f) => `${f.id} ${f.status}`);
}

/** Settings with parts of agent/user/group/directory replaced. */
export function patchSettings(
  settings: LdapDirectorySettings,
  patch: {
    agent?: Partial<LdapDirectorySettings['agent']>;
    user?: Partial<LdapDirectorySettings['user']>;
    group?: Partial<LdapDirectorySettings['group']>;
    schema?: Partial<NonNullable<LdapDirectorySettings['schema']>>;
    role?: Partial<NonNullable<LdapDirectorySettings['role']>>;
  },
): LdapDirectorySettings {
  return {
    ...settings,
    agent: { ...settings.agent, ...patch.agent },
    user: { ...settings.user, ...patch.user },
    group: { ...settings.group, ...patch.group },
    schema: { ...settings.schema, ...patch.schema },
    role: { ...settings.role, ...patch.role },
  };
}
