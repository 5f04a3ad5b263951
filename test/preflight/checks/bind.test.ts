import { InappropriateAuthError, InvalidCredentialsError, UnwillingToPerformError } from 'ldapts';
import { OKTA_AGENT_SETTINGS } from '../../../lib/preflight/fault-outcome';
import {
  checkContext,
  FakeLdapConnection,
  JC_BIND_DN,
  jumpCloud,
  preflightCheck,
} from '../../support/fake-ldap-connection';

const bindCheck = preflightCheck('PF-BIND');

async function bindWith(connection: FakeLdapConnection) {
  return bindCheck.run(
    checkContext(jumpCloud(), connection, { bindPassword: 'pw', operationTimeoutMs: 1234 }),
  );
}

describe('PF-BIND', () => {
  test('passes when the bind succeeds, binding once as the bind DN', async () => {
    const connection = new FakeLdapConnection();
    expect(await bindWith(connection)).toEqual({
      status: 'pass',
      message: `Bound as ${JC_BIND_DN}`,
      evidence: { bindDn: JC_BIND_DN },
    });
    expect(connection.requests).toEqual([{ op: 'bind', dn: JC_BIND_DN }]);
  });

  test('invalid credentials (code 49): wrong password or not an LDAP Bind DN', async () => {
    const outcome = await bindWith(new FakeLdapConnection().failBind(new InvalidCredentialsError()));
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `Bind as ${JC_BIND_DN} refused (invalid credentials, code 49): wrong password or bind DN, or the directory does not let this user bind`,
      evidence: { bindDn: JC_BIND_DN, faultClass: 'auth', code: 49 },
    });
    expect((outcome as { fix: string }).fix).toMatch(
      /^Check the password in LDAP_BIND_PASSWORD and the bind DN/,
    );
    expect((outcome as { fix: string }).fix).toContain(
      `The same bind DN and password go into ${OKTA_AGENT_SETTINGS}. A JumpCloud bind DN is uid=<BIND_USER>,ou=Users,o=<ORG_ID>,dc=jumpcloud,dc=com. In the JumpCloud Admin Portal: Users > (the bind user) > User Security Settings and Permissions > "Enable as LDAP Bind DN"`,
    );
  });

  test.each([
    [new UnwillingToPerformError(), 'unwilling to perform', 53],
    [new InappropriateAuthError(), 'inappropriate authentication', 48],
  ])('code %#: the directory refuses this kind of bind', async (error, words, code) => {
    const outcome = await bindWith(new FakeLdapConnection().failBind(error));
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `Bind as ${JC_BIND_DN} refused (${words}, code ${code}): the directory does not accept this kind of bind`,
    });
    expect((outcome as { fix: string }).fix).toMatch(/^Use a bind DN with a password/);
  });

  test('a close before the answer: an LDAPS port spoken to in plain LDAP', async () => {
    const detail = 'Connection closed before message response was received. Message type: BindRequest (0x60)';
    const outcome = await bindWith(new FakeLdapConnection().failBind(new Error(detail)));
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `ldap.jumpcloud.com:636 closed the connection before answering the bind: it looks like an LDAPS port spoken to in plain LDAP (${detail})`,
      fix: `Use connectionSecurity LDAPS for port 636 ("Use SSL" on in ${OKTA_AGENT_SETTINGS}).`,
    });
  });

  test('no answer: a timeout naming the operation timeout', async () => {
    const outcome = await bindWith(new FakeLdapConnection().failBind(new Error('Bind: Operation timed out')));
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `Bind as ${JC_BIND_DN} got no answer within 1234 ms (Bind: Operation timed out)`,
      evidence: { faultClass: 'timeout' },
    });
  });

  test('any other error: the generic message with class and code', async () => {
    const outcome = await bindWith(
      new FakeLdapConnection().failBind(Object.assign(new Error('boom'), { code: 80 })),
    );
    expect(outcome).toMatchObject({
      status: 'fail',
      message: `Bind as ${JC_BIND_DN} failed (ldap, code 80): boom`,
      fix: 'Check the bind DN and password; see docs/preflight.md "Common errors".',
    });
  });

  test('requires the password and TLS checks', () => {
    expect(bindCheck.requires).toEqual(['PF-PASSWORD', 'PF-TLS']);
  });
});
