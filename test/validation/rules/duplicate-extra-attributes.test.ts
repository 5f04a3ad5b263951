import { duplicateExtraAttributesRule } from '../../../lib/validation/rules/duplicate-extra-attributes';
import { input, jumpCloud, run } from './rule-fixtures';

describe('OKLDAP-118 duplicate extra attributes', () => {
  test('passes distinct attributes and properties', () => {
    const settings = jumpCloud({
      user: {
        extraAttributes: [
          { ldapAttribute: 'employeeType' },
          { ldapAttribute: 'title', profileProperty: 'jobTitle' },
        ],
      },
    });
    expect(run(duplicateExtraAttributesRule, input(settings))).toEqual([]);
  });

  test('reports the same LDAP attribute in another letter case, once', () => {
    const settings = jumpCloud({
      user: { extraAttributes: [{ ldapAttribute: 'employeeType' }, { ldapAttribute: 'EMPLOYEETYPE' }] },
    });
    expect(run(duplicateExtraAttributesRule, input(settings))).toEqual([
      {
        ruleId: 'OKLDAP-118',
        severity: 'error',
        path: 'directory.user.extraAttributes[1].ldapAttribute',
        value: 'EMPLOYEETYPE',
        message:
          "LDAP attribute 'EMPLOYEETYPE' is already imported by directory.user.extraAttributes[0]; each LDAP attribute may be imported once",
        fix: 'Remove directory.user.extraAttributes[1]',
      },
    ]);
  });

  test('reports two attributes feeding one profile property', () => {
    const settings = jumpCloud({
      user: {
        extraAttributes: [
          { ldapAttribute: 'title' },
          { ldapAttribute: 'jobTitle', profileProperty: 'Title' },
        ],
      },
    });
    expect(run(duplicateExtraAttributesRule, input(settings))).toEqual([
      {
        ruleId: 'OKLDAP-118',
        severity: 'error',
        path: 'directory.user.extraAttributes[1].profileProperty',
        value: 'Title',
        message:
          "profile property 'Title' is already used by directory.user.extraAttributes[0]; each app profile property may exist once",
        fix: 'Give directory.user.extraAttributes[1] another profileProperty',
      },
    ]);
  });
});
