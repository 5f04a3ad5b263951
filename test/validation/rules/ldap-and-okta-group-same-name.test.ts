import { ldapAndOktaGroupSameNameRule } from '../../../lib/validation/rules/ldap-and-okta-group-same-name';
import { input, run, VALID_MAPPINGS } from './rule-fixtures';

describe('OKLDAP-206 Okta group named like an LDAP group (warning)', () => {
  test('passes distinct names, and names differing only in letter case', () => {
    expect(run(ldapAndOktaGroupSameNameRule, input(undefined, VALID_MAPPINGS))).toEqual([]);
  });

  test('warns when an Okta group has exactly the name of a mapped LDAP group', () => {
    const groupMappings = [
      { ldapGroup: 'admins', oktaGroup: 'admins' },
      { ldapGroup: 'eng', oktaGroup: 'Engineering' },
    ];
    expect(run(ldapAndOktaGroupSameNameRule, input(undefined, { groupMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-206',
        severity: 'warning',
        path: 'groupMappings[0].oktaGroup',
        value: 'admins',
        message:
          "Okta group 'admins' has the same name as an imported LDAP group; Okta would hold two groups called 'admins' (one imported, one filled by a rule)",
        fix: "Give groupMappings[0].oktaGroup a distinct name, e.g. 'admins (Okta)'",
      },
    ]);
  });

  test('also when the LDAP group is that of another mapping', () => {
    const groupMappings = [
      { ldapGroup: 'eng', oktaGroup: 'Engineering' },
      { ldapGroup: 'dev', oktaGroup: 'eng' },
    ];
    expect(run(ldapAndOktaGroupSameNameRule, input(undefined, { groupMappings })).map((v) => v.path)).toEqual(
      ['groupMappings[1].oktaGroup'],
    );
  });
});
