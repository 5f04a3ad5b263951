import { defineRule } from '../../validation-rule/define-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { isWholeNumberIn } from '../../validation-rule/rule-support';

/** OKLDAP-108: the port is a whole number from 1 to 65535. */
export const portRangeRule = defineRule('OKLDAP-108', {
  severity: 'error',
  title: 'The LDAP port is not a whole number from 1 to 65535',
  check(input, report) {
    const port = input.settings.agent.port;
    if (isUnresolved(port) || isWholeNumberIn(port, 1, 65535)) return;
    report(
      'directory.agent.port',
      port,
      `port ${String(port)} is not a TCP port; a port is a whole number from 1 to 65535 (636 for LDAPS, 389 for STARTTLS)`,
      'Set directory.agent.port to 636 (LDAPS) or 389 (STARTTLS), or leave it unset for the default of the connection security',
    );
  },
});
