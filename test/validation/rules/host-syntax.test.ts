import { hostSyntaxRule } from '../../../lib/validation/rules/host-syntax';
import { input, jumpCloud, run, stringToken } from './rule-fixtures';

const FIX =
  'Put only the host name in directory.agent.host, the port in directory.agent.port and LDAPS/STARTTLS in directory.agent.connectionSecurity';

describe('OKLDAP-119 host syntax', () => {
  test.each([
    'ldap.jumpcloud.com',
    'ldap.jumpcloud.com.',
    'localhost',
    '127.0.0.1',
    '::1',
    'ldap-1.corp.example',
  ])('passes %s', (host) => {
    expect(run(hostSyntaxRule, input(jumpCloud({ agent: { host } })))).toEqual([]);
  });

  test.each([
    ['ldaps://ldap.jumpcloud.com', 'is a URL'],
    ['ldap.jumpcloud.com:636', 'includes a port'],
    ['ldap jumpcloud.com', 'contains a space'],
    ['[::1]', 'has brackets around an IPv6 address'],
    ['ldap_1.example.com', 'is not a host name'],
    ['-ldap.example.com', 'is not a host name'],
    ['ldap..example.com', 'is not a host name'],
    ['ldap.example.com/x', 'is not a host name'],
  ])('reports %s: %s', (host, problem) => {
    expect(run(hostSyntaxRule, input(jumpCloud({ agent: { host } })))).toEqual([
      {
        ruleId: 'OKLDAP-119',
        severity: 'error',
        path: 'directory.agent.host',
        value: host,
        message: `LDAP host '${host}' ${problem}; expected a host name or IP address only, e.g. 'ldap.example.com'`,
        fix: FIX,
      },
    ]);
  });

  test('leaves blank hosts to OKLDAP-113 and skips tokens', () => {
    expect(run(hostSyntaxRule, input(jumpCloud({ agent: { host: '' } })))).toEqual([]);
    expect(run(hostSyntaxRule, input(jumpCloud({ agent: { host: stringToken('x y') } })))).toEqual([]);
  });
});
