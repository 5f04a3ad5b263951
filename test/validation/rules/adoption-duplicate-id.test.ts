import { adoptionDuplicateIdRule } from '../../../lib/validation/rules/adoption-duplicate-id';
import { FILE, validAdoption, withAdoption } from './adoption-fixtures';
import { run } from './rule-fixtures';

describe('OKLDAP-303 an Okta id is used twice in the adoption file', () => {
  test('passes distinct ids', () => {
    expect(run(adoptionDuplicateIdRule, withAdoption({ value: validAdoption() }))).toEqual([]);
  });

  test('reports the second use, naming the first', () => {
    const value = {
      ...validAdoption(),
      roleMappings: {
        'okta-admins': { group: '00g1supAAAAAAAAAAAA2', roles: { SUPER_ADMIN: 'IFIFAX2BIRGUSTQ' } },
      },
    };
    expect(run(adoptionDuplicateIdRule, withAdoption({ value }))).toEqual([
      {
        ruleId: 'OKLDAP-303',
        severity: 'error',
        path: `${FILE}#roleMappings.okta-admins.group`,
        value: '00g1supAAAAAAAAAAAA2',
        message: `adoption file '${FILE}', key roleMappings.okta-admins.group: id '00g1supAAAAAAAAAAAA2' is already used at groupMappings.Support.group; each Okta object can be adopted by one resource`,
        fix: `Keep the id at the key it belongs to and correct or remove roleMappings.okta-admins.group (re-run 'cdktf-okta-ldap adopt --write ${FILE}' to look the ids up again)`,
      },
    ]);
  });
});
