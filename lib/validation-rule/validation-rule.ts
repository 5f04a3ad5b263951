import type { AdoptionSource } from '../adoption/adoption-file';
import type { IntegrationModel } from '../model/integration-model';
import { showHidden } from '../text/untrusted-text';

/**
 * What every rule sees: the model of one integration (its resolved settings and mappings) and what
 * the construct knows besides.
 *
 * @jsii ignore (TypeScript-only: rule authoring)
 */
export interface IntegrationValidationInput extends IntegrationModel {
  /** Ids of existing Okta objects to adopt (an adoption file or the `adoption` prop), unchecked. */
  readonly adoption?: AdoptionSource;
  /** Warnings acknowledged by rule id (the construct's `suppressions`), checked by OKLDAP-401. */
  readonly suppressions?: readonly ValidationSuppression[];
  /** `preflightGuardOptions.timeoutSeconds`, checked by OKLDAP-402. */
  readonly preflightGuardTimeoutSeconds?: number;
  /** The id of the Okta LDAP directory app (`ldapAppId` as given), checked by OKLDAP-405. */
  readonly ldapAppId?: string;
  /** The integration's construct id (the `id` it was created with), checked by OKLDAP-403. */
  readonly integrationId?: string;
  /**
   * Ids of the constructs above the integration, from its stack (first) down to its parent,
   * checked by OKLDAP-403.
   */
  readonly scopeIds?: readonly string[];
  /**
   * Another integration of the stack whose Terraform variable and output names would be this one's
   * too, checked by OKLDAP-404: the shared name prefix and the construct paths of the two.
   */
  readonly terraformNameCollision?: TerraformNameCollision;
}

/**
 * Two integrations of one stack whose Terraform names (`<prefix>_bind_password`, …) would be the same.
 *
 * @jsii ignore (TypeScript-only: what the validation rules read)
 */
export interface TerraformNameCollision {
  /** The shared prefix of the variable and output names. */
  readonly prefix: string;
  /** The construct paths of the two integrations. */
  readonly paths: readonly [string, string];
}

/**
 * A warning acknowledged on purpose, in the style of cdk-nag: every warning of the rule `id` on this
 * integration is reported as suppressed, with the reason, instead of as a warning, and strict mode
 * no longer fails on it. Errors cannot be suppressed.
 */
export interface ValidationSuppression {
  /** The id of a warning rule, e.g. `OKLDAP-111`. */
  readonly id: string;
  /** Why the warning is accepted here, for the reviewer (required, not empty). */
  readonly reason: string;
}

export type ViolationSeverity = 'error' | 'warning';

/**
 * One problem a rule found.
 *
 * @jsii ignore (TypeScript-only: other languages read violations in the messages and the manifest)
 */
export interface Violation {
  /** Stable rule id, e.g. `OKLDAP-101`. */
  readonly ruleId: string;
  readonly severity: ViolationSeverity;
  /** Property path as the user wrote it, e.g. `directory.agent.bindDn` or `groupMappings[2].ruleName`. */
  readonly path: string;
  /** The bad value, as received (never a secret). */
  readonly value: unknown;
  /** What is wrong and what is allowed. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/**
 * A validation rule: one concept, one small file, a pure function. Rules are listed in RULES.md
 * (kept in sync by a test), and written with `defineRule` (define-rule.ts).
 *
 * @jsii ignore (TypeScript-only: rule authoring)
 */
export interface ValidationRule {
  /** Stable id, e.g. `OKLDAP-101`. Never reused for another meaning. */
  readonly id: string;
  /** Default severity of its violations. */
  readonly severity: ViolationSeverity;
  /** One-line cause, as listed in RULES.md. */
  readonly title: string;
  /** Returns no violation when compliant or not applicable. Unresolved tokens are skipped. */
  check(input: IntegrationValidationInput): Violation[];
}

/**
 * Formats one violation for humans: `[OKLDAP-101] directory.agent.bindDn: … (got '…'). Fix: …`. The
 * value is JSON, with the hidden characters JSON leaves as they are shown as `<U+202E>`.
 */
export function formatViolation(v: Violation): string {
  const got = JSON.stringify(v.value) as string | undefined;
  return `[${v.ruleId}] ${v.path}: ${v.message} (got ${got === undefined ? 'undefined' : showHidden(got)}). Fix: ${v.fix}`;
}
