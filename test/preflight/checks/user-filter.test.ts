import { OKTA_INTEGRATION_SETTINGS } from '../../../lib/preflight/fault-outcome';
import {
  checkContext,
  entry,
  FakeLdapConnection,
  JC_USERS,
  jumpCloud,
  preflightCheck,
} from '../../support/fake-ldap-connection';

const userFilterCheck = preflightCheck('PF-USER-FILTER');

const FILTER = '(objectclass=inetorgperson)';
const users = (n: number) => Array.from({ length: n }, (_, i) => entry(`uid=u${i},${JC_USERS}`));

describe('PF-USER-FILTER', () => {
  test('counts matches with one bounded subtree search for no attributes', async () => {
    const connection = new FakeLdapConnection().onSearch({ base: JC_USERS, filter: FILTER }, users(2));
    const outcome = await userFilterCheck.run(checkContext(jumpCloud(), connection));
    expect(outcome).toEqual({
      status: 'pass',
      message: `The user filter ${FILTER} finds 2 users under ${JC_USERS}`,
      evidence: {
        base: JC_USERS,
        filter: FILTER,
        count: 2,
        atLeast: false,
        sample: [`uid=u0,${JC_USERS}`, `uid=u1,${JC_USERS}`],
      },
    });
    expect(connection.searches).toEqual([
      { base: JC_USERS, options: { scope: 'sub', filter: FILTER, attributes: ['1.1'], sizeLimit: 5 } },
    ]);
  });

  test('a full page reads as "at least", one user as singular', async () => {
    const many = new FakeLdapConnection().onSearch({}, users(40));
    expect(await userFilterCheck.run(checkContext(jumpCloud(), many))).toMatchObject({
      message: `The user filter ${FILTER} finds at least 5 users under ${JC_USERS}`,
      evidence: { count: 5, atLeast: true },
    });
    const one = new FakeLdapConnection().onSearch({}, users(1));
    expect(await userFilterCheck.run(checkContext(jumpCloud(), one))).toMatchObject({
      message: `The user filter ${FILTER} finds 1 user under ${JC_USERS}`,
    });
  });

  test('no match fails with the JumpCloud hint', async () => {
    const outcome = await userFilterCheck.run(checkContext(jumpCloud(), new FakeLdapConnection()));
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `The user filter ${FILTER} matches no entry under ${JC_USERS}`,
      fix: `Check directory.user.objectClass (inetorgperson) and directory.user.objectFilter (User object class and User object filter in ${OKTA_INTEGRATION_SETTINGS}), and that the users are visible to the bind DN. JumpCloud users are inetorgperson. In JumpCloud, users appear in LDAP only when bound to the LDAP directory (Directories > JumpCloud LDAP > Users or User Groups).`,
    });
  });

  test('an invalid filter fails before any search', async () => {
    const connection = new FakeLdapConnection();
    const settings = jumpCloud({ user: { objectFilter: '(objectclass=inetorgperson' } });
    const outcome = await userFilterCheck.run(checkContext(settings, connection));
    expect(outcome).toMatchObject({
      status: 'fail',
      evidence: { faultClass: 'invalid-input' },
      fix: `Correct the filter in directory.user.objectFilter, and in ${OKTA_INTEGRATION_SETTINGS} > User object filter, e.g. (objectclass=inetorgperson).`,
    });
    expect((outcome as { message: string }).message).toMatch(
      /^The user filter \(objectclass=inetorgperson is not a valid LDAP filter \(RFC 4515\): /,
    );
    expect(connection.requests).toEqual([]);
  });

  test('a search error is a generic failure', async () => {
    const connection = new FakeLdapConnection().onSearch({}, new Error('SearchRequest: Operation timed out'));
    expect(await userFilterCheck.run(checkContext(jumpCloud(), connection))).toMatchObject({
      status: 'fail',
      message: `Searching with the user filter ${FILTER} under ${JC_USERS} failed (timeout): SearchRequest: Operation timed out`,
      fix: `Check the filter in directory.user.objectFilter, and in ${OKTA_INTEGRATION_SETTINGS} > User object filter.`,
    });
  });
});
