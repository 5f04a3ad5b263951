import { OktaAdminRole } from '../../../lib/mappings/mapping-types';
import { hiddenCharactersRule } from '../../../lib/validation/rules/hidden-characters';
import { formatViolation } from '../../../lib/validation-rule/validation-rule';
import { input, jumpCloud, openLdap, run, stringToken, VALID_MAPPINGS } from './rule-fixtures';

const FIX_ONE =
  'Remove the character; it can make two names look equal or make a review show something other than what Terraform applies';
const FIX_MANY =
  'Remove the characters; they can make two names look equal or make a review show something other than what Terraform applies';

describe('OKLDAP-215 hidden characters', () => {
  test('passes the presets and typical mappings', () => {
    expect(run(hiddenCharactersRule, input(undefined, VALID_MAPPINGS))).toEqual([]);
    expect(run(hiddenCharactersRule, input(openLdap(), VALID_MAPPINGS))).toEqual([]);
  });

  test('passes ordinary non-ASCII names: accents, CJK, emoji, Persian and Devanagari joiners', () => {
    const names = [
      'Ingénierie R&D',
      'Müller-Lüdenscheidt',
      '開発チーム',
      '영업팀',
      'team 🚀',
      'devs 👩\u200d💻', // woman + ZERO WIDTH JOINER + laptop: one emoji
      'pride 🏳️\u200d🌈',
      'family 👨🏽\u200d👩🏽\u200d👧🏽',
      'England 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
      'می\u200cخواهم', // Persian: ZERO WIDTH NON-JOINER inside a word
      'क्\u200dष', // Devanagari: ZERO WIDTH JOINER after a virama
      'Ελληνικά',
    ];
    const i = input(undefined, {
      groupMappings: names.map((name, n) => ({ ldapGroup: `g${n}`, oktaGroup: name, description: name })),
      passwordPolicy: { name: names.join(' '), description: names.join(', ') },
    });
    expect(run(hiddenCharactersRule, i)).toEqual([]);
  });

  test('reports a right-to-left override in a group description, shown escaped, with its kind', () => {
    // U+00A0 is a space: not refused in a construct id (OKLDAP-403), so this rule reports it.
    const i = input(undefined, {
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering', description: 'Eng\u202eqa' }],
    });
    expect(run(hiddenCharactersRule, i)).toEqual([
      {
        ruleId: 'OKLDAP-215',
        severity: 'warning',
        path: 'groupMappings[0].description',
        value: 'Eng\u202eqa',
        message: "'Eng<U+202E>qa' holds a hidden character, shown here as <U+202E> (bidi)",
        fix: FIX_ONE,
      },
    ]);
  });

  test('reports a no-break space in an Okta group name (a space: a warning, not an OKLDAP-403 error)', () => {
    const i = input(undefined, { groupMappings: [{ ldapGroup: 'sales', oktaGroup: 'Sales\u00a0Team' }] });
    expect(run(hiddenCharactersRule, i)).toEqual([
      {
        ruleId: 'OKLDAP-215',
        severity: 'warning',
        path: 'groupMappings[0].oktaGroup',
        value: 'Sales\u00a0Team',
        message: "'Sales<U+00A0>Team' holds a hidden character, shown here as <U+00A0> (space)",
        fix: FIX_ONE,
      },
    ]);
  });

  test('one violation per value, each distinct character once, in order', () => {
    const filter = '(objectclass=\u200bperson\u200b\u0085)';
    const v = run(hiddenCharactersRule, input(jumpCloud({ user: { objectFilter: filter } })));
    expect(v).toEqual([
      {
        ruleId: 'OKLDAP-215',
        severity: 'warning',
        path: 'directory.user.objectFilter',
        value: filter,
        message:
          "'(objectclass=<U+200B>person<U+200B><U+0085>)' holds hidden characters, shown here as <U+200B> (zero-width), <U+0085> (control)",
        fix: FIX_MANY,
      },
    ]);
    expect(formatViolation(v[0]!)).toBe(
      `[OKLDAP-215] directory.user.objectFilter: '(objectclass=<U+200B>person<U+200B><U+0085>)' holds hidden characters, shown here as <U+200B> (zero-width), <U+0085> (control) (got "(objectclass=<U+200B>person<U+200B><U+0085>)"). Fix: ${FIX_MANY}`,
    );
  });

  test('checks every string setting: DNs, host, attribute names, object classes, extra attribute titles', () => {
    const v = run(
      hiddenCharactersRule,
      input(
        openLdap({
          agent: { host: 'ldap\u00ad.example.com' },
          user: {
            searchBase: 'ou=people,dc=example,dc=com\u2066',
            auxiliaryObjectClasses: ['posix\u200cAccount'],
            extraAttributes: [{ ldapAttribute: 'employeeType', title: 'Type\u2028' }],
          },
          group: { memberAttribute: 'uniqueMember\u0000' },
          provisioning: { usernameAttribute: 'mail\u3000' },
        }),
      ),
    );
    expect(v.map((x) => [x.path, x.message])).toEqual([
      [
        'directory.agent.host',
        "'ldap<U+00AD>.example.com' holds a hidden character, shown here as <U+00AD> (format)",
      ],
      [
        'directory.user.searchBase',
        "'ou=people,dc=example,dc=com<U+2066>' holds a hidden character, shown here as <U+2066> (bidi)",
      ],
      [
        'directory.user.auxiliaryObjectClasses[0]',
        "'posix<U+200C>Account' holds a hidden character, shown here as <U+200C> (zero-width)",
      ],
      [
        'directory.user.extraAttributes[0].title',
        "'Type<U+2028>' holds a hidden character, shown here as <U+2028> (space)",
      ],
      [
        'directory.group.memberAttribute',
        "'uniqueMember<U+0000>' holds a hidden character, shown here as <U+0000> (control)",
      ],
      [
        'directory.provisioning.usernameAttribute',
        "'mail<U+3000>' holds a hidden character, shown here as <U+3000> (space)",
      ],
    ]);
  });

  test('checks user mapping keys and expressions, role targets and custom ids, the password policy', () => {
    const v = run(
      hiddenCharactersRule,
      input(undefined, {
        userMappings: { 'e\u200bmail': 'appuser.mail', firstName: 'appuser.given\u202dName' },
        groupMappings: [{ ldapGroup: 'eng', oktaGroup: 'Eng', ruleName: 'LDAP eng\u200e' }],
        roleMappings: [
          { ldapGroup: 'apps', role: OktaAdminRole.APP_ADMIN, targetApps: ['salesforce\u200b'] },
          { ldapGroup: 'help', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['00g1\u2060'] },
          { ldapGroup: 'x', role: OktaAdminRole.READ_ONLY_ADMIN, roleId: 'cr0\u00ad' },
        ],
        passwordPolicy: { name: 'LDAP\u00a0users', description: 'd\u061c', groups: ['Eng\ufeff'] },
      }),
    );
    expect(v.map((x) => [x.path, x.message])).toEqual([
      [
        'userMappings["e<U+200B>mail"]',
        "the key 'e<U+200B>mail' holds a hidden character, shown here as <U+200B> (zero-width)",
      ],
      [
        'userMappings.firstName',
        "'appuser.given<U+202D>Name' holds a hidden character, shown here as <U+202D> (bidi)",
      ],
      [
        'groupMappings[0].ruleName',
        "'LDAP eng<U+200E>' holds a hidden character, shown here as <U+200E> (bidi)",
      ],
      [
        'roleMappings[0].targetApps[0]',
        "'salesforce<U+200B>' holds a hidden character, shown here as <U+200B> (zero-width)",
      ],
      [
        'roleMappings[1].targetGroupIds[0]',
        "'00g1<U+2060>' holds a hidden character, shown here as <U+2060> (zero-width)",
      ],
      // not a CUSTOM role, so roleId is no part of a construct id: a warning here (OKLDAP-213 refuses it)
      ['roleMappings[2].roleId', "'cr0<U+00AD>' holds a hidden character, shown here as <U+00AD> (format)"],
      ['passwordPolicy.name', "'LDAP<U+00A0>users' holds a hidden character, shown here as <U+00A0> (space)"],
      ['passwordPolicy.description', "'d<U+061C>' holds a hidden character, shown here as <U+061C> (bidi)"],
      [
        'passwordPolicy.groups[0]',
        "'Eng<U+FEFF>' holds a hidden character, shown here as <U+FEFF> (zero-width)",
      ],
    ]);
  });

  test('checks the names of the adoption file, with the key shown escaped in the path', () => {
    const adoption = {
      source: 'okta-adoption.json',
      value: {
        schema: 'cdktf-okta-ldap/adoption@1',
        groupMappings: { 'Eng\u202e': { group: '00g1234567890abcdefg' } },
        roleMappings: { 'help\u200b': { group: '00g1234567890abcdefh', roles: {} } },
      },
    };
    expect(run(hiddenCharactersRule, { ...input(), adoption })).toEqual([
      {
        ruleId: 'OKLDAP-215',
        severity: 'warning',
        path: 'okta-adoption.json#groupMappings["Eng<U+202E>"]',
        value: 'Eng\u202e',
        message: "the key 'Eng<U+202E>' holds a hidden character, shown here as <U+202E> (bidi)",
        fix: FIX_ONE,
      },
      {
        ruleId: 'OKLDAP-215',
        severity: 'warning',
        path: 'okta-adoption.json#roleMappings["help<U+200B>"]',
        value: 'help\u200b',
        message: "the key 'help<U+200B>' holds a hidden character, shown here as <U+200B> (zero-width)",
        fix: FIX_ONE,
      },
    ]);
  });

  test('leaves names that become construct ids to OKLDAP-403 (one report per value)', () => {
    const i = input(
      jumpCloud({ user: { extraAttributes: [{ ldapAttribute: 'x', profileProperty: 'p\u200b' }] } }),
      {
        groupMappings: [{ ldapGroup: 'eng\u202e', oktaGroup: 'Eng\u200b' }],
        roleMappings: [
          { ldapGroup: 'help\u0007', role: OktaAdminRole.HELP_DESK_ADMIN },
          { ldapGroup: 'c', role: OktaAdminRole.CUSTOM, roleId: 'cr0\u200b', resourceSetId: 'iam1' },
        ],
      },
    );
    expect(run(hiddenCharactersRule, i)).toEqual([]);
  });

  test('skips tokens and values that are not strings', () => {
    const i = input(jumpCloud({ agent: { host: stringToken('ldap\u200b.example') } }), {
      groupMappings: [{ ldapGroup: 'eng', oktaGroup: 'Eng', description: 42 as unknown as string }],
    });
    expect(run(hiddenCharactersRule, i)).toEqual([]);
  });
});
