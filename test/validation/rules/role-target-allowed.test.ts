import { OktaAdminRole } from '../../../lib/mappings/mapping-types';
import { roleTargetAllowedRule } from '../../../lib/validation/rules/role-target-allowed';
import { input, run } from './rule-fixtures';

describe('OKLDAP-209 role targets where the role allows them', () => {
  test.each([OktaAdminRole.GROUP_MEMBERSHIP_ADMIN, OktaAdminRole.HELP_DESK_ADMIN, OktaAdminRole.USER_ADMIN])(
    '%s takes group targets',
    (role) => {
      expect(
        run(
          roleTargetAllowedRule,
          input(undefined, { roleMappings: [{ ldapGroup: 'g', role, targetGroupIds: ['00g1'] }] }),
        ),
      ).toEqual([]);
    },
  );

  test('APP_ADMIN takes app targets; empty target lists are ignored', () => {
    const roleMappings = [
      { ldapGroup: 'g', role: OktaAdminRole.APP_ADMIN, targetApps: ['salesforce'] },
      { ldapGroup: 'h', role: OktaAdminRole.ORG_ADMIN, targetApps: [], targetGroupIds: [] },
    ];
    expect(run(roleTargetAllowedRule, input(undefined, { roleMappings }))).toEqual([]);
  });

  test('reports group targets on APP_ADMIN', () => {
    const roleMappings = [{ ldapGroup: 'g', role: OktaAdminRole.APP_ADMIN, targetGroupIds: ['00g1'] }];
    expect(run(roleTargetAllowedRule, input(undefined, { roleMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-209',
        severity: 'error',
        path: 'roleMappings[0].targetGroupIds',
        value: ['00g1'],
        message:
          'role APP_ADMIN does not take group targets; targetGroupIds is allowed only for GROUP_MEMBERSHIP_ADMIN, HELP_DESK_ADMIN, USER_ADMIN',
        fix: 'Remove roleMappings[0].targetGroupIds, or use one of GROUP_MEMBERSHIP_ADMIN, HELP_DESK_ADMIN, USER_ADMIN',
      },
    ]);
  });

  test('reports app targets on USER_ADMIN', () => {
    const roleMappings = [{ ldapGroup: 'g', role: OktaAdminRole.USER_ADMIN, targetApps: ['x'] }];
    expect(run(roleTargetAllowedRule, input(undefined, { roleMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-209',
        severity: 'error',
        path: 'roleMappings[0].targetApps',
        value: ['x'],
        message: 'role USER_ADMIN does not take app targets; targetApps is allowed only for APP_ADMIN',
        fix: 'Remove roleMappings[0].targetApps, or use one of APP_ADMIN',
      },
    ]);
  });
});
