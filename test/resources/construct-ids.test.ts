import { Token } from 'cdktf';
import fc from 'fast-check';
import {
  groupRoleId,
  groupRuleId,
  idComponent,
  ldapGroupLookupId,
  oktaGroupId,
  schemaPropertyId,
} from '../../lib/resources/construct-ids';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';

describe('construct ids', () => {
  test('ids are readable and hold no path separator', () => {
    expect(oktaGroupId({ oktaGroup: 'Engineering' })).toBe('Group-Engineering');
    expect(oktaGroupId({ oktaGroup: 'A/B' })).toBe('Group-A%2FB');
    expect(groupRuleId({ oktaGroup: 'A/B' })).toBe('GroupRule-A%2FB');
    expect(ldapGroupLookupId('it/ops')).toBe('LdapGroup-it%2Fops');
    expect(schemaPropertyId({ ldapAttribute: 'employeeNumber' })).toBe('SchemaProperty-employeeNumber');
    expect(schemaPropertyId({ ldapAttribute: 'employeeNumber', profileProperty: 'empNo' })).toBe(
      'SchemaProperty-empNo',
    );
    expect(groupRoleId({ ldapGroup: 'it-helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN })).toBe(
      'GroupRole-it-helpdesk-HELP_DESK_ADMIN',
    );
  });

  test('a custom role adds its literal ids; with a token or an empty id it does not', () => {
    const custom = { ldapGroup: 'ops', role: OktaAdminRole.CUSTOM };
    expect(groupRoleId({ ...custom, roleId: 'cr0abc', resourceSetId: 'iam/x' })).toBe(
      'GroupRole-ops-CUSTOM-cr0abc-iam%2Fx',
    );
    expect(groupRoleId({ ...custom, roleId: Token.asString({ token: 1 }), resourceSetId: 'rs0' })).toBe(
      'GroupRole-ops-CUSTOM',
    );
    expect(groupRoleId({ ...custom, roleId: '', resourceSetId: 'rs0' })).toBe('GroupRole-ops-CUSTOM');
    expect(
      groupRoleId({ ldapGroup: 'ops', role: OktaAdminRole.ORG_ADMIN, roleId: 'cr0', resourceSetId: 'rs0' }),
    ).toBe('GroupRole-ops-ORG_ADMIN');
  });

  test('distinct names always give distinct ids, none with a slash', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(idComponent(a)).not.toContain('/');
        if (a !== b) expect(idComponent(a)).not.toBe(idComponent(b));
      }),
      { numRuns: 2000 },
    );
    expect(idComponent('a/b')).not.toBe(idComponent('a--b'));
    expect(idComponent('a%2Fb')).not.toBe(idComponent('a/b'));
  });
});
