import { formatViolation, IntegrationValidationInput, ValidationRule, Violation } from './validation-rule';
import { ALL_RULES } from './rules';

const VALIDATION_ERROR = Symbol.for('cdktf-okta-ldap.OktaLdapValidationError');

/** Thrown at synth (from the construct) when any rule reports an error (or a warning in strict mode). */
export class OktaLdapValidationError extends Error {
  /** True for any OktaLdapValidationError, whichever copy of the package created it. */
  public static isOktaLdapValidationError(x: unknown): x is OktaLdapValidationError {
    return typeof x === 'object' && x !== null && VALIDATION_ERROR in x;
  }

  constructor(
    /** Construct path of the integration. */
    public readonly constructPath: string,
    public readonly violations: Violation[],
  ) {
    super(
      `OktaLdapIntegration '${constructPath}' has ${violations.length} invalid setting(s):\n` +
        violations.map((v) => `  ${formatViolation(v)}`).join('\n'),
    );
    this.name = 'OktaLdapValidationError';
    Object.defineProperty(this, VALIDATION_ERROR, { value: true });
  }
}

/** Result of running every rule. */
export interface ValidationResult {
  readonly errors: Violation[];
  readonly warnings: Violation[];
}

/** Runs every rule (or the given ones) over one integration. Pure. */
export function validateIntegration(
  input: IntegrationValidationInput,
  rules: readonly ValidationRule[] = ALL_RULES,
): ValidationResult {
  const all = rules.flatMap((rule) => rule.check(input));
  return {
    errors: all.filter((v) => v.severity === 'error'),
    warnings: all.filter((v) => v.severity === 'warning'),
  };
}
