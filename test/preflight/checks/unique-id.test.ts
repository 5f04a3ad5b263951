import { NoSuchObjectError } from 'ldapts';
import { OKTA_INTEGRATION_SETTINGS } from '../../../lib/preflight/fault-outcome';
import {
  checkContext,
  entry,
  FakeLdapConnection,
  JC_BIND_DN,
  JC_USERS,
  jumpCloud,
  OL_BASE,
  openLdap,
  preflightCheck,
} from '../../support/fake-ldap-connection';

const uniqueIdCheck = preflightCheck('PF-UNIQUE-ID');

const FILTER = '(objectclass=inetorgperson)';
const alice = (uuid?: string) => entry(`uid=alice,${JC_USERS}`, uuid ? { entryUUID: uuid } : {});

describe('PF-UNIQUE-ID', () => {
  test('entrydn with entryUUID on every sampled user: warn, suggest entryuuid', async () => {
    const connection = new FakeLdapConnection().onSearch({ base: JC_USERS, filter: FILTER }, [
      entry(JC_BIND_DN), // the bind DN is left out of the sample
      alice('1b2c'),
    ]);
    const outcome = await uniqueIdCheck.run(checkContext(jumpCloud(), connection));
    expect(outcome).toEqual({
      status: 'warn',
      message:
        'Unique identifier entrydn changes when a user or group is renamed; entryUUID is available on every sampled user',
      evidence: { uniqueIdentifierAttribute: 'entrydn', entryUUIDAvailable: true, sampledUsers: 1 },
      fix: `Set Unique identifier attribute to entryuuid in ${OKTA_INTEGRATION_SETTINGS} before the first import (changing it later re-links every user). JumpCloud's recipe uses entrydn; a renamed user then appears to Okta as a new user.`,
    });
    expect(connection.searches).toEqual([
      {
        base: JC_USERS,
        options: {
          scope: 'sub',
          filter: FILTER,
          attributes: ['entrydn', 'mail', 'memberof', 'pwdlock', 'entryUUID', 'modifyTimestamp'],
          sizeLimit: 6,
        },
      },
    ]);
  });

  test('entrydn without entryUUID: warn, avoid renames', async () => {
    const connection = new FakeLdapConnection().onSearch({}, [alice()]);
    expect(await uniqueIdCheck.run(checkContext(jumpCloud(), connection))).toMatchObject({
      status: 'warn',
      message:
        'Unique identifier entrydn changes when a user or group is renamed; entryUUID is not readable here, so keep entrydn and avoid renames',
      fix: 'Avoid renaming users and groups in the directory, or ask the directory owner to expose entryUUID.',
    });
  });

  test('entryuuid passes, noting when entryUUID is not readable', async () => {
    const people = `ou=people,${OL_BASE}`;
    const withUuid = new FakeLdapConnection().onSearch({}, [entry(`uid=a,${people}`, { entryuuid: 'x' })]);
    expect(await uniqueIdCheck.run(checkContext(openLdap(), withUuid))).toEqual({
      status: 'pass',
      message: 'Unique identifier entryuuid does not change on rename',
      evidence: { uniqueIdentifierAttribute: 'entryuuid', entryUUIDAvailable: true, sampledUsers: 1 },
    });
    const without = new FakeLdapConnection().onSearch({}, [entry(`uid=a,${people}`)]);
    expect(await uniqueIdCheck.run(checkContext(openLdap(), without))).toMatchObject({
      status: 'pass',
      message: 'Unique identifier entryuuid does not change on rename (entryUUID not readable)',
    });
  });

  test('a failed sample search is a generic failure', async () => {
    const connection = new FakeLdapConnection().onSearch({}, new NoSuchObjectError('gone'));
    expect(await uniqueIdCheck.run(checkContext(jumpCloud(), connection))).toMatchObject({
      status: 'fail',
      message: 'Reading sample users failed (no-such-object, code 32): gone',
      fix: `Check ${OKTA_INTEGRATION_SETTINGS}.`,
    });
  });
});
