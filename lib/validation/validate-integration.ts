import {
  formatViolation,
  IntegrationValidationInput,
  ValidationRule,
  Violation,
} from '../validation-rule/validation-rule';
import { showHidden } from '../text/untrusted-text';
import { ALL_RULES } from './all-rules';
import { ErrorCategory, isErrorKind, OktaLdapError } from '../errors';

/**
 * Thrown at synth (from the construct) when any rule reports an error (or a warning in strict mode).
 *
 * @jsii ignore (an error class: other languages get its message with the rule ids)
 */
export class OktaLdapValidationError extends OktaLdapError {
  /** True for any OktaLdapValidationError, whichever copy of the package created it. */
  public static isOktaLdapValidationError(x: unknown): x is OktaLdapValidationError {
    return isErrorKind(x, 'OktaLdapValidationError');
  }

  constructor(
    /** Construct path of the integration. */
    public readonly constructPath: string,
    public readonly violations: Violation[],
    /** The construct class that refused its props, as the message names it. */
    constructKind = 'OktaLdapIntegration',
  ) {
    super(
      `${constructKind} '${showHidden(constructPath)}' has ${violations.length} invalid setting(s):\n` +
        violations.map((v) => `  ${formatViolation(v)}`).join('\n'),
      'OktaLdapValidationError',
      ErrorCategory.INPUT,
    );
  }
}

/**
 * A warning acknowledged by a suppression, with the suppression's reason.
 *
 * @jsii ignore (TypeScript-only: other languages read them in the annotations and the manifest)
 */
export interface SuppressedViolation {
  readonly violation: Violation;
  readonly reason: string;
}

/**
 * Result of running every rule.
 *
 * @jsii ignore (TypeScript-only: rule authoring)
 */
export interface ValidationResult {
  readonly errors: Violation[];
  /** Warnings no suppression names. */
  readonly warnings: Violation[];
  /** Warnings named by a suppression (`input.suppressions`): reported with the reason, never fatal. */
  readonly suppressed: SuppressedViolation[];
}

/**
 * Runs every rule (the generic ones and every directory profile's, `ALL_RULES`), or the given ones,
 * over one integration, and sorts their violations into errors, warnings and suppressed warnings:
 * what `OktaLdapIntegration` reports at synth. Pure.
 */
export function validateIntegration(
  input: IntegrationValidationInput,
  rules: readonly ValidationRule[] = ALL_RULES,
): ValidationResult {
  const all = rules.flatMap((rule) => rule.check(input));
  // Only a well-formed suppression of a warning rule applies (OKLDAP-401 reports the others).
  const reasons = new Map<string, string>();
  for (const s of input.suppressions ?? []) {
    if (typeof s.reason === 'string' && s.reason.trim() !== '' && !reasons.has(s.id))
      reasons.set(s.id, s.reason);
  }
  const warnings: Violation[] = [];
  const suppressed: SuppressedViolation[] = [];
  for (const v of all) {
    if (v.severity !== 'warning') continue;
    const reason = reasons.get(v.ruleId);
    if (reason === undefined) warnings.push(v);
    else suppressed.push({ violation: v, reason });
  }
  return { errors: all.filter((v) => v.severity === 'error'), warnings, suppressed };
}
