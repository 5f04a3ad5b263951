import { ldapFilterSyntaxRule } from '../../../lib/validation/rules/ldap-filter-syntax';
import { input, jumpCloud, run, stringToken } from './rule-fixtures';

const FORM =
  "A filter looks like '(objectclass=inetorgperson)' or '(&(objectclass=person)(!(pwdlock=true)))'";
const FIX = 'Correct the filter (RFC 4515); write ( ) * \\ inside a value as \\28 \\29 \\2a \\5c';

describe('OKLDAP-107 filter syntax', () => {
  test('passes the preset filters and compound filters', () => {
    expect(run(ldapFilterSyntaxRule, input(jumpCloud()))).toEqual([]);
    expect(
      run(
        ldapFilterSyntaxRule,
        input(jumpCloud({ user: { objectFilter: '(&(objectclass=inetorgperson)(!(pwdlock=true)))' } })),
      ),
    ).toEqual([]);
  });

  test('reports a filter without parentheses', () => {
    expect(
      run(ldapFilterSyntaxRule, input(jumpCloud({ user: { objectFilter: 'objectclass=inetorgperson' } }))),
    ).toEqual([
      {
        ruleId: 'OKLDAP-107',
        severity: 'error',
        path: 'directory.user.objectFilter',
        value: 'objectclass=inetorgperson',
        message: `'objectclass=inetorgperson' is not a valid LDAP filter: a filter is enclosed in parentheses, e.g. '(objectclass=inetorgperson)'. ${FORM}`,
        fix: FIX,
      },
    ]);
  });

  test('reports an ldapts parse error of the group filter', () => {
    expect(
      run(ldapFilterSyntaxRule, input(jumpCloud({ group: { objectFilter: '(objectclass groupofnames)' } }))),
    ).toEqual([
      {
        ruleId: 'OKLDAP-107',
        severity: 'error',
        path: 'directory.group.objectFilter',
        value: '(objectclass groupofnames)',
        message: `'(objectclass groupofnames)' is not a valid LDAP filter: Invalid expression: objectclass groupofnames. ${FORM}`,
        fix: FIX,
      },
    ]);
  });

  test('reports an unclosed parenthesis', () => {
    const violations = run(
      ldapFilterSyntaxRule,
      input(jumpCloud({ user: { objectFilter: '(&(objectclass=person)' } })),
    );
    expect(violations.map((v) => v.message)).toEqual([
      `'(&(objectclass=person)' is not a valid LDAP filter: the '(' at character 1 is never closed: add its ')' (write a '(' inside a value as '\\28'). ${FORM}`,
    ]);
  });

  test('skips tokens', () => {
    expect(run(ldapFilterSyntaxRule, input(jumpCloud({ user: { objectFilter: stringToken('x') } })))).toEqual(
      [],
    );
  });
});
