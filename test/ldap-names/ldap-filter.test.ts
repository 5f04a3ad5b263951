import { EqualityFilter, AndFilter } from 'ldapts';
import {
  filterAttributeNames,
  ldapFilterProblem,
  LdapFilterSyntaxError,
  parseLdapFilter,
} from '../../lib/ldap-names/ldap-filter';

describe('parseLdapFilter', () => {
  test('returns the ldapts filter tree', () => {
    const filter = parseLdapFilter('(&(objectclass=inetorgperson)(uid=ann))');
    expect(filter).toBeInstanceOf(AndFilter);
    const [first] = (filter as AndFilter).filters;
    expect(first).toBeInstanceOf(EqualityFilter);
    expect((first as EqualityFilter).attribute).toBe('objectclass');
  });

  test.each([
    '(objectclass=inetorgperson)',
    '(objectclass=groupofnames)',
    '(&(objectclass=inetorgperson)(!(pwdlock=true)))',
    '(|(cn=a*)(mail~=b)(uidNumber>=1000)(uidNumber<=2000))',
    '(cn=*)',
    '(cn=a\\28b\\29)',
    '(cn:dn:2.5.13.5:=x)',
    '(memberOf=cn=admins,ou=Users,o=1,dc=jumpcloud,dc=com)',
  ])('accepts %s', (filter) => {
    expect(ldapFilterProblem(filter)).toBeUndefined();
  });

  test.each([
    ['', 'the filter is empty'],
    ['   ', 'the filter is empty'],
    ['objectclass=person', "a filter is enclosed in parentheses, e.g. '(objectclass=inetorgperson)'"],
    [' (cn=a)', "a filter starts with '(' and ends with ')': remove the spaces around it"],
    [
      '(objectclass=person',
      "the closing ')' is missing at the end: the '(' at character 1 is never closed: add its ')' (write a '(' inside a value as '\\28')",
    ],
    [
      'objectclass=person)',
      "the opening '(' is missing at the start: a filter is enclosed in parentheses, e.g. '(objectclass=inetorgperson)'",
    ],
    [
      '(&(cn=a)(cn=b',
      "the closing ')' is missing at the end: the '(' at characters 1, 9 are never closed: add their ')' (write a '(' inside a value as '\\28')",
    ],
    ['(cn=a))', "unbalanced ')' at character 7 (write a ')' inside a value as '\\29')"],
    [
      '(cn=a)(cn=b)',
      "text after the closing ')' at character 6; combine several filters with (&...) or (|...)",
    ],
    [
      '(&(cn=a)',
      "the '(' at character 1 is never closed: add its ')' (write a '(' inside a value as '\\28')",
    ],
    [
      '(cn=a(b)',
      "the '(' at character 1 is never closed: add its ')' (write a '(' inside a value as '\\28')",
    ],
    ['(&)', 'Missing paren: (&)'],
    ['(cn x)', 'Invalid expression: cn x'],
    ['(=x)', 'Invalid attribute name: =x'],
    ['(cn=\\zz)', 'Invalid escaped hex character: zz in value: \\zz'],
    ['(!(cn=a)(cn=b))', 'Unbalanced parens in filter string: (!(cn=a)(cn=b))'],
    [
      '(user_name=a)',
      "'user_name' is not an attribute name; expected a name (a letter, then letters, digits or '-', e.g. 'entryUUID') or a numeric OID (e.g. '2.5.4.3')",
    ],
  ])('rejects %j: %s', (filter, reason) => {
    expect(ldapFilterProblem(filter)).toBe(reason);
    expect(() => parseLdapFilter(filter)).toThrow(LdapFilterSyntaxError);
    expect(() => parseLdapFilter(filter)).toThrow(`invalid LDAP filter ${JSON.stringify(filter)}: ${reason}`);
  });

  test('ldapts messages lose their "Full string" tail', () => {
    expect(ldapFilterProblem('(&(cn=a)cn=b)')).toBe('Missing paren: (&(cn=a)cn=b)');
  });

  test('LdapFilterSyntaxError carries the filter and the reason', () => {
    try {
      parseLdapFilter('x');
      throw new Error('not thrown');
    } catch (err) {
      expect(LdapFilterSyntaxError.isLdapFilterSyntaxError(err)).toBe(true);
      expect((err as LdapFilterSyntaxError).filter).toBe('x');
      expect((err as LdapFilterSyntaxError).reason).toBe(
        "a filter is enclosed in parentheses, e.g. '(objectclass=inetorgperson)'",
      );
    }
  });
});

describe('filterAttributeNames', () => {
  test('lists each attribute once, in order of first use, as first written', () => {
    expect(
      filterAttributeNames('(&(objectClass=inetorgperson)(!(pwdlock=true))(|(OBJECTCLASS=x)(mail=*)))'),
    ).toEqual(['objectClass', 'pwdlock', 'mail']);
  });

  test('includes the attribute of an extensible match, not a bare matching rule', () => {
    expect(filterAttributeNames('(&(cn:dn:2.5.13.5:=x)(:dn:2.4.6.8.10:=y))')).toEqual(['cn']);
  });

  test('throws for an invalid filter', () => {
    expect(() => filterAttributeNames('(cn=a')).toThrow(LdapFilterSyntaxError);
  });
});
