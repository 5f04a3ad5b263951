import { InsufficientAccessError } from 'ldapts';
import {
  checkContext,
  entry,
  FakeLdapConnection,
  JC_USERS,
  jumpCloud,
  preflightCheck,
} from '../../support/fake-ldap-connection';

const incrementalImportCheck = preflightCheck('PF-INCREMENTAL');

const USER_FILTER = '(objectclass=inetorgperson)';
// checkContext's clock is 2026-06-01T00:00:00Z: the window starts a day earlier.
const SINCE = '20260531000000Z';
const INCREMENTAL = `(&${USER_FILTER}(modifyTimestamp>=${SINCE}))`;
const user = (uid: string, stamped = true) =>
  entry(`uid=${uid},${JC_USERS}`, stamped ? { modifyTimestamp: '20260530120000Z' } : {});

describe('PF-INCREMENTAL', () => {
  test('passes when modifyTimestamp is readable and the search is quick; all three searches are bounded', async () => {
    const connection = new FakeLdapConnection()
      .onSearch({ filter: INCREMENTAL }, [], 3)
      .onSearch({ filter: USER_FILTER }, [user('a'), user('b')], 2);
    const outcome = await incrementalImportCheck.run(checkContext(jumpCloud(), connection));
    expect(outcome).toMatchObject({
      status: 'pass',
      message: `modifyTimestamp readable on 2 of 2 sampled users; the incremental-import search (users changed since ${SINCE}, size limit 1) answered in 3 ms, the plain user-filter search 2 ms`,
      evidence: { search: { base: JC_USERS, filter: INCREMENTAL, sizeLimit: 1 }, matched: 0, searchMs: 3 },
    });
    expect(
      connection.searches.map((s) => [s.options.filter, s.options.sizeLimit, s.options.attributes]),
    ).toEqual([
      [USER_FILTER, 6, ['entrydn', 'mail', 'memberof', 'pwdlock', 'entryUUID', 'modifyTimestamp']],
      [INCREMENTAL, 1, ['1.1']],
      [USER_FILTER, 5, ['1.1']],
    ]);
  });

  test('a slow incremental search (200 ms over the plain one) warns about the index', async () => {
    const connection = new FakeLdapConnection()
      .onSearch({ filter: INCREMENTAL }, [], 450)
      .onSearch({ filter: USER_FILTER }, [user('a')], 10);
    const outcome = await incrementalImportCheck.run(checkContext(jumpCloud(), connection));
    expect(outcome).toMatchObject({
      status: 'warn',
      message: `The incremental-import search (users changed since ${SINCE}) took 450 ms, the plain user-filter search 10 ms: that suggests modifyTimestamp is not indexed (a client cannot see the index itself)`,
    });
    expect((outcome as { fix: string }).fix).toMatch(
      /^Ask the directory administrator to index modifyTimestamp/,
    );
  });

  test('no sampled user carries modifyTimestamp: warn, full imports still work', async () => {
    const connection = new FakeLdapConnection().onSearch({ filter: USER_FILTER }, [
      user('a', false),
      user('b', false),
    ]);
    expect(await incrementalImportCheck.run(checkContext(jumpCloud(), connection))).toMatchObject({
      status: 'warn',
      message:
        'modifyTimestamp is on none of the 2 sampled users: incremental imports cannot tell which users changed (full imports still work)',
      fix: 'Let the bind DN read the operational attribute modifyTimestamp (directory ACLs), or schedule full imports only.',
    });
  });

  test('sampled users that cannot be read: warn that readability is not known, never "0 of 0"', async () => {
    const connection = new FakeLdapConnection()
      .onSearch({ filter: INCREMENTAL }, [], 3)
      .onSearch({ filter: USER_FILTER }, new InsufficientAccessError('no read'));
    const outcome = await incrementalImportCheck.run(checkContext(jumpCloud(), connection));
    expect(outcome).toMatchObject({
      status: 'warn',
      message: `Whether modifyTimestamp is readable is not known: reading the sampled users failed (access): no read; the incremental-import search (users changed since ${SINCE}, size limit 1) answered in 3 ms`,
      evidence: { sampledUsers: 0, sampleError: 'no read' },
      fix: 'Fix what PF-USER-ATTRIBUTES reports about reading users, then run the preflight again.',
    });
  });

  test('an empty user search base: pass, saying there was no user to read', async () => {
    const connection = new FakeLdapConnection()
      .onSearch({ filter: INCREMENTAL }, [], 3)
      .onSearch({ filter: USER_FILTER }, [], 2);
    const outcome = await incrementalImportCheck.run(checkContext(jumpCloud(), connection));
    expect(outcome).toMatchObject({
      status: 'pass',
      message: `No user under the user search base to read modifyTimestamp from; the incremental-import search (users changed since ${SINCE}, size limit 1) answered in 3 ms, the plain user-filter search 2 ms`,
    });
  });

  test('a refused incremental search warns (never fails)', async () => {
    const connection = new FakeLdapConnection()
      .onSearch({ filter: INCREMENTAL }, new InsufficientAccessError('denied'))
      .onSearch({ filter: USER_FILTER }, [user('a')]);
    expect(await incrementalImportCheck.run(checkContext(jumpCloud(), connection))).toMatchObject({
      status: 'warn',
      message: `The incremental-import search ${INCREMENTAL} under ${JC_USERS} failed (access, code 50): denied; Okta's incremental imports would fail the same way`,
      evidence: { faultClass: 'access', code: 50 },
    });
  });
});
