import fc from 'fast-check';
import { groupRoleId, idComponent, oktaGroupId } from '../../lib/resources/construct-ids';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';

describe('construct ids', () => {
  test('ids are readable and hold no path separator', () => {
    expect(oktaGroupId('Engineering')).toBe('Group-Engineering');
    expect(oktaGroupId('A/B')).toBe('Group-A%2FB');
    expect(groupRoleId('it-helpdesk', OktaAdminRole.HELP_DESK_ADMIN)).toBe(
      'GroupRole-it-helpdesk-HELP_DESK_ADMIN',
    );
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
