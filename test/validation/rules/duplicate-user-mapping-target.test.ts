import { duplicateUserMappingTargetRule } from '../../../lib/validation/rules/duplicate-user-mapping-target';
import { input, run, VALID_MAPPINGS } from './rule-fixtures';

describe('OKLDAP-207 two user mappings write one Okta attribute', () => {
  test('passes distinct attributes', () => {
    expect(run(duplicateUserMappingTargetRule, input(undefined, VALID_MAPPINGS))).toEqual([]);
  });

  test('reports keys differing only in letter case', () => {
    const userMappings = { email: 'appuser.email', login: 'appuser.email', Email: 'appuser.mail' };
    expect(run(duplicateUserMappingTargetRule, input(undefined, { userMappings }))).toEqual([
      {
        ruleId: 'OKLDAP-207',
        severity: 'error',
        path: 'userMappings.Email',
        value: 'Email',
        message:
          "user mappings 'email' and 'Email' write the same Okta attribute (attribute names are case-insensitive); each Okta attribute may be mapped once",
        fix: 'Keep one of userMappings.email and userMappings.Email',
      },
    ]);
  });

  test('paths quote keys that are not identifiers', () => {
    const userMappings = { 'first-name': 'a', 'FIRST-NAME': 'b' };
    expect(
      run(duplicateUserMappingTargetRule, input(undefined, { userMappings })).map((v) => [v.path, v.fix]),
    ).toEqual([
      ['userMappings["FIRST-NAME"]', 'Keep one of userMappings["first-name"] and userMappings["FIRST-NAME"]'],
    ]);
  });
});
