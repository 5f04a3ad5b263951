import { InsufficientAccessError } from 'ldapts';
import { OKTA_INTEGRATION_SETTINGS } from '../../../lib/preflight/fault-outcome';
import {
  checkContext,
  entry,
  FakeLdapConnection,
  OL_BASE,
  openLdap,
  preflightCheck,
} from '../../support/fake-ldap-connection';

const groupFilterCheck = preflightCheck('PF-GROUP-FILTER');

const FILTER = '(objectclass=groupofnames)';
const GROUPS = `ou=groups,${OL_BASE}`;

describe('PF-GROUP-FILTER', () => {
  test('finds groups under the group base with a bounded search that reads no member', async () => {
    const connection = new FakeLdapConnection().onSearch({ base: GROUPS, filter: FILTER }, [
      entry(`cn=admins,${GROUPS}`, { member: 'uid=a' }),
    ]);
    const outcome = await groupFilterCheck.run(checkContext(openLdap(), connection));
    expect(outcome).toMatchObject({
      status: 'pass',
      message: `The group filter ${FILTER} finds 1 group under ${GROUPS}`,
      evidence: { count: 1, atLeast: false, sample: [`cn=admins,${GROUPS}`] },
    });
    expect(connection.searches).toEqual([
      { base: GROUPS, options: { scope: 'sub', filter: FILTER, attributes: ['1.1'], sizeLimit: 5 } },
    ]);
  });

  test('no group fails with the group fix', async () => {
    const outcome = await groupFilterCheck.run(checkContext(openLdap(), new FakeLdapConnection()));
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `The group filter ${FILTER} matches no entry under ${GROUPS}`,
      fix: `Check directory.group.objectClass (groupofnames) and directory.group.objectFilter (Group object class and Group object filter in ${OKTA_INTEGRATION_SETTINGS}), and that the groups are visible to the bind DN.`,
    });
  });

  test('insufficient access (code 50) is a generic failure with the setting to check', async () => {
    const connection = new FakeLdapConnection().onSearch({}, new InsufficientAccessError('no read'));
    expect(await groupFilterCheck.run(checkContext(openLdap(), connection))).toMatchObject({
      status: 'fail',
      message: `Searching with the group filter ${FILTER} under ${GROUPS} failed (access, code 50): no read`,
      evidence: { base: GROUPS, filter: FILTER, faultClass: 'access', code: 50 },
      fix: `Check the filter in directory.group.objectFilter, and in ${OKTA_INTEGRATION_SETTINGS} > Group object filter.`,
    });
  });

  test('requires PF-BASE-GROUPS', () => {
    expect(groupFilterCheck.requires).toEqual(['PF-BASE-GROUPS']);
  });
});
