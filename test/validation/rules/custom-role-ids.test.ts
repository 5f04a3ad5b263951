import { OktaAdminRole } from '../../../lib/mappings/mapping-types';
import { customRoleIdsRule } from '../../../lib/validation/rules/custom-role-ids';
import { duplicateRoleMappingRule } from '../../../lib/validation/rules/duplicate-role-mapping';
import { input, run, stringToken } from './rule-fixtures';

const NEEDS = (field: string) =>
  `role CUSTOM needs ${field}: Okta assigns a custom role only with the id of the role (roleId, e.g. 'cr0…') and of the resource set it applies to (resourceSetId, e.g. 'iam…')`;
const NEEDS_FIX = (i: number, field: string) =>
  `Set roleMappings[${i}].${field} (Security > Administrators > Roles / Resources in the Admin Console), or use a standard role`;

describe('OKLDAP-213 custom role ids', () => {
  test('passes a CUSTOM role with both ids, standard roles without them, and tokens', () => {
    const roleMappings = [
      { ldapGroup: 'g', role: OktaAdminRole.CUSTOM, roleId: 'cr0abc', resourceSetId: 'iamxyz' },
      { ldapGroup: 'h', role: OktaAdminRole.READ_ONLY_ADMIN },
      { ldapGroup: 'i', role: OktaAdminRole.CUSTOM, roleId: stringToken(), resourceSetId: stringToken() },
    ];
    expect(run(customRoleIdsRule, input(undefined, { roleMappings }))).toEqual([]);
  });

  test('reports a CUSTOM role without roleId, or with a blank resourceSetId', () => {
    const roleMappings = [
      { ldapGroup: 'g', role: OktaAdminRole.CUSTOM, resourceSetId: 'iamxyz' },
      { ldapGroup: 'h', role: OktaAdminRole.CUSTOM, roleId: 'cr0abc', resourceSetId: ' ' },
    ];
    expect(run(customRoleIdsRule, input(undefined, { roleMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-213',
        severity: 'error',
        path: 'roleMappings[0].roleId',
        value: null,
        message: NEEDS('roleId'),
        fix: NEEDS_FIX(0, 'roleId'),
      },
      {
        ruleId: 'OKLDAP-213',
        severity: 'error',
        path: 'roleMappings[1].resourceSetId',
        value: ' ',
        message: NEEDS('resourceSetId'),
        fix: NEEDS_FIX(1, 'resourceSetId'),
      },
    ]);
  });

  test('refuses roleId and resourceSetId on a standard role', () => {
    const roleMappings = [
      { ldapGroup: 'g', role: OktaAdminRole.HELP_DESK_ADMIN, roleId: 'cr0abc', resourceSetId: 'iamxyz' },
    ];
    expect(run(customRoleIdsRule, input(undefined, { roleMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-213',
        severity: 'error',
        path: 'roleMappings[0].roleId',
        value: 'cr0abc',
        message: 'role HELP_DESK_ADMIN is a standard role; roleId is only for role CUSTOM',
        fix: 'Remove roleMappings[0].roleId, or set role to OktaAdminRole.CUSTOM',
      },
      {
        ruleId: 'OKLDAP-213',
        severity: 'error',
        path: 'roleMappings[0].resourceSetId',
        value: 'iamxyz',
        message: 'role HELP_DESK_ADMIN is a standard role; resourceSetId is only for role CUSTOM',
        fix: 'Remove roleMappings[0].resourceSetId, or set role to OktaAdminRole.CUSTOM',
      },
    ]);
  });

  test('one LDAP group may hold two different custom roles (OKLDAP-204 compares role and resource set)', () => {
    const roleMappings = [
      { ldapGroup: 'g', role: OktaAdminRole.CUSTOM, roleId: 'cr0a', resourceSetId: 'iam1' },
      { ldapGroup: 'g', role: OktaAdminRole.CUSTOM, roleId: 'cr0b', resourceSetId: 'iam1' },
    ];
    expect(run(duplicateRoleMappingRule, input(undefined, { roleMappings }))).toEqual([]);
    expect(
      run(duplicateRoleMappingRule, input(undefined, { roleMappings: [roleMappings[0]!, roleMappings[0]!] })),
    ).toHaveLength(1);
  });
});
