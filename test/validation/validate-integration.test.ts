import {
  type LdapGroupMapping,
  type LdapPasswordPolicy,
  type LdapRoleMapping,
  OktaAdminRole,
} from '../../lib/mappings/mapping-types';
import {
  type LdapDirectorySettings,
  resolveDirectorySettings,
} from '../../lib/settings/ldap-directory-settings';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';
import { ALL_RULES } from '../../lib/validation/all-rules';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { validateIntegration } from '../../lib/validation/validate-integration';
import { OktaLdapValidationError } from '../../lib/validation/validate-integration';
import { formatViolation, type Violation } from '../../lib/validation-rule/validation-rule';
import { q, userMappingPath } from '../../lib/validation-rule/rule-support';
import { input, jumpCloud, openLdap, VALID_MAPPINGS } from './rules/rule-fixtures';

describe('validateIntegration with ALL_RULES', () => {
  test('the JumpCloud preset with typical mappings has no error and only the entrydn warning', () => {
    const result = validateIntegration(input(jumpCloud(), VALID_MAPPINGS));
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.ruleId)).toEqual(['OKLDAP-111']);
  });

  test('the OpenLDAP preset with typical mappings is clean', () => {
    expect(validateIntegration(input(openLdap(), VALID_MAPPINGS))).toEqual({
      errors: [],
      warnings: [],
      suppressed: [],
    });
  });

  test('a badly edited JumpCloud integration reports every problem with its rule id', () => {
    const settings = jumpCloudDirectory({
      orgId: 'Acme',
      bindUser: 'okta-bind',
      agent: { host: 'ldaps://ldap.jumpcloud.com', port: 389 },
      user: { objectFilter: 'objectclass=inetorgperson' },
      group: { searchBase: 'ou=Groups,o=Acme,dc=jumpcloud,dc=com' },
    });
    const result = validateIntegration(
      input(settings, {
        userMappings: { email: 'appuser.email', EMAIL: 'appuser.mail' },
        groupMappings: [{ ldapGroup: 'eng', oktaGroup: 'Engineering' }],
        roleMappings: [{ ldapGroup: 'Engineering', role: OktaAdminRole.ORG_ADMIN }],
      }),
    );
    expect(result.errors.map((v) => `${v.ruleId} ${v.path}`)).toEqual([
      'OKLDAP-102 directory.group.searchBase',
      'OKLDAP-105 orgId',
      'OKLDAP-107 directory.user.objectFilter',
      'OKLDAP-110 directory.agent.port',
      'OKLDAP-119 directory.agent.host',
      'OKLDAP-205 roleMappings[0].ldapGroup',
      'OKLDAP-207 userMappings.EMAIL',
    ]);
    expect(result.warnings.map((v) => v.ruleId)).toEqual(['OKLDAP-111']);
    expect(formatViolation(result.errors[3]!)).toBe(
      '[OKLDAP-110] directory.agent.port: port 389 means STARTTLS or plain LDAP, but connection security is LDAPS; ' +
        'LDAPS is spoken on port 636 (got 389). Fix: Use port 636 with LDAPS, or set connectionSecurity to ' +
        'LdapConnectionSecurity.STARTTLS on port 389',
    );
  });

  test('STARTTLS on 389 is accepted; PLAIN is refused until allowed', () => {
    const starttls = jumpCloud({ agent: { port: 389, connectionSecurity: LdapConnectionSecurity.STARTTLS } });
    expect(validateIntegration(input(starttls)).errors).toEqual([]);
    const plain = jumpCloud({ agent: { port: 389, connectionSecurity: LdapConnectionSecurity.PLAIN } });
    expect(validateIntegration(input(plain)).errors.map((v) => v.ruleId)).toEqual(['OKLDAP-109']);
  });

  test('every rule is a pure function: same input, same output, input not changed', () => {
    const i = input(jumpCloud(), VALID_MAPPINGS);
    const before = JSON.stringify(i);
    expect(validateIntegration(i)).toEqual(validateIntegration(i));
    expect(JSON.stringify(i)).toBe(before);
  });

  test('no rule throws on malformed plain-JavaScript input', () => {
    const settings = resolveDirectorySettings({
      agent: { port: '636' },
      user: { extraAttributes: [{}, { ldapAttribute: 3 }, { ldapAttribute: 'a', profileProperty: null }] },
      group: { searchBase: 42 },
      import: { usernameFormat: 'NOPE' },
    } as unknown as LdapDirectorySettings);
    const malformed = {
      settings,
      userMappings: { a: undefined, b: 3, B: null } as unknown as Record<string, string>,
      groupMappings: [
        {},
        { oktaGroup: 'X' },
        { oktaGroup: 'x', ldapGroup: 3 },
        { ruleName: 5 },
      ] as unknown as LdapGroupMapping[],
      roleMappings: [
        {},
        { ldapGroup: 'g' },
        { ldapGroup: 'G', targetGroupIds: 'x', targetApps: null },
      ] as unknown as LdapRoleMapping[],
      passwordPolicy: { priority: 'high' } as unknown as LdapPasswordPolicy,
    };
    for (const rule of ALL_RULES) expect(() => rule.check(malformed)).not.toThrow();
    const { errors } = validateIntegration(malformed);
    expect(errors.map((v) => v.ruleId)).toEqual(
      expect.arrayContaining(['OKLDAP-108', 'OKLDAP-113', 'OKLDAP-208', 'OKLDAP-211']),
    );
  });
});

describe('hidden characters in what violations print', () => {
  const v: Violation = {
    ruleId: 'OKLDAP-999',
    severity: 'error',
    path: 'groupMappings[0].oktaGroup',
    value: 'Eng\u202e\u200b\n',
    message: 'bad',
    fix: 'fix it',
  };

  test('formatViolation shows the value as JSON, with what JSON leaves hidden shown as <U+XXXX>', () => {
    expect(formatViolation(v)).toBe(
      '[OKLDAP-999] groupMappings[0].oktaGroup: bad (got "Eng<U+202E><U+200B>\\n"). Fix: fix it',
    );
    expect(formatViolation({ ...v, value: undefined })).toBe(
      '[OKLDAP-999] groupMappings[0].oktaGroup: bad (got undefined). Fix: fix it',
    );
    expect(formatViolation({ ...v, value: { ldapGroup: 'a\u2066' } })).toContain(
      '(got {"ldapGroup":"a<U+2066>"})',
    );
  });

  test('q and userMappingPath show hidden characters, and change nothing else', () => {
    expect(q('a\u202eb\u00a0c\n')).toBe("'a<U+202E>b<U+00A0>c\\n'");
    expect(q("O'Brien é 開発 🚀")).toBe("'O'Brien é 開発 🚀'");
    expect(q(3)).toBe('3');
    expect(userMappingPath('e\u200bmail')).toBe('userMappings["e<U+200B>mail"]');
    expect(userMappingPath('first-name')).toBe('userMappings["first-name"]');
  });

  test('OktaLdapValidationError shows hidden characters of the construct path', () => {
    const error = new OktaLdapValidationError('org/Jump\u202eCloud', [v]);
    expect(error.message.split('\n')[0]).toBe(
      "OktaLdapIntegration 'org/Jump<U+202E>Cloud' has 1 invalid setting(s):",
    );
    expect(error.constructPath).toBe('org/Jump\u202eCloud');
  });
});
