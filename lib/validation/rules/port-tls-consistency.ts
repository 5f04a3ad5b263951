import { LdapConnectionSecurity } from '../../settings/setting-choices';
import { defineRule } from '../../validation-rule/define-rule';

/**
 * OKLDAP-110: the well-known ports match the connection security: 636 is LDAPS (TLS from the first
 * byte), 389 is STARTTLS or plain. A mismatch fails at the first packet ("Connection closed before
 * message response was received" or a TLS handshake error). Other ports are not checked.
 */
export const portTlsConsistencyRule = defineRule('OKLDAP-110', {
  severity: 'error',
  title: 'Port 636 without LDAPS, or port 389 with LDAPS',
  check(input, report) {
    const { port, connectionSecurity: security } = input.settings.agent;
    const ldaps = security === LdapConnectionSecurity.LDAPS;
    if (port === 636 && !ldaps) {
      report(
        'directory.agent.port',
        port,
        `port 636 means LDAPS, but connection security is ${security}; ${security} is spoken on port 389`,
        'Set connectionSecurity to LdapConnectionSecurity.LDAPS, or use port 389 for STARTTLS',
      );
    } else if (port === 389 && ldaps) {
      report(
        'directory.agent.port',
        port,
        'port 389 means STARTTLS or plain LDAP, but connection security is LDAPS; LDAPS is spoken on port 636',
        'Use port 636 with LDAPS, or set connectionSecurity to LdapConnectionSecurity.STARTTLS on port 389',
      );
    }
  },
});
