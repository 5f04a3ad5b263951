import { LdapConnectionSecurity } from '../../settings/ldap-directory-settings';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-109: unencrypted LDAP is refused unless `allowPlainLdap` is set: the bind password and every
 * user attribute would cross the network in clear text.
 */
export const plainLdapRefusedRule: ValidationRule = {
  id: 'OKLDAP-109',
  severity: 'error',
  title: 'Plain (unencrypted) LDAP without allowPlainLdap',
  check(input) {
    const { connectionSecurity, allowPlainLdap } = input.settings.agent;
    if (connectionSecurity !== LdapConnectionSecurity.PLAIN || allowPlainLdap === true) return [];
    return [
      violation(
        plainLdapRefusedRule,
        'directory.agent.connectionSecurity',
        connectionSecurity,
        'connection security PLAIN sends the bind password and user data unencrypted; allowed are LDAPS and STARTTLS (PLAIN only with allowPlainLdap: true)',
        'Use LdapConnectionSecurity.LDAPS (port 636) or STARTTLS (port 389); set directory.agent.allowPlainLdap: true only for a test directory on a trusted network',
      ),
    ];
  },
};
