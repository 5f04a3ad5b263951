import { duplicateGroupRuleNameRule } from '../../../lib/validation/rules/duplicate-group-rule-name';
import { input, run, VALID_MAPPINGS } from './rule-fixtures';

describe('OKLDAP-203 duplicate group rule names', () => {
  test('passes distinct names', () => {
    expect(run(duplicateGroupRuleNameRule, input(undefined, VALID_MAPPINGS))).toEqual([]);
  });

  test("reports an explicit name equal to another mapping's default name", () => {
    const groupMappings = [
      { ldapGroup: 'eng', oktaGroup: 'Engineering' },
      { ldapGroup: 'dev', oktaGroup: 'Developers', ruleName: 'ldap eng to engineering' },
    ];
    expect(run(duplicateGroupRuleNameRule, input(undefined, { groupMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-203',
        severity: 'error',
        path: 'groupMappings[1].ruleName',
        value: 'ldap eng to engineering',
        message:
          "group rule name 'ldap eng to engineering' is already used by groupMappings[0]; group rule names must be unique",
        fix: 'Set groupMappings[1].ruleName to a name no other mapping uses',
      },
    ]);
  });
});
