/**
 * Property-based tests of the settings and mappings validation (validateIntegration over every rule)
 * and of the CLI settings reader: random input gives a list of violations with rule ids, or an
 * InputError — never another exception, never a hang.
 */
import * as fc from 'fast-check';
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../../lib/errors';
import {
  LdapGroupMapping,
  LdapPasswordPolicy,
  LdapRoleMapping,
  OktaAdminRole,
} from '../../lib/mappings/mapping-types';
import { parseSettingsDocument } from '../../lib/model/settings-document';
import { readSettingsFile } from '../../lib/preflight/settings-file';
import { LdapDirectorySettings, resolveDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { LdapConnectionSecurity, LdapVendor, OktaUsernameFormat } from '../../lib/settings/setting-choices';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { ALL_RULES } from '../../lib/validation/all-rules';
import { validateIntegration } from '../../lib/validation/validate-integration';
import {
  formatViolation,
  IntegrationValidationInput,
  Violation,
} from '../../lib/validation-rule/validation-rule';
import { tempDir } from '../support/temp-dir';

const RULE_IDS = new Set(ALL_RULES.map((r) => r.id));

// ---- arbitraries -------------------------------------------------------------------------------

/** Strings that hit the rules' edges more often than uniform noise does. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
      'uid=okta-bind,ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
      'ou=Groups,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com',
      'dc=example,dc=org',
      'cn=a;b,dc=x',
      'cn=a ,dc=x',
      '(objectclass=inetorgperson)',
      '(&(objectclass=person)(!(pwdlock=true)))',
      '(objectclass=',
      'objectclass=person',
      'ldap.jumpcloud.com',
      'https://example.okta.com',
      'http://user:pw@proxy:8080',
      'entrydn',
      'entryuuid',
      'pwd lock',
      '2.5.4.3',
      'appuser.email',
      'x'.repeat(60),
    ),
  },
);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const port = fc.oneof(
  fc.constantFrom(636, 389, 0, -1, 65535, 65536, 1.5, Number.NaN, Number.POSITIVE_INFINITY),
  fc.integer({ min: -100, max: 70000 }),
);

const settingsArb: fc.Arbitrary<LdapDirectorySettings> = fc.record(
  {
    agent: fc.record(
      {
        host: text,
        port: maybe(port),
        connectionSecurity: maybe(fc.constantFrom(...Object.values(LdapConnectionSecurity))),
        allowPlainLdap: maybe(fc.boolean()),
        rootDn: text,
        bindDn: text,
        fipsOnly: maybe(fc.boolean()),
        proxyUrl: maybe(text),
        oktaOrgUrl: maybe(text),
      },
      { requiredKeys: ['host', 'rootDn', 'bindDn'] },
    ),
    schema: maybe(
      fc.record(
        {
          ldapVersion: maybe(fc.constantFrom(...Object.values(LdapVendor))),
          uniqueIdentifierAttribute: maybe(text),
          dnAttribute: maybe(text),
        },
        { requiredKeys: [] },
      ),
    ),
    user: fc.record(
      {
        searchBase: text,
        objectClass: maybe(text),
        auxiliaryObjectClasses: maybe(fc.array(text, { maxLength: 3 })),
        objectFilter: maybe(text),
        accountDisabledAttribute: maybe(text),
        accountDisabledValue: maybe(text),
        accountEnabledValue: maybe(text),
        passwordAttribute: maybe(text),
        passwordExpirationAttribute: maybe(text),
        extraAttributes: maybe(
          fc.array(
            fc.record(
              { ldapAttribute: text, profileProperty: maybe(text), title: maybe(text) },
              { requiredKeys: ['ldapAttribute'] },
            ),
            { maxLength: 6 },
          ),
        ),
      },
      { requiredKeys: ['searchBase'] },
    ),
    group: fc.record(
      {
        searchBase: text,
        objectClass: maybe(text),
        objectFilter: maybe(text),
        memberAttribute: maybe(text),
        userAttribute: maybe(text),
      },
      { requiredKeys: ['searchBase'] },
    ),
    role: maybe(
      fc.record({ objectClass: maybe(text), membershipAttribute: maybe(text) }, { requiredKeys: [] }),
    ),
    provisioning: maybe(
      fc.record(
        {
          usernameFormat: maybe(fc.constantFrom(...Object.values(OktaUsernameFormat))),
          usernameSuffix: maybe(text),
          usernameDomain: maybe(text),
          usernameAttribute: maybe(text),
        },
        { requiredKeys: [] },
      ),
    ),
    preset: maybe(fc.constantFrom('jumpcloud', 'openldap', 'other')),
  },
  { requiredKeys: ['agent', 'user', 'group'] },
);

/** A small name pool so duplicates (and name clashes between mappings) happen often. */
const groupName = fc.oneof(fc.constantFrom('engineering', 'Engineering', 'admins', 'sales', ' ', ''), text);
const groupMappingArb: fc.Arbitrary<LdapGroupMapping> = fc.record(
  { ldapGroup: groupName, oktaGroup: groupName, description: maybe(text), ruleName: maybe(text) },
  { requiredKeys: ['ldapGroup', 'oktaGroup'] },
);
const roleMappingArb: fc.Arbitrary<LdapRoleMapping> = fc.record(
  {
    ldapGroup: groupName,
    role: fc.oneof(fc.constantFrom(...Object.values(OktaAdminRole)), text) as fc.Arbitrary<OktaAdminRole>,
    targetGroupIds: maybe(fc.array(text, { maxLength: 2 })),
    targetApps: maybe(fc.array(text, { maxLength: 2 })),
    disableNotifications: maybe(fc.boolean()),
  },
  { requiredKeys: ['ldapGroup', 'role'] },
);
const passwordPolicyArb: fc.Arbitrary<LdapPasswordPolicy> = fc.record(
  {
    name: text,
    description: maybe(text),
    groups: maybe(fc.array(text, { maxLength: 3 })),
    priority: maybe(port),
  },
  { requiredKeys: ['name'] },
);
const userMappingsArb = fc.dictionary(
  fc.oneof(fc.constantFrom('email', 'Email', 'login', 'firstName'), text),
  text,
  {
    maxKeys: 5,
  },
);

const inputArb: fc.Arbitrary<IntegrationValidationInput> = fc
  .record({
    settings: settingsArb,
    userMappings: userMappingsArb,
    groupMappings: fc.array(groupMappingArb, { maxLength: 5 }),
    roleMappings: fc.array(roleMappingArb, { maxLength: 4 }),
    passwordPolicy: maybe(passwordPolicyArb),
  })
  .map(({ settings, passwordPolicy, ...rest }) => ({
    settings: resolveDirectorySettings(settings),
    ...rest,
    ...(passwordPolicy !== undefined ? { passwordPolicy } : {}),
  }));

const orgId = fc.stringMatching(/^[0-9a-f]{24}$/);
const uid = fc.stringMatching(/^[a-z][a-z0-9._-]{0,15}$/);

/** What is wrong with the shape of a violation (empty when well formed). Plain checks: jest's expect is too slow per value. */
function shapeProblems(v: Violation): string[] {
  const problems: string[] = [];
  if (!RULE_IDS.has(v.ruleId) || !/^OKLDAP-\d{3}$/.test(v.ruleId))
    problems.push(`unknown rule id ${v.ruleId}`);
  if (v.severity !== 'error' && v.severity !== 'warning') problems.push(`severity ${String(v.severity)}`);
  if (typeof v.path !== 'string' || v.path.length === 0) problems.push(`${v.ruleId}: empty path`);
  if (typeof v.message !== 'string' || v.message.length === 0) problems.push(`${v.ruleId}: empty message`);
  if (typeof v.fix !== 'string' || v.fix.length === 0) problems.push(`${v.ruleId}: empty fix`);
  if (!formatViolation(v).startsWith(`[${v.ruleId}] ${v.path}: `)) problems.push(`${v.ruleId}: bad format`);
  return problems;
}

function expectWellFormed(violations: Violation[]): void {
  expect(violations.flatMap(shapeProblems)).toEqual([]);
}

function errorsOf(input: IntegrationValidationInput): Violation[] {
  return validateIntegration(input).errors;
}

/** A valid JumpCloud integration with mappings that break no rule. */
const validInputArb: fc.Arbitrary<IntegrationValidationInput> = fc
  .record({
    orgId,
    bindUser: uid,
    ldapGroups: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), {
      minLength: 0,
      maxLength: 5,
    }),
    // Okta profile property names are case-insensitive (OKLDAP-207 refuses 'yx' beside 'yX'):
    // valid input keeps the keys distinct regardless of case.
    userMappings: fc
      .dictionary(
        fc.stringMatching(/^[a-z][a-zA-Z]{0,10}$/),
        fc.stringMatching(/^[a-z][a-zA-Z]{0,10}$/).map((a) => `appuser.${a}`),
        { maxKeys: 4 },
      )
      .filter((d) => new Set(Object.keys(d).map((k) => k.toLowerCase())).size === Object.keys(d).length),
    roleOn: fc.boolean(),
  })
  .map(({ orgId: org, bindUser, ldapGroups, userMappings, roleOn }) => ({
    settings: resolveDirectorySettings(jumpCloudDirectory({ orgId: org, bindUser })),
    userMappings,
    groupMappings: ldapGroups.map((g) => ({ ldapGroup: g, oktaGroup: `Okta ${g}` })),
    roleMappings:
      roleOn && ldapGroups[0] !== undefined
        ? [{ ldapGroup: ldapGroups[0], role: OktaAdminRole.READ_ONLY_ADMIN }]
        : [],
  }));

// ---- validateIntegration -----------------------------------------------------------------------

describe('validateIntegration (property-based)', () => {
  it('random settings and mappings: never throws; every violation carries a known rule id, path, message and fix', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = validateIntegration(input);
        expectWellFormed([...result.errors, ...result.warnings]);
        const misfiled = [
          ...result.errors.filter((v) => v.severity !== 'error'),
          ...result.warnings.filter((v) => v.severity !== 'warning'),
        ];
        expect(misfiled).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('a JumpCloud preset with valid mappings has no error', () => {
    fc.assert(
      fc.property(validInputArb, (input) => {
        expect(errorsOf(input)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('any non-blank bind user is escaped by the preset: the DN rules never fire', () => {
    fc.assert(
      fc.property(
        orgId,
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
        (org, bindUser) => {
          const input = {
            settings: resolveDirectorySettings(jumpCloudDirectory({ orgId: org, bindUser })),
            userMappings: {},
            groupMappings: [],
            roleMappings: [],
          };
          const dnErrors = errorsOf(input).filter((v) =>
            ['OKLDAP-101', 'OKLDAP-103', 'OKLDAP-104'].includes(v.ruleId),
          );
          expect(dnErrors).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a bind DN with an unescaped " ; < or > is an OKLDAP-101 error on directory.agent.bindDn', () => {
    fc.assert(
      fc.property(
        validInputArb,
        uid,
        fc.nat(),
        fc.constantFrom('"', ';', '<', '>'),
        (input, name, at, special) => {
          const cut = at % (name.length + 1);
          const bindDn = `uid=${name.slice(0, cut)}${special}${name.slice(cut)},${input.settings.agent.rootDn}`;
          const errors = errorsOf({
            ...input,
            settings: { ...input.settings, agent: { ...input.settings.agent, bindDn } },
          });
          expect(errors).toContainEqual(
            expect.objectContaining({ ruleId: 'OKLDAP-101', path: 'directory.agent.bindDn', value: bindDn }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a user filter with one parenthesis removed is an OKLDAP-107 error on directory.user.objectFilter', () => {
    fc.assert(
      fc.property(validInputArb, fc.nat(), (input, which) => {
        const filter = input.settings.user.objectFilter;
        const parens: number[] = [];
        for (let i = 0; i < filter.length; i++) if (filter[i] === '(' || filter[i] === ')') parens.push(i);
        const at = parens[which % parens.length]!;
        const broken = filter.slice(0, at) + filter.slice(at + 1);
        const errors = errorsOf({
          ...input,
          settings: { ...input.settings, user: { ...input.settings.user, objectFilter: broken } },
        });
        expect(errors).toContainEqual(
          expect.objectContaining({ ruleId: 'OKLDAP-107', path: 'directory.user.objectFilter' }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('mappings: a rule name over 50 characters is OKLDAP-201; the same Okta group twice is OKLDAP-202', () => {
    fc.assert(
      fc.property(
        validInputArb.filter((i) => i.groupMappings.length > 0),
        fc.string({ minLength: 51, maxLength: 80 }).filter((s) => s.trim() !== ''),
        (input, longName) => {
          const [first, ...rest] = input.groupMappings as LdapGroupMapping[];
          const tooLong = { ...input, groupMappings: [{ ...first!, ruleName: longName }, ...rest] };
          expect(errorsOf(tooLong)).toContainEqual(
            expect.objectContaining({ ruleId: 'OKLDAP-201', path: 'groupMappings[0].ruleName' }),
          );
          const twice = {
            ...input,
            groupMappings: [
              ...input.groupMappings,
              { ldapGroup: 'another-group', oktaGroup: first!.oktaGroup.toUpperCase() },
            ],
          };
          expect(errorsOf(twice)).toContainEqual(
            expect.objectContaining({
              ruleId: 'OKLDAP-202',
              path: `groupMappings[${input.groupMappings.length}].oktaGroup`,
            }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

// ---- the CLI settings reader -------------------------------------------------------------------

/** A valid settings document as the CLI reads it (JSON of the preset, plus mappings). */
function validDocument(): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify({
      settings: jumpCloudDirectory({ orgId: '5f3c0a1b2c3d4e5f60718293', bindUser: 'okta-bind' }),
      userMappings: { email: 'appuser.email' },
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
      roleMappings: [{ ldapGroup: 'admins', role: 'READ_ONLY_ADMIN' }],
    }),
  ) as Record<string, unknown>;
}

/** Every path to a value in a JSON document. */
function jsonPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => jsonPaths(v, [...prefix, i])));
  if (typeof value === 'object' && value !== null) {
    return here.concat(...Object.entries(value).map(([k, v]) => jsonPaths(v, [...prefix, k])));
  }
  return here;
}

function setAt(doc: unknown, at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  const copy = (Array.isArray(doc) ? [...doc] : { ...(doc as object) }) as Record<string | number, unknown>;
  if (rest.length === 0 && value === undefined) {
    // Remove the key, or the array element (splice: JSON has no holes in arrays).
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head!];
  } else copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}

/** The reader either returns input that validation can run on, or throws InputError. */
function readOrInputError(read: () => ReturnType<typeof parseSettingsDocument>): 'parsed' | 'input-error' {
  let parsed: ReturnType<typeof parseSettingsDocument>;
  try {
    parsed = read();
  } catch (err) {
    if (!InputError.isInputError(err)) throw err;
    expect(err.message.length).toBeGreaterThan(0);
    return 'input-error';
  }
  // What the reader accepts must be safe for every rule.
  const result = validateIntegration({
    settings: resolveDirectorySettings(parsed.settings),
    userMappings: { ...(parsed.userMappings ?? {}) },
    groupMappings: [...(parsed.groupMappings ?? [])],
    roleMappings: [...(parsed.roleMappings ?? [])],
  });
  expectWellFormed([...result.errors, ...result.warnings]);
  return 'parsed';
}

describe('CLI settings reader (property-based)', () => {
  it('accepts the valid document', () => {
    expect(readOrInputError(() => parseSettingsDocument(validDocument()))).toBe('parsed');
  });

  it('random JSON: parsed settings or InputError, never another exception', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (doc) => {
        readOrInputError(() => parseSettingsDocument(doc));
      }),
      { numRuns: 1000 },
    );
  });

  it('a valid document with one value replaced or removed: parsed settings or InputError', () => {
    const doc = validDocument();
    const paths = jsonPaths(doc).filter((p) => p.length > 0);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), text, port),
        (at, value) => {
          readOrInputError(() => parseSettingsDocument(setAt(doc, at, value)));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('random file contents: parsed settings or InputError naming the file', async () => {
    const dir = tempDir('settings-fuzz-');
    try {
      const file = path.join(dir, 'settings.json');
      const valid = JSON.stringify(validDocument());
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
            fc.nat({ max: valid.length }).map((n) => Buffer.from(valid.slice(0, n))),
            fc.constant(Buffer.from('\uFEFF' + valid)),
          ),
          async (bytes) => {
            await fs.writeFile(file, bytes);
            readOrInputError(() => readSettingsFile(file));
          },
        ),
        { numRuns: 300 },
      );
      expect(() => readSettingsFile(path.join(dir, 'missing.json'))).toThrow(
        `settings file not found: '${path.join(dir, 'missing.json')}'. Pass an existing JSON file with --settings.`,
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
