import type { CheckOutcome } from '../../../lib/preflight/check';
import { OKTA_INTEGRATION_SETTINGS } from '../../../lib/preflight/fault-outcome';
import {
  checkContext,
  entry,
  FakeLdapConnection,
  JC_USERS,
  jumpCloud,
  preflightCheck,
} from '../../support/fake-ldap-connection';

const sampleUserAttributesCheck = preflightCheck('PF-USER-ATTRIBUTES');

const USER_FILTER = '(objectclass=inetorgperson)';
const FIX = `Check the attribute names in ${OKTA_INTEGRATION_SETTINGS} and that the bind DN may read them. JumpCloud names them entrydn, mail, memberof and pwdlock.`;
const dn = (uid: string) => `uid=${uid},${JC_USERS}`;
const full = (uid: string, drop: string[] = []) =>
  entry(
    dn(uid),
    Object.fromEntries(
      Object.entries({
        entryDN: dn(uid),
        mail: `${uid}@example.com`,
        memberOf: `cn=g,${JC_USERS}`,
        pwdlock: 'false',
      }).filter(([k]) => !drop.includes(k)),
    ),
  );

async function run(connection: FakeLdapConnection): Promise<CheckOutcome> {
  return (await sampleUserAttributesCheck.run(checkContext(jumpCloud(), connection))) as CheckOutcome;
}

describe('PF-USER-ATTRIBUTES', () => {
  test('passes when every sampled user carries every attribute; no presence search then', async () => {
    const connection = new FakeLdapConnection().onSearch({ filter: USER_FILTER }, [full('a'), full('b')]);
    const outcome = await run(connection);
    expect(outcome).toMatchObject({
      status: 'pass',
      message: 'entrydn, mail, memberof, pwdlock readable on 2 sampled users',
      evidence: { sampledUsers: [dn('a'), dn('b')], entryUUIDAvailable: false },
    });
    expect(outcome.evidence?.attributes).toMatchObject({
      entrydn: { usedAs: ['unique identifier attribute', 'DN attribute'], onSampledUsers: 2 },
      memberof: { usedAs: ['group user attribute', 'role membership attribute'] },
    });
    expect(connection.searches).toHaveLength(1);
  });

  test('the unique identifier missing on one sampled user fails', async () => {
    const connection = new FakeLdapConnection().onSearch({ filter: USER_FILTER }, [
      full('a'),
      full('b', ['entryDN']),
    ]);
    expect(await run(connection)).toEqual(
      expect.objectContaining({
        status: 'fail',
        message: `entrydn (unique identifier attribute, DN attribute) is not readable on ${dn('b')}`,
        fix: FIX,
      }),
    );
  });

  test('mail missing on some sampled users warns under the EMAIL username format', async () => {
    const connection = new FakeLdapConnection().onSearch({ filter: USER_FILTER }, [
      full('a'),
      full('b', ['mail']),
    ]);
    expect(await run(connection)).toMatchObject({
      status: 'warn',
      message: `mail (email (Okta username format EMAIL)) is missing on 1 of 2 sampled users (${dn('b')}): these users cannot be imported with the EMAIL username format`,
    });
  });

  test('an attribute on no sampled user is looked for with one bounded presence search', async () => {
    const presence = `(&${USER_FILTER}(pwdlock=*))`;
    const absent = new FakeLdapConnection().onSearch({ filter: USER_FILTER }, [full('a', ['pwdlock'])]);
    expect(await run(absent)).toMatchObject({
      status: 'warn',
      message:
        'pwdlock (account disabled attribute) is on no user: its readability cannot be proved; fine if no user was ever disabled',
    });
    expect(absent.searches[1]).toEqual({
      base: JC_USERS,
      options: { scope: 'sub', filter: presence, attributes: ['1.1'], sizeLimit: 1 },
    });
    const elsewhere = new FakeLdapConnection()
      .onSearch({ filter: USER_FILTER }, [full('a', ['pwdlock'])])
      .onSearch({ filter: presence }, [entry(dn('locked'))]);
    const outcome = await run(elsewhere);
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence?.attributes).toMatchObject({
      pwdlock: { onSampledUsers: 0, foundByPresenceSearch: true },
    });
  });

  test('no user at all: the unique identifier fails, mail fails under EMAIL', async () => {
    expect((await run(new FakeLdapConnection())).message).toBe(
      'entrydn (unique identifier attribute, DN attribute) is on no user: Okta cannot link users without it; mail (email (Okta username format EMAIL)) is on no user: users without mail cannot be imported with the EMAIL username format',
    );
  });

  test('a failed sample search is a generic failure', async () => {
    const connection = new FakeLdapConnection().onSearch({}, new Error('SearchRequest: Operation timed out'));
    expect(await run(connection)).toMatchObject({
      status: 'fail',
      message: 'Reading sample users failed (timeout): SearchRequest: Operation timed out',
      fix: `Check the attribute names in ${OKTA_INTEGRATION_SETTINGS}.`,
    });
  });
});
