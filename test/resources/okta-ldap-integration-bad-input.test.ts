/**
 * Realistic bad input through the real rules: the construct throws one OktaLdapValidationError
 * naming each rule id and property path, never a cdktf stack trace.
 */
import { Testing } from 'cdktf';
import { LdapDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';
import { OktaLdapIntegration, OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { OktaLdapValidationError } from '../../lib/validation/validate-integration';
import { jumpCloudSettings, OrgStack, USERS_BASE, validProps } from './fixtures';

function violationsOf(props: OktaLdapIntegrationProps): [string, string][] {
  const stack = new OrgStack(Testing.app(), 'org');
  try {
    new OktaLdapIntegration(stack, 'JumpCloud', props);
  } catch (e) {
    expect(OktaLdapValidationError.isOktaLdapValidationError(e)).toBe(true);
    const error = e as OktaLdapValidationError;
    expect(error.message.split('\n')[0]).toBe(
      `OktaLdapIntegration 'org/JumpCloud' has ${error.violations.length} invalid setting(s):`,
    );
    expect(error.message).not.toContain('There is already a Construct');
    return error.violations.map((v) => [v.ruleId, v.path]);
  }
  throw new Error('expected OktaLdapValidationError');
}

function withAgent(agent: Partial<LdapDirectorySettings['agent']>): OktaLdapIntegrationProps {
  const directory = jumpCloudSettings();
  return validProps({ directory: { ...directory, agent: { ...directory.agent, ...agent } } });
}

describe('bad input through the real rules', () => {
  test('the valid fixture passes with no warning', () => {
    const stack = new OrgStack(Testing.app(), 'org');
    const integration = new OktaLdapIntegration(stack, 'JumpCloud', validProps());
    expect(integration.warnings).toEqual([]);
  });

  test('a JumpCloud org id that is not hex', () => {
    const bad = 'ou=Users,o=not-an-org,dc=jumpcloud,dc=com';
    expect(violationsOf(withAgent({ rootDn: bad, bindDn: `uid=okta-bind,${bad}` }))).toEqual(
      expect.arrayContaining([['OKLDAP-105', 'directory.agent.rootDn']]),
    );
  });

  test('a malformed bind DN (unescaped special character)', () => {
    expect(violationsOf(withAgent({ bindDn: `uid=okta"bind,${USERS_BASE}` }))).toEqual(
      expect.arrayContaining([['OKLDAP-101', 'directory.agent.bindDn']]),
    );
  });

  test('a user filter that does not parse', () => {
    const directory = jumpCloudSettings();
    const props = validProps({
      directory: { ...directory, user: { ...directory.user, objectFilter: '(objectclass=inetorgperson' } },
    });
    expect(violationsOf(props)).toEqual([['OKLDAP-107', 'directory.user.objectFilter']]);
  });

  test('plain LDAP without opt-in, and port 636 with STARTTLS', () => {
    expect(violationsOf(withAgent({ connectionSecurity: LdapConnectionSecurity.PLAIN, port: 389 }))).toEqual([
      ['OKLDAP-109', 'directory.agent.connectionSecurity'],
    ]);
    expect(
      violationsOf(withAgent({ connectionSecurity: LdapConnectionSecurity.STARTTLS, port: 636 })),
    ).toEqual(expect.arrayContaining([expect.arrayContaining(['OKLDAP-110'])]));
  });

  test('duplicate Okta groups (case-insensitive) and a group rule name over 50 characters', () => {
    const props = validProps({
      groupMappings: [
        { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
        { ldapGroup: 'eng-contractors', oktaGroup: 'ENGINEERING' },
        { ldapGroup: 'sales', oktaGroup: 'Sales', ruleName: 'x'.repeat(51) },
      ],
    });
    expect(violationsOf(props)).toEqual([
      ['OKLDAP-201', 'groupMappings[2].ruleName'],
      ['OKLDAP-202', 'groupMappings[1].oktaGroup'],
    ]);
  });

  test('an empty LDAP group name in a mapping', () => {
    const props = validProps({ groupMappings: [{ ldapGroup: '', oktaGroup: 'Engineering' }] });
    expect(violationsOf(props)).toEqual(
      expect.arrayContaining([['OKLDAP-208', 'groupMappings[0].ldapGroup']]),
    );
  });

  test('the JumpCloud recipe value entrydn is a warning, and an error in strict mode', () => {
    const directory = jumpCloudSettings({
      schema: { uniqueIdentifierAttribute: 'entrydn', dnAttribute: 'entrydn' },
    });
    const stack = new OrgStack(Testing.app(), 'org');
    const integration = new OktaLdapIntegration(stack, 'JumpCloud', validProps({ directory }));
    expect(integration.warnings.map((w) => w.ruleId)).toEqual(['OKLDAP-111']);
    expect(violationsOf(validProps({ directory, strict: true }))).toEqual([
      ['OKLDAP-111', 'directory.schema.uniqueIdentifierAttribute'],
    ]);
  });
});
