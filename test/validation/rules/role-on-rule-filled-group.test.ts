import { OktaAdminRole } from '../../../lib/mappings/mapping-types';
import { roleOnRuleFilledGroupRule } from '../../../lib/validation/rules/role-on-rule-filled-group';
import { input, run, VALID_MAPPINGS } from './rule-fixtures';

describe('OKLDAP-205 admin role on a rule-filled group', () => {
  test('passes roles on imported LDAP groups', () => {
    expect(run(roleOnRuleFilledGroupRule, input(undefined, VALID_MAPPINGS))).toEqual([]);
    const mappings = {
      groupMappings: [{ ldapGroup: 'admins', oktaGroup: 'Admins' }],
      roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.ORG_ADMIN }],
    };
    expect(run(roleOnRuleFilledGroupRule, input(undefined, mappings))).toEqual([]);
  });

  test('reports a role mapping that names the Okta group a rule fills', () => {
    const mappings = {
      groupMappings: [{ ldapGroup: 'okta-admins-ldap', oktaGroup: 'Okta Admins' }],
      roleMappings: [{ ldapGroup: 'okta admins', role: OktaAdminRole.SUPER_ADMIN }],
    };
    expect(run(roleOnRuleFilledGroupRule, input(undefined, mappings))).toEqual([
      {
        ruleId: 'OKLDAP-205',
        severity: 'error',
        path: 'roleMappings[0].ldapGroup',
        value: 'okta admins',
        message:
          "'okta admins' is the Okta group that the rule of groupMappings[0] fills; Okta does not allow an admin role (SUPER_ADMIN) on a group targeted by a group rule. A role mapping names an imported LDAP group",
        fix: "Set roleMappings[0].ldapGroup to the LDAP group (cn) whose members should hold the role, e.g. 'okta-admins-ldap'",
      },
    ]);
  });

  test('does not report when the name is also a mapped LDAP group (OKLDAP-206 warns instead)', () => {
    const mappings = {
      groupMappings: [{ ldapGroup: 'admins', oktaGroup: 'admins' }],
      roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.ORG_ADMIN }],
    };
    expect(run(roleOnRuleFilledGroupRule, input(undefined, mappings))).toEqual([]);
  });
});
