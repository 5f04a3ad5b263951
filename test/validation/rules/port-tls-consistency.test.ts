import { LdapConnectionSecurity } from '../../../lib/settings/setting-choices';
import { portTlsConsistencyRule } from '../../../lib/validation/rules/port-tls-consistency';
import { input, jumpCloud, numberToken, run } from './rule-fixtures';

describe('OKLDAP-110 port and TLS agree', () => {
  test.each([
    [636, LdapConnectionSecurity.LDAPS],
    [389, LdapConnectionSecurity.STARTTLS],
    [389, LdapConnectionSecurity.PLAIN],
    [3269, LdapConnectionSecurity.LDAPS],
    [10389, LdapConnectionSecurity.STARTTLS],
  ])('passes port %i with %s', (port, connectionSecurity) => {
    expect(run(portTlsConsistencyRule, input(jumpCloud({ agent: { port, connectionSecurity } })))).toEqual(
      [],
    );
  });

  test.each([LdapConnectionSecurity.STARTTLS, LdapConnectionSecurity.PLAIN])(
    '636 with %s: "636 means LDAPS"',
    (security) => {
      expect(
        run(portTlsConsistencyRule, input(jumpCloud({ agent: { port: 636, connectionSecurity: security } }))),
      ).toEqual([
        {
          ruleId: 'OKLDAP-110',
          severity: 'error',
          path: 'directory.agent.port',
          value: 636,
          message: `port 636 means LDAPS, but connection security is ${security}; ${security} is spoken on port 389`,
          fix: 'Set connectionSecurity to LdapConnectionSecurity.LDAPS, or use port 389 for STARTTLS',
        },
      ]);
    },
  );

  test('389 with LDAPS: "389 means STARTTLS or plain"', () => {
    expect(run(portTlsConsistencyRule, input(jumpCloud({ agent: { port: 389 } })))).toEqual([
      {
        ruleId: 'OKLDAP-110',
        severity: 'error',
        path: 'directory.agent.port',
        value: 389,
        message:
          'port 389 means STARTTLS or plain LDAP, but connection security is LDAPS; LDAPS is spoken on port 636',
        fix: 'Use port 636 with LDAPS, or set connectionSecurity to LdapConnectionSecurity.STARTTLS on port 389',
      },
    ]);
  });

  test('skips a port token', () => {
    expect(run(portTlsConsistencyRule, input(jumpCloud({ agent: { port: numberToken(389) } })))).toEqual([]);
  });
});
