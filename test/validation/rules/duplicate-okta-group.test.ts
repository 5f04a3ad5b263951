import { duplicateOktaGroupRule } from '../../../lib/validation/rules/duplicate-okta-group';
import { input, run, VALID_MAPPINGS } from './rule-fixtures';

describe('OKLDAP-202 two mappings fill the same Okta group', () => {
  test('passes distinct Okta groups, and one LDAP group feeding two Okta groups', () => {
    expect(run(duplicateOktaGroupRule, input(undefined, VALID_MAPPINGS))).toEqual([]);
    const groupMappings = [
      { ldapGroup: 'eng', oktaGroup: 'Engineering' },
      { ldapGroup: 'eng', oktaGroup: 'Everyone in Eng' },
    ];
    expect(run(duplicateOktaGroupRule, input(undefined, { groupMappings }))).toEqual([]);
  });

  test('reports two LDAP groups filling one Okta group (case-insensitive)', () => {
    const groupMappings = [
      { ldapGroup: 'eng', oktaGroup: 'Engineering' },
      { ldapGroup: 'dev', oktaGroup: 'engineering' },
    ];
    expect(run(duplicateOktaGroupRule, input(undefined, { groupMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-202',
        severity: 'error',
        path: 'groupMappings[1].oktaGroup',
        value: 'engineering',
        message:
          "Okta group 'engineering' is already filled by groupMappings[0]; each Okta group may be the target of one mapping (Okta group names are unique)",
        fix: 'Give groupMappings[1] another oktaGroup, or remove it',
      },
    ]);
  });

  test('reports the same pair written twice', () => {
    const groupMappings = [
      { ldapGroup: 'eng', oktaGroup: 'Engineering' },
      { ldapGroup: 'x', oktaGroup: 'X' },
      { ldapGroup: 'ENG', oktaGroup: 'Engineering' },
    ];
    expect(run(duplicateOktaGroupRule, input(undefined, { groupMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-202',
        severity: 'error',
        path: 'groupMappings[2].oktaGroup',
        value: 'Engineering',
        message: "mapping 'ENG' -> 'Engineering' is the same as groupMappings[0]; each pair may appear once",
        fix: 'Remove groupMappings[2]',
      },
    ]);
  });
});
