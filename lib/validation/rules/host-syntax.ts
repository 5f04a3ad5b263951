import { isIP } from 'node:net';
import { defineRule } from '../../validation-rule/define-rule';
import { isCheckableString, q } from '../../validation-rule/rule-support';

const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** Why `host` is not a bare host name or IP address, or `undefined` when it is one. */
export function hostProblem(host: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return 'is a URL';
  if (/\s/.test(host)) return 'contains a space';
  if (isIP(host) !== 0) return undefined;
  if (/^\[.*\]$/.test(host) && isIP(host.slice(1, -1)) === 6) return 'has brackets around an IPv6 address';
  if (/:\d+$/.test(host)) return 'includes a port';
  const name = host.endsWith('.') ? host.slice(0, -1) : host;
  if (name.length > 253 || !name.split('.').every((label) => LABEL.test(label))) {
    return 'is not a host name';
  }
  return undefined;
}

/**
 * OKLDAP-119: the LDAP host is a bare host name or IP address: no `ldaps://` scheme, no `:636` port
 * (the port has its own field), no path or spaces.
 */
export const hostSyntaxRule = defineRule('OKLDAP-119', {
  severity: 'error',
  title: 'The LDAP host is not a bare host name or IP address',
  check(input, report) {
    const host = input.settings.agent.host;
    const problem = isCheckableString(host) && host.trim() !== '' ? hostProblem(host) : undefined;
    if (problem === undefined) return;
    report(
      'directory.agent.host',
      host,
      `LDAP host ${q(host)} ${problem}; expected a host name or IP address only, e.g. 'ldap.example.com'`,
      'Put only the host name in directory.agent.host, the port in directory.agent.port and LDAPS/STARTTLS in directory.agent.connectionSecurity',
    );
  },
});
