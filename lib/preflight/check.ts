import type { ResolvedLdapDirectorySettings } from '../settings/ldap-directory-settings';
import type { Finding } from './finding';
import type { LdapConnection } from './ldap-connection';
import type { PreflightInput } from './preflight-options';
import type { ConnectionDifference } from './trusted-connection';

/** What every check may read: the settings, the one connection, and what earlier checks learnt. */
export interface CheckContext {
  readonly settings: ResolvedLdapDirectorySettings;
  readonly input: PreflightInput;
  readonly connection: LdapConnection;
  /** The bind password: only `PF-PASSWORD` and `PF-BIND` read it. */
  readonly bindPassword: string;
  /** Where the user sets the password (`PreflightOptions.bindPasswordSource`), when not the default. */
  readonly bindPasswordSource?: string;
  readonly exampleUser?: string;
  /**
   * Where the connection came from when `PreflightOptions.connectionFrom` is set, and the
   * connection fields of the settings under check it replaced (for PF-TRUSTED-CONNECTION).
   */
  readonly trustedConnection?: {
    readonly source: string;
    readonly differences: readonly ConnectionDifference[];
  };
  /** Where the custom CA bundle came from (`PreflightOptions.caSource`), when one is used and named. */
  readonly caSource?: string;
  /** Subjects of the certificates in the custom CA bundle, when one is used (for PF-TLS messages). */
  readonly caSubjects?: readonly string[];
  readonly now: Date;
  /** Connect timeout in milliseconds (for messages). */
  readonly connectTimeoutMs: number;
  /** Operation timeout in milliseconds (for messages). */
  readonly operationTimeoutMs: number;
}

/** The part of a finding a check decides; the runner adds id, title and ordering. */
export interface CheckOutcome {
  readonly status: 'pass' | 'warn' | 'fail';
  readonly message: string;
  readonly evidence?: Record<string, unknown>;
  readonly fix?: string;
}

/**
 * What every check has, of the preflight (`PF-…`) and of the agent host (`AH-…`): a stable id listed
 * in its docs page, a title, and whether it applies given its context.
 */
export interface Check<Context> {
  /** Stable id, e.g. `PF-BIND` (listed in docs/preflight.md) or `AH-OS` (docs/agent-host.md). */
  readonly id: string;
  readonly title: string;
  /** Whether the check applies at all (e.g. the example user is optional, the registry Windows-only). */
  readonly appliesTo?: (context: Context) => boolean;
}

/** One preflight check: a stable id, what it needs first, and a read-only probe. */
export interface PreflightCheck extends Check<CheckContext> {
  /** Ids of checks that must pass (or warn) first; otherwise this one is skipped. */
  readonly requires: readonly string[];
  /** Runs the check. Returns one outcome, or several for per-item checks (`PF-MAPPED-GROUP`). */
  readonly run: (context: CheckContext) => Promise<CheckOutcome | CheckOutcome[]>;
  /** Title of one of several outcomes (per-item checks). */
  readonly titleOf?: (outcome: CheckOutcome) => string;
}

/**
 * The evidence without the fields that say nothing (an empty string, undefined), at any depth of
 * plain objects: an error without text shows no `"error": ""`.
 */
export function withoutEmptyFields(evidence: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(evidence)) {
    if (value === '' || value === undefined) continue;
    const plain = value !== null && typeof value === 'object' && !Array.isArray(value);
    kept[key] = plain ? withoutEmptyFields(value as Record<string, unknown>) : value;
  }
  return kept;
}

/** Builds a finding from an outcome (evidence without empty fields). */
export function toFinding(
  check: Pick<PreflightCheck, 'id' | 'title' | 'titleOf'>,
  outcome: CheckOutcome,
): Finding {
  return {
    id: check.id,
    title: check.titleOf?.(outcome) ?? check.title,
    status: outcome.status,
    message: outcome.message,
    evidence: withoutEmptyFields(outcome.evidence ?? {}),
    ...(outcome.fix !== undefined && outcome.status !== 'pass' ? { fix: outcome.fix } : {}),
  };
}
