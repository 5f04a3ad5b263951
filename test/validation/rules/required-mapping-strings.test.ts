import { OktaAdminRole } from '../../../lib/mappings/mapping-types';
import { requiredMappingStringsRule } from '../../../lib/validation/rules/required-mapping-strings';
import { input, run, stringToken, VALID_MAPPINGS } from './rule-fixtures';

describe('OKLDAP-208 required mapping strings', () => {
  test('passes typical mappings, and no mappings at all', () => {
    expect(run(requiredMappingStringsRule, input(undefined, VALID_MAPPINGS))).toEqual([]);
    expect(run(requiredMappingStringsRule, input())).toEqual([]);
  });

  test('reports a blank user mapping expression', () => {
    expect(run(requiredMappingStringsRule, input(undefined, { userMappings: { email: '' } }))).toEqual([
      {
        ruleId: 'OKLDAP-208',
        severity: 'error',
        path: 'userMappings.email',
        value: '',
        message: "the expression is blank (''); it must be a non-empty string",
        fix: "Map a named Okta attribute to an LDAP app user expression, e.g. userMappings: { email: 'appuser.email' }, or remove the entry",
      },
    ]);
  });

  test('reports a blank group name', () => {
    expect(
      run(
        requiredMappingStringsRule,
        input(undefined, { groupMappings: [{ ldapGroup: 'eng', oktaGroup: ' ' }] }),
      ),
    ).toEqual([
      {
        ruleId: 'OKLDAP-208',
        severity: 'error',
        path: 'groupMappings[0].oktaGroup',
        value: ' ',
        message: "the Okta group name is blank (' '); it must be a non-empty string",
        fix: 'Set groupMappings[0].oktaGroup, or remove the entry',
      },
    ]);
  });

  test('reports every blank name by path', () => {
    const violations = run(
      requiredMappingStringsRule,
      input(undefined, {
        userMappings: { '': 'appuser.x' },
        groupMappings: [{ ldapGroup: '', oktaGroup: 'A' }],
        roleMappings: [{ ldapGroup: '', role: OktaAdminRole.ORG_ADMIN }],
        passwordPolicy: { name: '' },
      }),
    );
    expect(violations.map((v) => [v.path, v.message])).toEqual([
      ['userMappings[""]', "the Okta attribute name (the key) is blank (''); it must be a non-empty string"],
      ['groupMappings[0].ldapGroup', "the LDAP group name is blank (''); it must be a non-empty string"],
      ['roleMappings[0].ldapGroup', "the LDAP group name is blank (''); it must be a non-empty string"],
      ['passwordPolicy.name', "the policy name is blank (''); it must be a non-empty string"],
    ]);
  });

  test('skips tokens', () => {
    expect(
      run(
        requiredMappingStringsRule,
        input(undefined, { groupMappings: [{ ldapGroup: stringToken(''), oktaGroup: 'A' }] }),
      ),
    ).toEqual([]);
  });
});
