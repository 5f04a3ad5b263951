import { integrationModel } from '../../lib/model/integration-model';
import { withTrustedConnection } from '../../lib/preflight/trusted-connection';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';
import { CONNECTION_FIELDS } from '../../lib/settings/settings-fields';
import { jumpCloud } from '../support/fake-ldap-connection';

const trusted = integrationModel({ settings: jumpCloud() }).settings;

describe('withTrustedConnection', () => {
  test('the connection fields of the table are the ones a bind reads: server, port, protection, bind account', () => {
    expect(CONNECTION_FIELDS.map((f) => f.path)).toEqual([
      'agent.host',
      'agent.port',
      'agent.connectionSecurity',
      'agent.allowPlainLdap',
      'agent.bindDn',
    ]);
  });

  test('takes every connection field from the trusted settings and keeps everything else, listing what differs', () => {
    const base = jumpCloud();
    const checked = integrationModel({
      settings: {
        ...base,
        agent: {
          ...base.agent,
          host: 'ldap.attacker.example',
          port: 389,
          connectionSecurity: LdapConnectionSecurity.PLAIN,
          allowPlainLdap: true,
          bindDn: 'uid=someone-else,dc=example',
          rootDn: 'dc=head-root',
        },
        user: { ...base.user, objectFilter: '(uid=head-filter)' },
      },
    }).settings;
    const taken = withTrustedConnection(checked, { settings: trusted, source: 'base' });
    expect(taken.settings.agent).toEqual({ ...trusted.agent, rootDn: 'dc=head-root' });
    expect(taken.settings.user).toEqual(checked.user);
    expect(taken.settings.group).toEqual(checked.group);
    expect(taken.differences).toEqual([
      { field: 'agent.host', used: 'ldap.jumpcloud.com', ignored: 'ldap.attacker.example' },
      { field: 'agent.port', used: 636, ignored: 389 },
      { field: 'agent.connectionSecurity', used: 'LDAPS', ignored: 'PLAIN' },
      { field: 'agent.allowPlainLdap', used: false, ignored: true },
      { field: 'agent.bindDn', used: trusted.agent.bindDn, ignored: 'uid=someone-else,dc=example' },
    ]);
    // The settings under check are left as they were.
    expect(checked.agent.host).toBe('ldap.attacker.example');
  });

  test('the same connection differs in nothing; differences found by the caller come last', () => {
    const same = withTrustedConnection(trusted, { settings: trusted, source: 'base' });
    expect(same.differences).toEqual([]);
    expect(same.settings).toEqual(trusted);
    const ca = { field: 'preflightGuardOptions.caFile', used: 'a.pem', ignored: 'b.pem' };
    expect(
      withTrustedConnection(trusted, { settings: trusted, source: 'base', otherDifferences: [ca] })
        .differences,
    ).toEqual([ca]);
  });
});
