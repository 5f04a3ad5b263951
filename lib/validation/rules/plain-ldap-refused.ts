import { LdapConnectionSecurity } from '../../settings/setting-choices';
import { defineRule } from '../../validation-rule/define-rule';

/**
 * OKLDAP-109: unencrypted LDAP is refused unless `allowPlainLdap` is set: the bind password and every
 * user attribute would cross the network in clear text.
 */
export const plainLdapRefusedRule = defineRule('OKLDAP-109', {
  severity: 'error',
  title: 'Plain (unencrypted) LDAP without allowPlainLdap',
  check(input, report) {
    const { connectionSecurity, allowPlainLdap } = input.settings.agent;
    if (connectionSecurity !== LdapConnectionSecurity.PLAIN || allowPlainLdap === true) return;
    report(
      'directory.agent.connectionSecurity',
      connectionSecurity,
      'connection security PLAIN sends the bind password and user data unencrypted; allowed are LDAPS and STARTTLS (PLAIN only with allowPlainLdap: true)',
      'Use LdapConnectionSecurity.LDAPS (port 636) or STARTTLS (port 389); set directory.agent.allowPlainLdap: true only for a test directory on a trusted network',
    );
  },
});
