import { groupRuleNameLengthRule } from '../../../lib/validation/rules/group-rule-name-length';
import { input, run, stringToken, VALID_MAPPINGS } from './rule-fixtures';

const FIX = (i: number) =>
  `Set groupMappings[${i}].ruleName to a name of 1 to 50 bytes (UTF-8: an accented letter takes 2 bytes, most emoji 4)`;

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
        message: `default group rule name '${name}' has 51 bytes; Okta allows 1 to 50 bytes`,
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
        message: `group rule name '${'x'.repeat(51)}' has 51 bytes; Okta allows 1 to 50 bytes`,
        fix: FIX(1),
      },
      {
        ruleId: 'OKLDAP-201',
        severity: 'error',
        path: 'groupMappings[2].ruleName',
        value: ' ',
        message: "group rule name ' ' is empty; Okta allows 1 to 50 bytes",
        fix: FIX(2),
      },
    ]);
  });

  test('counts UTF-8 bytes as the okta provider does: 30 accented letters are 60 bytes', () => {
    const name = 'é'.repeat(30);
    expect(
      run(
        groupRuleNameLengthRule,
        input(undefined, { groupMappings: [{ ldapGroup: 'a', oktaGroup: 'b', ruleName: name }] }),
      ),
    ).toEqual([
      {
        ruleId: 'OKLDAP-201',
        severity: 'error',
        path: 'groupMappings[0].ruleName',
        value: name,
        message: `group rule name '${name}' has 60 bytes in UTF-8 (30 characters); Okta allows 1 to 50 bytes`,
        fix: FIX(0),
      },
    ]);
    // 25 two-byte letters and 12 four-byte emoji + 2 ASCII are exactly 50 bytes: allowed.
    for (const ok of ['é'.repeat(25), `${'😀'.repeat(12)}ab`]) {
      expect(
        run(
          groupRuleNameLengthRule,
          input(undefined, { groupMappings: [{ ldapGroup: 'a', oktaGroup: 'b', ruleName: ok }] }),
        ),
      ).toEqual([]);
    }
  });

  test('skips tokens', () => {
    expect(
      run(
        groupRuleNameLengthRule,
        input(undefined, { groupMappings: [{ ldapGroup: stringToken('x'.repeat(60)), oktaGroup: 'b' }] }),
      ),
    ).toEqual([]);
  });
});
