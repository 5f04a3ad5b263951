import {
  checkContext,
  FakeLdapConnection,
  JC_BIND_DN,
  jumpCloud,
  preflightCheck,
} from '../../support/fake-ldap-connection';

const passwordPresentCheck = preflightCheck('PF-PASSWORD');

describe('PF-PASSWORD', () => {
  test('passes when a password is given, without touching the connection', async () => {
    const connection = new FakeLdapConnection();
    const outcome = await passwordPresentCheck.run(
      checkContext(jumpCloud(), connection, { bindPassword: 'x' }),
    );
    expect(outcome).toEqual({
      status: 'pass',
      message: 'A bind password was given (its value is never shown)',
      evidence: { bindDn: JC_BIND_DN },
    });
    expect(connection.requests).toEqual([]);
  });

  test('fails on an empty password, naming where to give it', async () => {
    const connection = new FakeLdapConnection();
    const outcome = await passwordPresentCheck.run(
      checkContext(jumpCloud(), connection, { bindPassword: '' }),
    );
    expect(outcome).toMatchObject({
      status: 'fail',
      message:
        'The bind password is empty: an empty password is an unauthenticated bind that many servers accept, so no bind was attempted',
      fix: `Give the password of ${JC_BIND_DN} in the environment variable LDAP_BIND_PASSWORD or on stdin with --password-stdin (library: options.bindPassword). In JumpCloud the bind user's password is set under Users > (the bind user) > Password.`,
    });
    expect(connection.requests).toEqual([]);
  });

  test('runs first: it requires nothing', () => {
    expect(passwordPresentCheck.requires).toEqual([]);
  });
});
