import { ALL_RULES } from '../../lib/validation/all-rules';
import { DIRECTORY_PROFILES } from '../../lib/presets/directory-profiles';
import { JUMPCLOUD_PROFILE } from '../../lib/presets/jumpcloud/jumpcloud-profile';
import { GENERIC_RULES } from '../../lib/validation/rules';
import { input, jumpCloud } from './rules/rule-fixtures';

describe('ALL_RULES', () => {
  test('the generic rules and every profile rule, once each, in id order', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect([...ids].sort()).toEqual(ids);
    expect(ids).toEqual(
      [...GENERIC_RULES, ...DIRECTORY_PROFILES.flatMap((p) => p.rules)].map((r) => r.id).sort(),
    );
    expect(JUMPCLOUD_PROFILE.rules.map((r) => r.id)).toEqual([
      'OKLDAP-104',
      'OKLDAP-105',
      'OKLDAP-106',
      'OKLDAP-121',
    ]);
    expect(ids.slice(0, 7)).toEqual([
      'OKLDAP-101',
      'OKLDAP-102',
      'OKLDAP-103',
      'OKLDAP-104',
      'OKLDAP-105',
      'OKLDAP-106',
      'OKLDAP-107',
    ]);
    expect(GENERIC_RULES.map((r) => r.id)).not.toContain('OKLDAP-104');
  });

  test("its OKLDAP-401 accepts a suppression of a profile's warning; the generic list's does not know it", () => {
    const suppressing = { ...input(jumpCloud()), suppressions: [{ id: 'OKLDAP-106', reason: 'a test org' }] };
    const ruleOf = (rules: typeof ALL_RULES) => rules.find((r) => r.id === 'OKLDAP-401')!;
    expect(ruleOf(ALL_RULES).check(suppressing)).toEqual([]);
    expect(ruleOf(GENERIC_RULES).check(suppressing)).toEqual([
      {
        ruleId: 'OKLDAP-401',
        severity: 'error',
        path: 'suppressions[0].id',
        value: 'OKLDAP-106',
        message: "'OKLDAP-106' is not the id of a validation rule",
        fix: 'Use the id of a warning rule as printed in its message or listed in RULES.md, e.g. OKLDAP-111',
      },
    ]);
  });
});
