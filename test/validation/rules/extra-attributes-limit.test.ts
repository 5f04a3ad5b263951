import { extraAttributesLimitRule } from '../../../lib/validation/rules/extra-attributes-limit';
import { input, jumpCloud, run } from './rule-fixtures';

const attrs = (names: string[]) => names.map((ldapAttribute) => ({ ldapAttribute }));

describe('OKLDAP-112 at most 4 extra attributes', () => {
  test('passes 0 and 4', () => {
    expect(run(extraAttributesLimitRule, input(jumpCloud()))).toEqual([]);
    expect(
      run(
        extraAttributesLimitRule,
        input(jumpCloud({ user: { extraAttributes: attrs(['a', 'b', 'c', 'd']) } })),
      ),
    ).toEqual([]);
  });

  test('reports 5', () => {
    const names = ['employeeType', 'title', 'departmentNumber', 'manager', 'mobile'];
    expect(
      run(extraAttributesLimitRule, input(jumpCloud({ user: { extraAttributes: attrs(names) } }))),
    ).toEqual([
      {
        ruleId: 'OKLDAP-112',
        severity: 'error',
        path: 'directory.user.extraAttributes',
        value: names,
        message:
          '5 extra user attributes (employeeType, title, departmentNumber, manager, mobile); Okta accepts at most 4',
        fix: 'Keep at most 4 entries in directory.user.extraAttributes',
      },
    ]);
  });
});
