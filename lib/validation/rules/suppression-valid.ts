import type { ValidationRule, Violation } from '../../validation-rule/validation-rule';
import { q, violation } from '../../validation-rule/rule-support';

/** What a suppression may name: the id and severity of every rule. */
export type RuleCatalog = ReadonlyMap<string, ValidationRule['severity']>;

/** Id, severity and title of OKLDAP-401 (the rule itself is made by `suppressionValidRuleFor`). */
export const SUPPRESSION_VALID: Pick<ValidationRule, 'id' | 'severity' | 'title'> = {
  id: 'OKLDAP-401',
  severity: 'error',
  title: 'A suppression names an unknown rule or an error rule, or gives no reason',
};

/**
 * OKLDAP-401: each suppression names a warning rule and gives a reason. Suppressing an error is
 * refused: an error is a setting Okta or the directory would reject, not a judgement call.
 * @param knownRules the rules a suppression may name, read when the rule first runs (the list
 * holds this rule too, so `rules/index.ts` passes `() => ALL_RULES`; this file imports no rule list)
 */
export function suppressionValidRuleFor(knownRules: () => readonly ValidationRule[]): ValidationRule {
  let catalog: RuleCatalog | undefined;
  return {
    ...SUPPRESSION_VALID,
    check: (input) => {
      catalog ??= new Map(knownRules().map((r) => [r.id, r.severity]));
      return suppressionViolations(input.suppressions ?? [], catalog);
    },
  };
}

/** The problems of a list of suppressions, given the rules they may name. */
export function suppressionViolations(
  suppressions: readonly { readonly id: unknown; readonly reason: unknown }[],
  rules: RuleCatalog,
): Violation[] {
  const out: Violation[] = [];
  suppressions.forEach((s, i) => {
    const path = `suppressions[${i}]`;
    const severity = typeof s.id === 'string' ? rules.get(s.id) : undefined;
    if (severity === undefined) {
      out.push(
        violation(
          SUPPRESSION_VALID,
          `${path}.id`,
          s.id,
          `${q(s.id)} is not the id of a validation rule`,
          'Use the id of a warning rule as printed in its message or listed in RULES.md, e.g. OKLDAP-111',
        ),
      );
    } else if (severity === 'error') {
      out.push(
        violation(
          SUPPRESSION_VALID,
          `${path}.id`,
          s.id,
          `${String(s.id)} is an error rule; only warnings can be suppressed`,
          `Fix the setting ${String(s.id)} reports (RULES.md gives the fix) and remove this suppression`,
        ),
      );
    }
    if (typeof s.reason !== 'string' || s.reason.trim() === '') {
      out.push(
        violation(
          SUPPRESSION_VALID,
          `${path}.reason`,
          s.reason,
          'a suppression needs a reason',
          "Say why the warning is accepted here, e.g. reason: 'the directory offers no entryuuid; renames are rare and handled by hand'",
        ),
      );
    }
  });
  return out;
}
