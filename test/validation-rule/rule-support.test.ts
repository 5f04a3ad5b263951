import { parseDn } from '../../lib/ldap-names/dn';
import {
  blankProblem,
  checkableGroupRuleName,
  comparableDn,
  dnFields,
  isDnOutside,
  isWholeNumberIn,
  settingValues,
} from '../../lib/validation-rule/rule-support';
import { input, openLdap, stringToken } from '../validation/rules/rule-fixtures';

describe('settingValues and dnFields', () => {
  const { settings } = input(openLdap({ agent: { port: 10636 } }));

  test('read the fields at section.key paths, in the order asked, with the path the user wrote', () => {
    expect(settingValues(settings, ['agent.port', 'agent.host', 'role.objectClass'])).toEqual([
      { path: 'directory.agent.port', value: 10636 },
      { path: 'directory.agent.host', value: 'ldap.example.com' },
      { path: 'directory.role.objectClass', value: undefined },
    ]);
  });

  test('dnFields lists the root DN, the bind DN and the two search bases', () => {
    expect(dnFields(settings)).toEqual([
      { path: 'directory.agent.rootDn', value: 'dc=example,dc=com' },
      { path: 'directory.agent.bindDn', value: 'cn=okta-agent,ou=services,dc=example,dc=com' },
      { path: 'directory.user.searchBase', value: 'ou=people,dc=example,dc=com' },
      { path: 'directory.group.searchBase', value: 'ou=groups,dc=example,dc=com' },
    ]);
  });
});

describe('comparableDn and isDnOutside', () => {
  const root = parseDn('dc=example,dc=com');

  test('comparableDn parses a valid, non-empty DN and nothing else', () => {
    expect(comparableDn('ou=People,dc=example,dc=com')).toHaveLength(3);
    for (const bad of ['', 'not a dn', stringToken('dc=example,dc=com'), undefined, 42]) {
      expect(comparableDn(bad)).toBeUndefined();
    }
  });

  test('isDnOutside is true only for a comparable DN that is neither the ancestor nor below it', () => {
    expect(isDnOutside('ou=People,dc=other,dc=com', root)).toBe(true);
    expect(isDnOutside('ou=People,DC=Example,dc=com', root)).toBe(false);
    expect(isDnOutside('dc=example,dc=com', root)).toBe(false);
    expect(isDnOutside('', root)).toBe(false);
    expect(isDnOutside('not a dn', root)).toBe(false);
    expect(isDnOutside(stringToken('dc=other'), root)).toBe(false);
  });
});

describe('blankProblem', () => {
  test('says missing for a non-string and quotes a blank string', () => {
    expect(blankProblem(undefined)).toBe('missing');
    expect(blankProblem(null)).toBe('missing');
    expect(blankProblem(3)).toBe('missing');
    expect(blankProblem(' \t')).toBe("blank (' \\t')");
  });

  test('finds nothing wrong with text or a token', () => {
    expect(blankProblem('x')).toBeUndefined();
    expect(blankProblem(stringToken(''))).toBeUndefined();
  });
});

describe('isWholeNumberIn', () => {
  test('accepts whole numbers from min to max, both included', () => {
    expect([1, 2, 65535].map((n) => isWholeNumberIn(n, 1, 65535))).toEqual([true, true, true]);
    expect(isWholeNumberIn(10 ** 9, 1)).toBe(true);
  });

  test('refuses fractions, numbers out of range, NaN and numbers written as strings', () => {
    for (const value of [0, 65536, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '636', undefined]) {
      expect(isWholeNumberIn(value, 1, 65535)).toBe(false);
    }
  });
});

describe('checkableGroupRuleName', () => {
  test('is the rule name, else the default name', () => {
    expect(checkableGroupRuleName({ ldapGroup: 'eng', oktaGroup: 'Eng', ruleName: 'Mine' })).toBe('Mine');
    expect(checkableGroupRuleName({ ldapGroup: 'eng', oktaGroup: 'Eng' })).toBe('LDAP eng to Eng');
  });

  test('is undefined while the name or a group it is made of is a token', () => {
    expect(checkableGroupRuleName({ ldapGroup: stringToken('eng'), oktaGroup: 'Eng' })).toBeUndefined();
    expect(checkableGroupRuleName({ ldapGroup: 'eng', oktaGroup: stringToken('Eng') })).toBeUndefined();
    expect(
      checkableGroupRuleName({ ldapGroup: 'eng', oktaGroup: 'Eng', ruleName: stringToken('x') }),
    ).toBeUndefined();
  });
});
