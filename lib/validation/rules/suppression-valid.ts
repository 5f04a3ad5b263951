import type { ValidationRule, Violation } from '../validation-rule';
import { q, violation } from './rule-support';

/** What a suppression may name: the id and severity of every rule. */
export type RuleCatalog = ReadonlyMap<string, ValidationRule['severity']>;

/**
 * OKLDAP-401: each suppression names a warning rule and gives a reason. Suppressing an error is
 * refused: an error is a setting Okta or the directory would reject, not a judgement call.
 */
export const suppressionValidRule: ValidationRule = {
  id: 'OKLDAP-401',
  severity: 'error',
  title: 'A suppression names an unknown rule or an error rule, or gives no reason',
  check: (input) => suppressionViolations(input.suppressions ?? [], catalog()),
};

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
          suppressionValidRule,
          `${path}.id`,
          s.id,
          `${q(s.id)} is not the id of a validation rule`,
          'Use the id of a warning rule as printed in its message or listed in RULES.md, e.g. OKLDAP-111',
        ),
      );
    } else if (severity === 'error') {
      out.push(
        violation(
          suppressionValidRule,
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
          suppressionValidRule,
          `${path}.reason`,
          s.reason,
          'a suppression needs a reason',
          "Say why the warning is accepted here, e.g. reason: 'JumpCloud offers no entryuuid; renames are rare and handled by hand'",
        ),
      );
    }
  });
  return out;
}

let cached: RuleCatalog | undefined;
/** Every rule's id and severity. index.ts lists every rule, this one too, so it is loaded only here, when the rule runs. */
function catalog(): RuleCatalog {
  if (cached === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a load-time import would be a cycle (index.ts imports this file)
    const { ALL_RULES } = require('./index') as typeof import('./index');
    cached = new Map(ALL_RULES.map((r) => [r.id, r.severity]));
  }
  return cached;
}
