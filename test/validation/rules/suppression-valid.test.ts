import { ALL_RULES } from '../../../lib/validation/all-rules';
import { suppressionValidRuleFor } from '../../../lib/validation/rules/suppression-valid';
import { validateIntegration } from '../../../lib/validation/validate-integration';
import type { ValidationSuppression } from '../../../lib/validation-rule/validation-rule';
import { input, run } from './rule-fixtures';

/** OKLDAP-401 as every integration runs it: it knows the generic rules and every profile's. */
const suppressionValidRule = ALL_RULES.find((r) => r.id === 'OKLDAP-401')!;

const withSuppressions = (suppressions: ValidationSuppression[]) => ({ ...input(), suppressions });

describe('OKLDAP-401 suppressions', () => {
  test('passes a warning rule with a reason, and no suppressions at all', () => {
    expect(
      run(suppressionValidRule, withSuppressions([{ id: 'OKLDAP-111', reason: 'JumpCloud recipe' }])),
    ).toEqual([]);
    expect(run(suppressionValidRule, input())).toEqual([]);
  });

  test('refuses to suppress an error rule', () => {
    expect(run(suppressionValidRule, withSuppressions([{ id: 'OKLDAP-101', reason: 'trust me' }]))).toEqual([
      {
        ruleId: 'OKLDAP-401',
        severity: 'error',
        path: 'suppressions[0].id',
        value: 'OKLDAP-101',
        message: 'OKLDAP-101 is an error rule; only warnings can be suppressed',
        fix: 'Fix the setting OKLDAP-101 reports (RULES.md gives the fix) and remove this suppression',
      },
    ]);
  });

  test('reports an unknown id and a missing or blank reason, each with its path', () => {
    const violations = run(
      suppressionValidRule,
      withSuppressions([
        { id: 'OKLDAP-999', reason: 'typo' },
        { id: 'OKLDAP-111', reason: '  ' },
        { id: 'OKLDAP-106' } as unknown as ValidationSuppression,
      ]),
    );
    expect(violations.map((v) => [v.path, v.value, v.message])).toEqual([
      ['suppressions[0].id', 'OKLDAP-999', "'OKLDAP-999' is not the id of a validation rule"],
      ['suppressions[1].reason', '  ', 'a suppression needs a reason'],
      ['suppressions[2].reason', undefined, 'a suppression needs a reason'],
    ]);
  });
});

describe('validateIntegration with suppressions', () => {
  test('a suppressed warning moves from warnings to suppressed, with its reason', () => {
    const base = input(); // the JumpCloud recipe: OKLDAP-111 (entrydn)
    expect(validateIntegration(base).warnings.map((w) => w.ruleId)).toContain('OKLDAP-111');
    const result = validateIntegration({
      ...base,
      suppressions: [{ id: 'OKLDAP-111', reason: 'JumpCloud offers no entryuuid' }],
    });
    expect(result.warnings.map((w) => w.ruleId)).not.toContain('OKLDAP-111');
    expect(result.suppressed).toEqual([
      {
        violation: expect.objectContaining({ ruleId: 'OKLDAP-111' }),
        reason: 'JumpCloud offers no entryuuid',
      },
    ]);
    expect(result.errors).toEqual([]);
  });

  test('a suppression without a reason suppresses nothing (and is an error)', () => {
    const result = validateIntegration({ ...input(), suppressions: [{ id: 'OKLDAP-111', reason: '' }] });
    expect(result.warnings.map((w) => w.ruleId)).toContain('OKLDAP-111');
    expect(result.suppressed).toEqual([]);
    expect(result.errors.map((e) => [e.ruleId, e.path])).toEqual([['OKLDAP-401', 'suppressions[0].reason']]);
  });
});

describe('suppressionValidRuleFor', () => {
  test('checks suppressions against the rule list it is handed, read once when it first runs', () => {
    let reads = 0;
    const rule = suppressionValidRuleFor(() => {
      reads++;
      return [{ id: 'OKLDAP-999', severity: 'warning', title: 'a warning', check: () => [] }];
    });
    expect(reads).toBe(0);
    const suppressed = withSuppressions([{ id: 'OKLDAP-999', reason: 'accepted' }]);
    expect(run(rule, suppressed)).toEqual([]);
    expect(run(rule, withSuppressions([{ id: 'OKLDAP-111', reason: 'x' }])).map((v) => v.message)).toEqual([
      "'OKLDAP-111' is not the id of a validation rule",
    ]);
    expect(reads).toBe(1);
  });
});
