import { Lazy } from 'cdktf';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { constructIdCollisions } from '../../lib/resources/construct-id-collisions';
import { duplicateOktaGroupRule } from '../../lib/validation/rules/duplicate-okta-group';
import { duplicateRoleMappingRule } from '../../lib/validation/rules/duplicate-role-mapping';
import { duplicateExtraAttributesRule } from '../../lib/validation/rules/duplicate-extra-attributes';

describe('constructIdCollisions', () => {
  // The duplicate rules skip tokens; the same token written twice still gives one construct id.
  const token = Lazy.stringValue({ produce: () => 'Engineering' });

  test('the same token as Okta group twice is reported under the rule of duplicate Okta groups', () => {
    const found = constructIdCollisions(
      [
        { ldapGroup: 'engineering', oktaGroup: token },
        { ldapGroup: 'eng-contractors', oktaGroup: token },
      ],
      [],
      [],
    );
    expect(found).toEqual([
      {
        ruleId: duplicateOktaGroupRule.id,
        severity: 'error',
        path: 'groupMappings[1].oktaGroup',
        value: token,
        message: 'this Okta group is already used by groupMappings[0].oktaGroup; each must be unique.',
        fix: 'map each Okta group once; to fill one group from several LDAP groups, use separate Okta groups or one LDAP group.',
      },
    ]);
  });

  test('role mappings and extra attributes: each repeat names the first, under its own rule', () => {
    const found = constructIdCollisions(
      [],
      [
        { ldapGroup: token, role: OktaAdminRole.READ_ONLY_ADMIN },
        { ldapGroup: token, role: OktaAdminRole.READ_ONLY_ADMIN },
        { ldapGroup: token, role: OktaAdminRole.READ_ONLY_ADMIN },
      ],
      [
        { ldapAttribute: 'title', profileProperty: token },
        { ldapAttribute: 'department', profileProperty: token },
      ],
    );
    expect(found.map((v) => [v.ruleId, v.path, v.message])).toEqual([
      [
        duplicateRoleMappingRule.id,
        'roleMappings[1]',
        'this LDAP group and role pair is already used by roleMappings[0]; each must be unique.',
      ],
      [
        duplicateRoleMappingRule.id,
        'roleMappings[2]',
        'this LDAP group and role pair is already used by roleMappings[0]; each must be unique.',
      ],
      [
        duplicateExtraAttributesRule.id,
        'directory.user.extraAttributes[1].profileProperty',
        'this app user profile property is already used by directory.user.extraAttributes[0].profileProperty; each must be unique.',
      ],
    ]);
  });

  test('distinct names collide nowhere', () => {
    expect(
      constructIdCollisions(
        [
          { ldapGroup: 'a', oktaGroup: 'A' },
          { ldapGroup: 'b', oktaGroup: 'B' },
        ],
        [{ ldapGroup: 'a', role: OktaAdminRole.READ_ONLY_ADMIN }],
        [{ ldapAttribute: 'title' }],
      ),
    ).toEqual([]);
  });
});
