import { OktaAdminRole } from '../../../lib/mappings/mapping-types';
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

const mappedGroupsCheck = preflightCheck('PF-MAPPED-GROUP');

const filterFor = (cn: string) => `(&(objectclass=groupofnames)(cn=${cn}))`;

function run(connection: FakeLdapConnection, groups: string[], roles: string[] = []) {
  const input = {
    groupMappings: groups.map((ldapGroup) => ({ ldapGroup, oktaGroup: `okta-${ldapGroup}` })),
    roleMappings: roles.map((ldapGroup) => ({ ldapGroup, role: OktaAdminRole.SUPER_ADMIN })),
  };
  return mappedGroupsCheck.run(checkContext(jumpCloud(), connection, { input })) as Promise<CheckOutcome[]>;
}

describe('PF-MAPPED-GROUP', () => {
  test('no mapping: passes without searching', async () => {
    const connection = new FakeLdapConnection();
    expect(await mappedGroupsCheck.run(checkContext(jumpCloud(), connection))).toEqual({
      status: 'pass',
      message: 'No group or role mapping names an LDAP group: nothing to look up',
      evidence: { mappedGroups: 0 },
    });
    expect(connection.requests).toEqual([]);
  });

  test('one finding per distinct group: found once, missing, ambiguous', async () => {
    const connection = new FakeLdapConnection()
      .onSearch({ filter: filterFor('admins') }, [entry(`cn=admins,${JC_USERS}`)])
      .onSearch({ filter: filterFor('dupes') }, [
        entry(`cn=dupes,${JC_USERS}`),
        entry(`cn=dupes,ou=x,${JC_USERS}`),
      ]);
    const outcomes = await run(connection, ['admins', 'ghosts', 'dupes'], ['Admins']);
    expect(outcomes.map((o) => o.status)).toEqual(['pass', 'fail', 'fail']);
    expect(outcomes[0]).toMatchObject({
      message: `LDAP group admins exists once: cn=admins,${JC_USERS}`,
      evidence: {
        group: 'admins',
        usedBy: ['group mapping -> Okta group okta-admins', 'role mapping -> SUPER_ADMIN'],
      },
    });
    expect(outcomes[1]).toMatchObject({
      message: `LDAP group ghosts (group mapping -> Okta group okta-ghosts) not found under ${JC_USERS}`,
      fix: `Check the group name (cn) in the mapping, or create the group. Groups must be inside the Group search base of ${OKTA_INTEGRATION_SETTINGS}. In JumpCloud, bind the group to the LDAP directory (User Groups > (group) > Directories).`,
    });
    expect(outcomes[2]).toMatchObject({
      message: `LDAP group name dupes is ambiguous: at least 2 groups under ${JC_USERS} match (cn=dupes,${JC_USERS}; cn=dupes,ou=x,${JC_USERS})`,
      evidence: { count: 2, atLeast: true },
    });
    expect(mappedGroupsCheck.titleOf?.(outcomes[1]!)).toBe('Mapped LDAP group ghosts exists once');
  });

  test('lookups read no attribute (never member), ask at most two entries, and escape the name', async () => {
    const connection = new FakeLdapConnection();
    await run(connection, ['a*b', 'plain']);
    expect(connection.searches).toEqual([
      {
        base: JC_USERS,
        options: { scope: 'sub', filter: filterFor('a\\2ab'), attributes: ['1.1'], sizeLimit: 2 },
      },
      {
        base: JC_USERS,
        options: { scope: 'sub', filter: filterFor('plain'), attributes: ['1.1'], sizeLimit: 2 },
      },
    ]);
    expect(connection.requests.every((r) => r.op === 'search')).toBe(true);
  });

  test('a failed lookup is a generic failure for that group only', async () => {
    const connection = new FakeLdapConnection()
      .onSearch({ filter: filterFor('bad') }, new Error('SearchRequest: Operation timed out'))
      .onSearch({ filter: filterFor('good') }, [entry(`cn=good,${JC_USERS}`)]);
    const outcomes = await run(connection, ['bad', 'good']);
    expect(outcomes[0]).toMatchObject({
      status: 'fail',
      message: 'Looking up LDAP group bad failed (timeout): SearchRequest: Operation timed out',
      fix: `Check the Group search base and Group object filter in ${OKTA_INTEGRATION_SETTINGS}.`,
    });
    expect(outcomes[1]?.status).toBe('pass');
  });
});
