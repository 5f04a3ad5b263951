import {
  appGroupSearch,
  defaultOktaGroupDescription,
  groupRuleExpression,
  groupRuleExpressionId,
  oktaSearchString,
} from '../../lib/mappings/okta-expressions';

describe('the Okta-side texts of a group mapping', () => {
  test('the exact lookup searches type APP_GROUP and the exact profile name', () => {
    expect(appGroupSearch('engineering')).toBe('type eq "APP_GROUP" and profile.name eq "engineering"');
  });

  test('the search escapes backslashes and double quotes in the name', () => {
    expect(oktaSearchString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(appGroupSearch('x" or type eq "OKTA_GROUP')).toBe(
      'type eq "APP_GROUP" and profile.name eq "x\\" or type eq \\"OKTA_GROUP"',
    );
  });

  test('the group rule expression names the group by id, and the id reads back', () => {
    expect(groupRuleExpression('00g1')).toBe('isMemberOfAnyGroup("00g1")');
    expect(groupRuleExpressionId(groupRuleExpression('${data.okta_groups.x.groups[0].id}'))).toBe(
      '${data.okta_groups.x.groups[0].id}',
    );
    expect(groupRuleExpressionId('isMemberOfGroupName("x")')).toBeUndefined();
  });

  test('the default description of a created Okta group names its LDAP group', () => {
    expect(defaultOktaGroupDescription({ ldapGroup: 'engineering' })).toBe(
      'Members of LDAP group engineering (managed by cdktf-okta-ldap)',
    );
  });
});
