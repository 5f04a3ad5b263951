import { groupRuleNameLengthRule } from '../../../lib/validation/rules/group-rule-name-length';
import { input, run, stringToken, VALID_MAPPINGS } from './rule-fixtures';

const FIX = (i: number) => `Set groupMappings[${i}].ruleName to a name of 1 to 50 characters`;

describe('OKLDAP-201 group rule name length', () => {
  test('passes typical mappings and a 50-character default name', () => {
    expect(run(groupRuleNameLengthRule, input(undefined, VALID_MAPPINGS))).toEqual([]);
    // "LDAP " + 30 + " to " + 11 = 50
    const mapping = { ldapGroup: 'a'.repeat(30), oktaGroup: 'b'.repeat(11) };
    expect(run(groupRuleNameLengthRule, input(undefined, { groupMappings: [mapping] }))).toEqual([]);
  });

  test('reports a default name of 51 characters', () => {
    const mapping = { ldapGroup: 'a'.repeat(30), oktaGroup: 'b'.repeat(12) };
    const name = `LDAP ${'a'.repeat(30)} to ${'b'.repeat(12)}`;
    expect(run(groupRuleNameLengthRule, input(undefined, { groupMappings: [mapping] }))).toEqual([
      {
        ruleId: 'OKLDAP-201',
        severity: 'error',
        path: 'groupMappings[0].ruleName',
        value: name,
        message: `default group rule name '${name}' has 51 characters; Okta allows 1 to 50`,
        fix: FIX(0),
      },
    ]);
  });

  test('reports an explicit name that is too long or empty', () => {
    const groupMappings = [
      { ldapGroup: 'a', oktaGroup: 'A' },
      { ldapGroup: 'b', oktaGroup: 'B', ruleName: 'x'.repeat(51) },
      { ldapGroup: 'c', oktaGroup: 'C', ruleName: ' ' },
    ];
    expect(run(groupRuleNameLengthRule, input(undefined, { groupMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-201',
        severity: 'error',
        path: 'groupMappings[1].ruleName',
        value: 'x'.repeat(51),
        message: `group rule name '${'x'.repeat(51)}' has 51 characters; Okta allows 1 to 50`,
        fix: FIX(1),
      },
      {
        ruleId: 'OKLDAP-201',
        severity: 'error',
        path: 'groupMappings[2].ruleName',
        value: ' ',
        message: "group rule name ' ' is empty; Okta allows 1 to 50",
        fix: FIX(2),
      },
    ]);
  });

  test('counts characters, not UTF-16 units, and skips tokens', () => {
    expect(
      run(
        groupRuleNameLengthRule,
        input(undefined, { groupMappings: [{ ldapGroup: 'a', oktaGroup: 'b', ruleName: '😀'.repeat(50) }] }),
      ),
    ).toEqual([]);
    expect(
      run(
        groupRuleNameLengthRule,
        input(undefined, { groupMappings: [{ ldapGroup: stringToken('x'.repeat(60)), oktaGroup: 'b' }] }),
      ),
    ).toEqual([]);
  });
});
