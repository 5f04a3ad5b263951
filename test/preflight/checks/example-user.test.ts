import { OKTA_INTEGRATION_SETTINGS } from '../../../lib/preflight/fault-outcome';
import {
  checkContext,
  entry,
  FakeLdapConnection,
  JC_USERS,
  jumpCloud,
  OL_BASE,
  openLdap,
  preflightCheck,
} from '../../support/fake-ldap-connection';

const exampleUserCheck = preflightCheck('PF-EXAMPLE-USER');

const WHO = 'alice@example.com';
const FILTER = `(&(objectclass=inetorgperson)(|(uid=${WHO})(mail=${WHO})))`;
const ALICE = `uid=alice,${JC_USERS}`;
const alice = (extra: Record<string, string | string[]> = {}) =>
  entry(ALICE, {
    uid: 'alice',
    mail: WHO,
    entryDN: ALICE,
    givenName: 'Alice',
    sn: 'Liddell',
    memberOf: [`cn=staff,${JC_USERS}`, 'cn=elsewhere,dc=other'],
    pwdlock: 'false',
    ...extra,
  });

function run(connection: FakeLdapConnection, exampleUser = WHO) {
  const input = { userMappings: { email: 'appuser.email', nick: 'String.substring(appuser.uid, 0, 2)' } };
  return exampleUserCheck.run(checkContext(jumpCloud(), connection, { exampleUser, input }));
}

describe('PF-EXAMPLE-USER', () => {
  test('applies only when an example user is given', () => {
    const connection = new FakeLdapConnection();
    expect(exampleUserCheck.appliesTo?.(checkContext(jumpCloud(), connection))).toBe(false);
    expect(exampleUserCheck.appliesTo?.(checkContext(jumpCloud(), connection, { exampleUser: WHO }))).toBe(
      true,
    );
  });

  test('an active user passes; groups come from memberof within the group base, no second search', async () => {
    const connection = new FakeLdapConnection().onSearch({ base: JC_USERS, filter: FILTER }, [alice()]);
    const outcome = await run(connection);
    expect(outcome).toMatchObject({
      status: 'pass',
      message: `Example user ${WHO} is active: ${ALICE}, uid alice, 1 group within the group base; mapped profile: email=alice@example.com, nick=(not evaluated: String.substring(appuser.uid, 0, 2))`,
      evidence: {
        status: 'active',
        disabledAttribute: 'pwdlock=false',
        uid: 'alice',
        uniqueId: ALICE,
        fullName: 'Alice Liddell',
        email: WHO,
        oktaUsername: WHO,
        groups: [`cn=staff,${JC_USERS}`],
        profile: {
          email: { expression: 'appuser.email', result: 'evaluated', ldapAttribute: 'mail', value: WHO },
          nick: { expression: 'String.substring(appuser.uid, 0, 2)', result: 'not evaluated' },
        },
      },
    });
    expect(connection.searches).toHaveLength(1);
    expect(connection.searches[0]?.options).toMatchObject({ scope: 'sub', filter: FILTER, sizeLimit: 2 });
    expect(connection.searches[0]?.options.attributes).toEqual(
      expect.arrayContaining(['uid', 'cn', 'displayName', 'entrydn', 'mail', 'memberof', 'pwdlock']),
    );
  });

  test('a locked user warns', async () => {
    const connection = new FakeLdapConnection().onSearch({ filter: FILTER }, [alice({ pwdlock: 'TRUE' })]);
    expect(await run(connection)).toMatchObject({
      status: 'warn',
      message: `Example user ${WHO} is disabled (pwdlock=TRUE): Okta imports this user as deactivated; uid alice, 1 group within the group base; mapped profile: email=alice@example.com, nick=(not evaluated: String.substring(appuser.uid, 0, 2))`,
      fix: 'Expected if the account is disabled in the directory. To test an active user, pass another --example-user. A locked JumpCloud account is unlocked under Users > (user) > unlock.',
    });
  });

  test('not found, and ambiguous, fail', async () => {
    expect(await run(new FakeLdapConnection())).toMatchObject({
      status: 'fail',
      message: `Example user ${WHO} not found under ${JC_USERS} (no uid or mail matches with the user filter)`,
    });
    const twice = new FakeLdapConnection().onSearch({ filter: FILTER }, [
      alice(),
      entry(`uid=alice2,${JC_USERS}`),
    ]);
    expect(await run(twice)).toMatchObject({
      status: 'fail',
      message: `Example user ${WHO} is ambiguous: ${ALICE}; uid=alice2,${JC_USERS} match`,
      evidence: { dns: [ALICE, `uid=alice2,${JC_USERS}`] },
    });
  });

  test('the name is escaped into the filter', async () => {
    const connection = new FakeLdapConnection();
    await run(connection, 'a*)(uid=*');
    expect(connection.searches[0]?.options.filter).toBe(
      '(&(objectclass=inetorgperson)(|(uid=a\\2a\\29\\28uid=\\2a)(mail=a\\2a\\29\\28uid=\\2a)))',
    );
  });

  test('without a group user attribute, groups come from one bounded member search (no attributes)', async () => {
    const people = `ou=people,${OL_BASE}`;
    const groups = `ou=groups,${OL_BASE}`;
    const bob = `uid=bob,${people}`;
    const connection = new FakeLdapConnection()
      .onSearch({ base: people }, [entry(bob, { uid: 'bob', cn: 'Bob' })])
      .onSearch({ base: groups, filter: `(&(objectclass=groupofnames)(member=${bob}))` }, [
        entry(`cn=ops,${groups}`),
      ]);
    const outcome = await exampleUserCheck.run(checkContext(openLdap(), connection, { exampleUser: 'bob' }));
    expect(outcome).toMatchObject({
      status: 'pass',
      message: `Example user bob is active: ${bob}, uid bob, 1 group within the group base`,
      evidence: { fullName: 'Bob', email: null, groups: [`cn=ops,${groups}`] },
    });
    expect(connection.searches[1]).toEqual({
      base: groups,
      options: {
        scope: 'sub',
        filter: `(&(objectclass=groupofnames)(member=${bob}))`,
        attributes: ['1.1'],
        sizeLimit: 100,
      },
    });
  });

  test('a search error is a generic failure', async () => {
    const connection = new FakeLdapConnection().onSearch({}, new Error('SearchRequest: Operation timed out'));
    expect(await run(connection)).toMatchObject({
      status: 'fail',
      message: `Looking up example user ${WHO} failed (timeout): SearchRequest: Operation timed out`,
      fix: `Check ${OKTA_INTEGRATION_SETTINGS}.`,
    });
  });
});
