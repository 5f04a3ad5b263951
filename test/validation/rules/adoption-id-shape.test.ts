import { adoptionIdShapeRule } from '../../../lib/validation/rules/adoption-id-shape';
import { FILE, validAdoption, withAdoption } from './adoption-fixtures';
import { run } from './rule-fixtures';

describe('OKLDAP-302 an Okta id in the adoption file has the wrong shape', () => {
  test('passes ids of the right shape', () => {
    expect(run(adoptionIdShapeRule, withAdoption({ value: validAdoption() }))).toEqual([]);
  });

  test('reports a name where a group id belongs, with the file, the key and the fix', () => {
    const value = { ...validAdoption(), groupMappings: { Engineering: { group: 'Engineering' } } };
    expect(run(adoptionIdShapeRule, withAdoption({ value }))).toEqual([
      {
        ruleId: 'OKLDAP-302',
        severity: 'error',
        path: `${FILE}#groupMappings.Engineering.group`,
        value: 'Engineering',
        message: `adoption file '${FILE}', key groupMappings.Engineering.group: 'Engineering' is not an Okta group id: 20 letters and digits starting with '00g', e.g. '00g1emaKYZTWRYYRRTSK'`,
        fix: `Put the group's id at groupMappings.Engineering.group (the Admin Console shows it in the object's URL; 'cdktf-okta-ldap adopt --write ${FILE}' finds it), or remove the key to create the object instead`,
      },
    ]);
  });

  test('reports an id of another type, a short id, and a role assignment id with a slash', () => {
    const value = {
      ...validAdoption(),
      groupMappings: { Engineering: { groupRule: '00g1engAAAAAAAAAAAA1' } },
      roleMappings: { 'okta-admins': { group: '00g1ldapAdminsAAAAA3', roles: { SUPER_ADMIN: 'a/b' } } },
      passwordPolicy: '00p1short',
    };
    expect(run(adoptionIdShapeRule, withAdoption({ value })).map((v) => [v.path, v.message])).toEqual([
      [
        `${FILE}#groupMappings.Engineering.groupRule`,
        `adoption file '${FILE}', key groupMappings.Engineering.groupRule: '00g1engAAAAAAAAAAAA1' is not a group rule id: 20 letters and digits starting with '0pr', e.g. '0pr3f7zMZZHPgUoWO0g4' (it is shaped like a group id)`,
      ],
      [
        `${FILE}#roleMappings.okta-admins.roles.SUPER_ADMIN`,
        `adoption file '${FILE}', key roleMappings.okta-admins.roles.SUPER_ADMIN: 'a/b' is not a role assignment id: letters and digits only, e.g. 'IFIFAX2BIRGUSTQ'`,
      ],
      [
        `${FILE}#passwordPolicy`,
        `adoption file '${FILE}', key passwordPolicy: '00p1short' is not a policy id: 20 letters and digits starting with '00p', e.g. '00p5hvf2nvC1zbs0F0g4'`,
      ],
    ]);
  });
});
