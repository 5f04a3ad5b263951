import { runValidationRules, type ValidationResult } from '../validation/validate-integration';
import type { IntegrationValidationInput, ValidationRule } from '../validation-rule/validation-rule';
import { ALL_RULES } from './all-rules';

/**
 * Runs every rule (the generic ones and every directory profile's, `ALL_RULES`), or the given ones,
 * over one integration: the violations `OktaLdapIntegration` reports at synth. Pure.
 */
export function validateIntegration(
  input: IntegrationValidationInput,
  rules: readonly ValidationRule[] = ALL_RULES,
): ValidationResult {
  return runValidationRules(input, rules);
}
