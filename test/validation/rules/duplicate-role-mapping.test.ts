import { OktaAdminRole } from '../../../lib/mappings/mapping-types';
import { duplicateRoleMappingRule } from '../../../lib/validation/rules/duplicate-role-mapping';
import { input, run, VALID_MAPPINGS } from './rule-fixtures';

describe('OKLDAP-204 duplicate role mappings', () => {
  test('passes one group with two different roles', () => {
    expect(run(duplicateRoleMappingRule, input(undefined, VALID_MAPPINGS))).toEqual([]);
    const roleMappings = [
      { ldapGroup: 'helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN },
      { ldapGroup: 'helpdesk', role: OktaAdminRole.READ_ONLY_ADMIN },
    ];
    expect(run(duplicateRoleMappingRule, input(undefined, { roleMappings }))).toEqual([]);
  });

  test('reports the same group and role twice', () => {
    const roleMappings = [
      { ldapGroup: 'helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['00g1'] },
      { ldapGroup: 'HelpDesk', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['00g2'] },
    ];
    expect(run(duplicateRoleMappingRule, input(undefined, { roleMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-204',
        severity: 'error',
        path: 'roleMappings[1]',
        value: { ldapGroup: 'HelpDesk', role: 'HELP_DESK_ADMIN' },
        message:
          "LDAP group 'HelpDesk' already gets role HELP_DESK_ADMIN from roleMappings[0]; a group holds each role once",
        fix: 'Remove roleMappings[1] and put its targets into roleMappings[0]',
      },
    ]);
  });
});
