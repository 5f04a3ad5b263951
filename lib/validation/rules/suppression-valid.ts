import { defineRule, type ReportViolation } from '../../validation-rule/define-rule';
import type { ValidationRule, ValidationSuppression } from '../../validation-rule/validation-rule';
import { q } from '../../validation-rule/rule-support';

/** What a suppression may name: the id and severity of every rule. */
export type RuleCatalog = ReadonlyMap<string, ValidationRule['severity']>;

/**
 * OKLDAP-401: each suppression names a warning rule and gives a reason. Suppressing an error is
 * refused: an error is a setting Okta or the directory would reject, not a judgement call.
 * @param knownRules the rules a suppression may name, read when the rule first runs (the list
 * holds this rule too, so `rules/index.ts` passes `() => ALL_RULES`; this file imports no rule list)
 */
export function suppressionValidRuleFor(knownRules: () => readonly ValidationRule[]): ValidationRule {
  let catalog: RuleCatalog | undefined;
  return defineRule('OKLDAP-401', {
    severity: 'error',
    title: 'A suppression names an unknown rule or an error rule, or gives no reason',
    check(input, report) {
      const rules = (catalog ??= new Map(knownRules().map((r) => [r.id, r.severity])));
      (input.suppressions ?? []).forEach((s, i) => checkSuppression(s, `suppressions[${i}]`, rules, report));
    },
  });
}

/** Reports the problems of one suppression (from plain JavaScript, its fields may be anything). */
function checkSuppression(
  { id, reason }: { readonly [K in keyof ValidationSuppression]: unknown },
  path: string,
  rules: RuleCatalog,
  report: ReportViolation,
): void {
  const severity = typeof id === 'string' ? rules.get(id) : undefined;
  if (severity === undefined) {
    report(
      `${path}.id`,
      id,
      `${q(id)} is not the id of a validation rule`,
      'Use the id of a warning rule as printed in its message or listed in RULES.md, e.g. OKLDAP-111',
    );
  } else if (severity === 'error') {
    report(
      `${path}.id`,
      id,
      `${String(id)} is an error rule; only warnings can be suppressed`,
      `Fix the setting ${String(id)} reports (RULES.md gives the fix) and remove this suppression`,
    );
  }
  if (typeof reason !== 'string' || reason.trim() === '') {
    report(
      `${path}.reason`,
      reason,
      'a suppression needs a reason',
      "Say why the warning is accepted here, e.g. reason: 'the directory offers no entryuuid; renames are rare and handled by hand'",
    );
  }
}
