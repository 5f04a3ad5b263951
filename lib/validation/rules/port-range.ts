import type { ValidationRule } from '../../validation-rule/validation-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { violation } from '../../validation-rule/rule-support';

/** OKLDAP-108: the port is a whole number from 1 to 65535. */
export const portRangeRule: ValidationRule = {
  id: 'OKLDAP-108',
  severity: 'error',
  title: 'The LDAP port is not a whole number from 1 to 65535',
  check(input) {
    const port = input.settings.agent.port;
    if (isUnresolved(port)) return [];
    if (Number.isInteger(port) && port >= 1 && port <= 65535) return [];
    return [
      violation(
        portRangeRule,
        'directory.agent.port',
        port,
        `port ${String(port)} is not a TCP port; a port is a whole number from 1 to 65535 (636 for LDAPS, 389 for STARTTLS)`,
        'Set directory.agent.port to 636 (LDAPS) or 389 (STARTTLS), or leave it unset for the default of the connection security',
      ),
    ];
  },
};
