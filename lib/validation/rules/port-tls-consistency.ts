import { LdapConnectionSecurity } from '../../settings/ldap-directory-settings';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-110: the well-known ports match the connection security: 636 is LDAPS (TLS from the first
 * byte), 389 is STARTTLS or plain. A mismatch fails at the first packet ("Connection closed before
 * message response was received" or a TLS handshake error). Other ports are not checked.
 */
export const portTlsConsistencyRule: ValidationRule = {
  id: 'OKLDAP-110',
  severity: 'error',
  title: 'Port 636 without LDAPS, or port 389 with LDAPS',
  check(input) {
    const { port, connectionSecurity } = input.settings.agent;
    if (isUnresolved(port)) return [];
    if (port === 636 && connectionSecurity !== LdapConnectionSecurity.LDAPS) {
      return [
        violation(
          portTlsConsistencyRule,
          'directory.agent.port',
          port,
          `port 636 means LDAPS, but connection security is ${connectionSecurity}; ${connectionSecurity} is spoken on port 389`,
          'Set connectionSecurity to LdapConnectionSecurity.LDAPS, or use port 389 for STARTTLS',
        ),
      ];
    }
    if (port === 389 && connectionSecurity === LdapConnectionSecurity.LDAPS) {
      return [
        violation(
          portTlsConsistencyRule,
          'directory.agent.port',
          port,
          'port 389 means STARTTLS or plain LDAP, but connection security is LDAPS; LDAPS is spoken on port 636',
          'Use port 636 with LDAPS, or set connectionSecurity to LdapConnectionSecurity.STARTTLS on port 389',
        ),
      ];
    }
    return [];
  },
};
