import {
  checkContext,
  FakeLdapConnection,
  jumpCloud,
  preflightCheck,
} from '../../support/fake-ldap-connection';

const trustedConnectionCheck = preflightCheck('PF-TRUSTED-CONNECTION');

describe('PF-TRUSTED-CONNECTION', () => {
  test('runs first, requires nothing, and only with a trusted connection', () => {
    const connection = new FakeLdapConnection();
    expect(trustedConnectionCheck.requires).toEqual([]);
    expect(trustedConnectionCheck.appliesTo!(checkContext(jumpCloud(), connection))).toBe(false);
    const context = checkContext(jumpCloud(), connection, {
      trustedConnection: { source: '--connection-from base', differences: [] },
    });
    expect(trustedConnectionCheck.appliesTo!(context)).toBe(true);
  });

  test('passes when nothing differs, without touching the connection', async () => {
    const connection = new FakeLdapConnection();
    const outcome = await trustedConnectionCheck.run(
      checkContext(jumpCloud(), connection, {
        trustedConnection: { source: '--connection-from base', differences: [] },
      }),
    );
    expect(outcome).toEqual({
      status: 'pass',
      message:
        'Host, port, connection security, bind DN and CA taken from --connection-from base; the checked settings name the same connection',
      evidence: { connectionFrom: '--connection-from base', differing: [] },
    });
    expect(connection.requests).toEqual([]);
  });

  test('warns naming each difference, hidden characters escaped and long values cut; the evidence keeps them whole', async () => {
    const host = `evil\u202Eexample${'x'.repeat(100)}`;
    const differences = [
      { field: 'agent.host', used: 'ldap.jumpcloud.com', ignored: host },
      { field: 'agent.port', used: 636, ignored: 1636 },
      { field: 'agent.bindDn', used: 'uid=bind', ignored: undefined },
    ];
    const outcome = await trustedConnectionCheck.run(
      checkContext(jumpCloud(), new FakeLdapConnection(), {
        trustedConnection: { source: '--connection-from base', differences },
      }),
    );
    expect(outcome).toEqual({
      status: 'warn',
      message:
        `The checked settings name another connection than --connection-from base (agent.host: "evil<U+202E>example${'x'.repeat(61)}…(+39 characters)" not used, "ldap.jumpcloud.com" used; ` +
        'agent.port: "1636" not used, "636" used; agent.bindDn: unset not used, "uid=bind" used): the bind password went only to the connection of --connection-from base; the other one was neither used nor checked',
      evidence: { connectionFrom: '--connection-from base', differing: differences },
      fix: 'Review the connection change before approving: the bind password must only ever go to a directory you trust. Once the change is merged and --connection-from base holds it, the preflight checks it.',
    });
  });
});
