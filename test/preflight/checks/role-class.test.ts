import { OKTA_INTEGRATION_SETTINGS } from '../../../lib/preflight/fault-outcome';
import {
  checkContext,
  entry,
  FakeLdapConnection,
  JC_USERS,
  jumpCloud,
  openLdap,
  preflightCheck,
} from '../../support/fake-ldap-connection';

const roleClassCheck = preflightCheck('PF-ROLE-CLASS');

describe('PF-ROLE-CLASS', () => {
  test('no role object class: passes without searching', async () => {
    const connection = new FakeLdapConnection();
    expect(await roleClassCheck.run(checkContext(openLdap(), connection))).toEqual({
      status: 'pass',
      message: 'No role object class is set: roles are not imported, nothing to check',
      evidence: { roleObjectClass: null },
    });
    expect(connection.requests).toEqual([]);
  });

  test('entries of the role class under the group base pass', async () => {
    const connection = new FakeLdapConnection().onSearch(
      { base: JC_USERS, filter: '(objectclass=groupofnames)' },
      [entry(`cn=admins,${JC_USERS}`)],
    );
    expect(await roleClassCheck.run(checkContext(jumpCloud(), connection))).toMatchObject({
      status: 'pass',
      message: `The role filter (objectclass=groupofnames) finds 1 role under ${JC_USERS}`,
    });
    expect(connection.searches[0]?.options).toEqual({
      scope: 'sub',
      filter: '(objectclass=groupofnames)',
      attributes: ['1.1'],
      sizeLimit: 5,
    });
  });

  test('no entry of the class fails; the class is escaped into the filter', async () => {
    const settings = jumpCloud({ role: { objectClass: 'role*' } });
    const connection = new FakeLdapConnection();
    expect(await roleClassCheck.run(checkContext(settings, connection))).toMatchObject({
      status: 'fail',
      message: `The role filter (objectclass=role\\2a) matches no entry under ${JC_USERS}`,
      fix: `No entry of class role* under the group search base: set directory.role.objectClass (Role object class in ${OKTA_INTEGRATION_SETTINGS}; often the group object class), or clear it to not import roles. JumpCloud roles are groupofnames entries.`,
    });
    expect(connection.searches[0]?.options.filter).toBe('(objectclass=role\\2a)');
  });
});
