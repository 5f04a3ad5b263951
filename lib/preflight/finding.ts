/**
 * Findings: the result of one preflight check, and the report that orders them.
 */
import { countByStatus } from '../process/status-counts';
import type { LdapConnectionSecurity } from '../settings/setting-choices';

/** Schema tag of a preflight report (`--json`); readers refuse any other. */
export const PREFLIGHT_REPORT_SCHEMA = 'cdktf-okta-ldap/preflight@1';

/** Status of one finding. `skipped` always carries `skippedBecause` (the id of the check that failed first). */
export type FindingStatus = 'pass' | 'warn' | 'fail' | 'skipped';

/** Every finding status, in the order a report's `summary` lists them. */
const FINDING_STATUSES: readonly FindingStatus[] = ['pass', 'warn', 'fail', 'skipped'];

export interface Finding {
  /** Stable id, e.g. `PF-BIND`. Listed in docs/preflight.md. */
  readonly id: string;
  /** Short name of the check, e.g. "Bind as the bind DN". */
  readonly title: string;
  readonly status: FindingStatus;
  /** One line saying what was found. Never holds a secret. */
  readonly message: string;
  /** Facts behind the message: counts, DNs, certificate facts. JSON-serialisable, never a secret. */
  readonly evidence: Record<string, unknown>;
  /** On warn/fail: the fix in the admin's terms (which directory or Okta screen, which setting). */
  readonly fix?: string;
  /** On skipped: the id of the finding that made this check impossible. */
  readonly skippedBecause?: string;
}

/** What every report of findings has (the preflight's and the agent host's). */
export interface FindingsReport {
  readonly durationMs: number;
  /** In check order. */
  readonly findings: Finding[];
  readonly summary: {
    readonly pass: number;
    readonly warn: number;
    readonly fail: number;
    readonly skipped: number;
  };
  /** True when no finding failed. */
  readonly ok: boolean;
}

/** The count of findings of each status: a report's `summary`. */
export function summarizeFindings(findings: readonly Pick<Finding, 'status'>[]): FindingsReport['summary'] {
  return countByStatus(findings, FINDING_STATUSES);
}

export interface PreflightReport extends FindingsReport {
  /** Schema tag for `--json` consumers. */
  readonly schema: typeof PREFLIGHT_REPORT_SCHEMA;
  /** `ldaps://host:port` or `ldap://host:port` (+STARTTLS), for display. Compare `host` and `port` instead. */
  readonly target: string;
  /** The LDAP server host the preflight connected to, as in the settings (`agent.host`). */
  readonly host: string;
  /** The port it connected to (`agent.port`, defaults filled in). */
  readonly port: number;
  /** How the connection was secured (`agent.connectionSecurity`, defaults filled in). */
  readonly connectionSecurity: LdapConnectionSecurity;
  readonly bindDn: string;
  readonly startedAt: string;
}
