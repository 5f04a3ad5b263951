import { InvalidDNSyntaxError, NoSuchObjectError } from 'ldapts';
import { OKTA_AGENT_SETTINGS, OKTA_INTEGRATION_SETTINGS } from '../../../lib/preflight/fault-outcome';
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

/** The checks as the preflight runs them: with the hints of the settings' directory profile. */
const groupBaseCheck = preflightCheck('PF-BASE-GROUPS');
const rootBaseCheck = preflightCheck('PF-BASE-ROOT');
const userBaseCheck = preflightCheck('PF-BASE-USERS');

const MISSING_BASE_FIX =
  'Check the DN: every RDN must name an existing entry, spelled as in the directory. If it is right, the bind DN may lack the right to read it (a user can be allowed to bind and see no tree).';
const ORG_ID_HINT =
  'Check the org id: the o=<ORG_ID> part must be your JumpCloud organization id (JumpCloud Admin Portal > Settings > Organization profile). If it is right, the bind user may lack "Enable as LDAP Bind DN" (such a user can bind but sees no tree).';

describe('PF-BASE-ROOT / PF-BASE-USERS / PF-BASE-GROUPS', () => {
  test('passes when the base entry is visible; asks one base-scope search for no attributes', async () => {
    const connection = new FakeLdapConnection().onSearch({ base: JC_USERS, scope: 'base' }, [
      entry(JC_USERS),
    ]);
    const outcome = await rootBaseCheck.run(checkContext(jumpCloud(), connection));
    expect(outcome).toEqual({
      status: 'pass',
      message: `Root DN ${JC_USERS} exists`,
      evidence: { dn: JC_USERS },
    });
    expect(connection.requests).toEqual([
      {
        op: 'search',
        base: JC_USERS,
        options: { scope: 'base', filter: '(objectClass=*)', attributes: ['1.1'], sizeLimit: 1 },
      },
    ]);
  });

  test('each check reads its own base', async () => {
    const people = `ou=people,${OL_BASE}`;
    const groups = `ou=groups,${OL_BASE}`;
    const connection = new FakeLdapConnection()
      .onSearch({ base: people }, [entry(people)])
      .onSearch({ base: groups }, [entry(groups)]);
    const context = checkContext(openLdap(), connection);
    expect(await userBaseCheck.run(context)).toMatchObject({
      status: 'pass',
      message: `User search base ${people} exists`,
    });
    expect(await groupBaseCheck.run(context)).toMatchObject({
      status: 'pass',
      message: `Group search base ${groups} exists`,
    });
    expect(connection.searches.map((s) => s.base)).toEqual([people, groups]);
  });

  test('an empty answer: the base is not visible to the bind DN (access)', async () => {
    const outcome = await userBaseCheck.run(checkContext(jumpCloud(), new FakeLdapConnection()));
    expect(outcome).toEqual({
      status: 'fail',
      message: `User search base ${JC_USERS} is not visible to the bind DN`,
      evidence: { dn: JC_USERS, faultClass: 'access' },
      fix: `${MISSING_BASE_FIX} Change it in directory.user.searchBase, and in ${OKTA_INTEGRATION_SETTINGS} > User search base. ${ORG_ID_HINT}`,
    });
  });

  test('noSuchObject (code 32): check the org id', async () => {
    const connection = new FakeLdapConnection().onSearch({}, new NoSuchObjectError());
    const outcome = await rootBaseCheck.run(checkContext(jumpCloud(), connection));
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `Root DN ${JC_USERS} does not exist (noSuchObject, code 32)`,
      evidence: { dn: JC_USERS, faultClass: 'no-such-object', code: 32 },
      fix: `${MISSING_BASE_FIX} Change it in directory.agent.rootDn, and in ${OKTA_AGENT_SETTINGS}. ${ORG_ID_HINT}`,
    });
  });

  test('a group base in ou=Groups gets the JumpCloud hint', async () => {
    const groups = `ou=Groups,o=x,dc=jumpcloud,dc=com`;
    const settings = jumpCloud({ group: { searchBase: groups } });
    const connection = new FakeLdapConnection().onSearch({}, new NoSuchObjectError());
    const outcome = await groupBaseCheck.run(checkContext(settings, connection));
    expect((outcome as { fix: string }).fix).toBe(
      `${MISSING_BASE_FIX} Change it in directory.group.searchBase, and in ${OKTA_INTEGRATION_SETTINGS} > Group search base. ${ORG_ID_HINT} JumpCloud keeps groups in ou=Users, not ou=Groups.`,
    );
  });

  test('invalidDNSyntax (code 34): write the DN as RFC 4514', async () => {
    const connection = new FakeLdapConnection().onSearch({}, new InvalidDNSyntaxError());
    const outcome = await userBaseCheck.run(checkContext(jumpCloud(), connection));
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `User search base '${JC_USERS}' is not a valid DN (invalidDNSyntax, code 34)`,
      fix: `Write the DN as RFC 4514 (e.g. ou=people,dc=example,dc=com) in directory.user.searchBase, and in ${OKTA_INTEGRATION_SETTINGS} > User search base. JumpCloud DNs look like ou=Users,o=<ORG_ID>,dc=jumpcloud,dc=com.`,
    });
  });

  test('all three require PF-BIND', () => {
    for (const check of [rootBaseCheck, userBaseCheck, groupBaseCheck])
      expect(check.requires).toEqual(['PF-BIND']);
  });
});
