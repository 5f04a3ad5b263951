import {
  defaultGroupRuleName,
  effectiveGroupRuleName,
  GROUP_RULE_NAME_MAX_LENGTH,
} from '../../lib/mappings/group-rule-name';

describe('group rule names', () => {
  test('the default name is "LDAP <ldapGroup> to <oktaGroup>", not shortened', () => {
    expect(defaultGroupRuleName({ ldapGroup: 'engineering', oktaGroup: 'Engineering' })).toBe(
      'LDAP engineering to Engineering',
    );
    const long = defaultGroupRuleName({ ldapGroup: 'a'.repeat(41), oktaGroup: 'B' });
    expect(long).toBe(`LDAP ${'a'.repeat(41)} to B`);
    expect(long.length).toBeGreaterThan(GROUP_RULE_NAME_MAX_LENGTH);
  });

  test('an explicit ruleName wins, even an empty one (validation reports it)', () => {
    expect(effectiveGroupRuleName({ ldapGroup: 'a', oktaGroup: 'b', ruleName: 'Mine' })).toBe('Mine');
    expect(effectiveGroupRuleName({ ldapGroup: 'a', oktaGroup: 'b', ruleName: '' })).toBe('');
    expect(effectiveGroupRuleName({ ldapGroup: 'a', oktaGroup: 'b' })).toBe('LDAP a to b');
  });
});
