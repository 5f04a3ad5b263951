/**
 * How a rule is written: its id, then what it is (severity, title) next to its check, which reports
 * each problem instead of building violations (cdk-nag's rule in its own small file). Not public API.
 */
import type {
  IntegrationValidationInput,
  ValidationRule,
  Violation,
  ViolationSeverity,
} from './validation-rule';
import { violation } from './rule-support';

/**
 * Records one problem of the rule being checked: the property path as the user wrote it, the value
 * received (never a secret), what is wrong and what is allowed, and how to fix it.
 */
export type ReportViolation = (path: string, value: unknown, message: string, fix: string) => void;

/**
 * The logic of a rule: reads the input and reports each problem it finds; it reports nothing when the
 * input complies or the rule does not apply. Unresolved tokens are skipped.
 */
export type RuleCheck = (input: IntegrationValidationInput, report: ReportViolation) => void;

/** A rule as its file declares it, besides its id. */
export interface RuleDefinition {
  /** Default severity of its violations: a warning can be suppressed with a reason, an error cannot. */
  readonly severity: ViolationSeverity;
  /** One-line cause, as listed in RULES.md. */
  readonly title: string;
  /** Reports the rule's problems (a shared check of this folder, or the rule's own). */
  readonly check: RuleCheck;
}

/**
 * The violations `run` reports, each with the id and severity of `rule`, in the order reported.
 * Also for checking a value outside a rule run (e.g. a `PreflightGuard` made on its own).
 */
export function reportedViolations(
  rule: Pick<ValidationRule, 'id' | 'severity'>,
  run: (report: ReportViolation) => void,
): Violation[] {
  const found: Violation[] = [];
  run((path, value, message, fix) => found.push(violation(rule, path, value, message, fix)));
  return found;
}

/**
 * A validation rule from its stable id (e.g. `OKLDAP-101`, never reused) and its definition: every
 * problem its check reports becomes a violation with this id and the rule's severity.
 */
export function defineRule(id: string, { severity, title, check }: RuleDefinition): ValidationRule {
  return {
    id,
    severity,
    title,
    check: (input) => reportedViolations({ id, severity }, (report) => check(input, report)),
  };
}
