import { LdapConnectionSecurity } from '../../../lib/settings/setting-choices';
import { plainLdapRefusedRule } from '../../../lib/validation/rules/plain-ldap-refused';
import { input, jumpCloud, run } from './rule-fixtures';

describe('OKLDAP-109 plain LDAP refused', () => {
  test('passes LDAPS and STARTTLS', () => {
    expect(run(plainLdapRefusedRule, input(jumpCloud()))).toEqual([]);
    expect(
      run(
        plainLdapRefusedRule,
        input(jumpCloud({ agent: { port: 389, connectionSecurity: LdapConnectionSecurity.STARTTLS } })),
      ),
    ).toEqual([]);
  });

  test('refuses PLAIN without allowPlainLdap', () => {
    expect(
      run(
        plainLdapRefusedRule,
        input(jumpCloud({ agent: { port: 389, connectionSecurity: LdapConnectionSecurity.PLAIN } })),
      ),
    ).toEqual([
      {
        ruleId: 'OKLDAP-109',
        severity: 'error',
        path: 'directory.agent.connectionSecurity',
        value: 'PLAIN',
        message:
          'connection security PLAIN sends the bind password and user data unencrypted; allowed are LDAPS and STARTTLS (PLAIN only with allowPlainLdap: true)',
        fix: 'Use LdapConnectionSecurity.LDAPS (port 636) or STARTTLS (port 389); set directory.agent.allowPlainLdap: true only for a test directory on a trusted network',
      },
    ]);
  });

  test('accepts PLAIN with allowPlainLdap: true', () => {
    expect(
      run(
        plainLdapRefusedRule,
        input(
          jumpCloud({
            agent: { port: 389, connectionSecurity: LdapConnectionSecurity.PLAIN, allowPlainLdap: true },
          }),
        ),
      ),
    ).toEqual([]);
  });
});
