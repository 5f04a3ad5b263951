import { LdapConnectionSecurity } from '../../../lib/settings/setting-choices';
import { portRangeRule } from '../../../lib/validation/rules/port-range';
import { input, jumpCloud, numberToken, run } from './rule-fixtures';

const FIX =
  'Set directory.agent.port to 636 (LDAPS) or 389 (STARTTLS), or leave it unset for the default of the connection security';

describe('OKLDAP-108 port range', () => {
  test.each([1, 636, 3269, 65535])('passes port %i', (port) => {
    expect(run(portRangeRule, input(jumpCloud({ agent: { port } })))).toEqual([]);
  });

  test('passes the default port', () => {
    const settings = jumpCloud();
    const { port: _port, ...agent } = settings.agent;
    expect(
      run(
        portRangeRule,
        input({ ...settings, agent: { ...agent, connectionSecurity: LdapConnectionSecurity.LDAPS } }),
      ),
    ).toEqual([]);
  });

  test.each([0, -1, 65536, 636.5, Number.NaN])('reports port %p', (port) => {
    expect(run(portRangeRule, input(jumpCloud({ agent: { port } })))).toEqual([
      {
        ruleId: 'OKLDAP-108',
        severity: 'error',
        path: 'directory.agent.port',
        value: port,
        message: `port ${String(port)} is not a TCP port; a port is a whole number from 1 to 65535 (636 for LDAPS, 389 for STARTTLS)`,
        fix: FIX,
      },
    ]);
  });

  test('skips a number token', () => {
    expect(run(portRangeRule, input(jumpCloud({ agent: { port: numberToken(0) } })))).toEqual([]);
  });
});
