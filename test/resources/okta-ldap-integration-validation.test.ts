/**
 * The construct's validation wiring, with stand-in rules (the real rules are tested in
 * test/validation; realistic bad inputs through the real rules are in
 * okta-ldap-integration-bad-input.test.ts).
 */
import { Testing, Token, TerraformVariable } from 'cdktf';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { OktaLdapValidationError } from '../../lib/validation/validate-integration';
import type { ValidationRule } from '../../lib/validation-rule/validation-rule';
import { freshApp, OrgStack, validProps } from './fixtures';
import { tempDir } from '../support/temp-dir';

jest.mock('../../lib/validation/all-rules', () => {
  const rules: ValidationRule[] = [
    {
      id: 'TEST-001',
      severity: 'error',
      title: 'host must not be bad.example',
      check: (input) =>
        input.settings.agent.host === 'bad.example'
          ? [
              {
                ruleId: 'TEST-001',
                severity: 'error',
                path: 'directory.agent.host',
                value: input.settings.agent.host,
                message: 'host is bad',
                fix: 'use another host',
              },
            ]
          : [],
    },
    {
      id: 'TEST-002',
      severity: 'error',
      title: 'port must not be 1',
      check: (input) =>
        input.settings.agent.port === 1
          ? [
              {
                ruleId: 'TEST-002',
                severity: 'error',
                path: 'directory.agent.port',
                value: 1,
                message: 'port is bad',
                fix: 'use 636',
              },
            ]
          : [],
    },
    {
      id: 'TEST-101',
      severity: 'warning',
      title: 'entrydn changes on rename',
      check: (input) =>
        input.settings.schema.uniqueIdentifierAttribute === 'entrydn'
          ? [
              {
                ruleId: 'TEST-101',
                severity: 'warning',
                path: 'directory.schema.uniqueIdentifierAttribute',
                value: 'entrydn',
                message: 'entrydn changes when an entry is renamed',
                fix: 'use entryuuid',
              },
            ]
          : [],
    },
  ];
  return { ALL_RULES: rules };
});

function withDirectory(agent: { host?: string; port?: number }, uniqueIdentifierAttribute = 'entryuuid') {
  const base = validProps().directory;
  return validProps({
    directory: {
      ...base,
      agent: { ...base.agent, ...agent },
      schema: { ...base.schema, uniqueIdentifierAttribute },
    },
  });
}

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('validation errors', () => {
  test('every error is reported at once, each with its rule id, as one OktaLdapValidationError', () => {
    const stack = new OrgStack(Testing.app(), 'org');
    const error = thrownBy(
      () => new OktaLdapIntegration(stack, 'JumpCloud', withDirectory({ host: 'bad.example', port: 1 })),
    );
    expect(OktaLdapValidationError.isOktaLdapValidationError(error)).toBe(true);
    const e = error as OktaLdapValidationError;
    expect(e.constructPath).toBe('org/JumpCloud');
    expect(e.violations.map((v) => v.ruleId)).toEqual(['TEST-001', 'TEST-002']);
    expect(e.message).toBe(
      "OktaLdapIntegration 'org/JumpCloud' has 2 invalid setting(s):\n" +
        '  [TEST-001] directory.agent.host: host is bad (got "bad.example"). Fix: use another host\n' +
        '  [TEST-002] directory.agent.port: port is bad (got 1). Fix: use 636',
    );
  });

  test('a failed integration adds no Okta resource to the stack', () => {
    const stack = new OrgStack(Testing.app(), 'org');
    thrownBy(() => new OktaLdapIntegration(stack, 'JumpCloud', withDirectory({ host: 'bad.example' })));
    const tf = JSON.parse(Testing.synth(stack)) as { resource?: unknown; data?: unknown };
    expect(tf.resource).toBeUndefined();
    expect(tf.data).toBeUndefined();
  });
});

describe('validation warnings', () => {
  test('become cdktf warning annotations carrying the rule id, and manifest entries; synth goes on', () => {
    const outdir = tempDir('okta-ldap-warn-');
    const app = freshApp(outdir);
    const integration = new OktaLdapIntegration(
      new OrgStack(app, 'org'),
      'JumpCloud',
      withDirectory({}, 'entrydn'),
    );
    const warnings = integration.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data);
    expect(warnings).toEqual([
      '[TEST-101] directory.schema.uniqueIdentifierAttribute: entrydn changes when an entry is renamed (got "entrydn"). Fix: use entryuuid',
    ]);
    app.synth();
    const [org] = readSynthesizedApp(outdir);
    expect(org!.integrations[0]!.warnings).toEqual([
      {
        ruleId: 'TEST-101',
        path: 'directory.schema.uniqueIdentifierAttribute',
        message: 'entrydn changes when an entry is renamed. Fix: use entryuuid',
      },
    ]);
  });

  test('strict: true turns warnings into errors', () => {
    const stack = new OrgStack(Testing.app(), 'org');
    const error = thrownBy(
      () => new OktaLdapIntegration(stack, 'JumpCloud', { ...withDirectory({}, 'entrydn'), strict: true }),
    ) as OktaLdapValidationError;
    expect(error.violations.map((v) => [v.ruleId, v.severity])).toEqual([['TEST-101', 'warning']]);
    expect(error.message).toContain('[TEST-101] directory.schema.uniqueIdentifierAttribute');
  });
});

describe('duplicates the rules cannot see (tokens) still give a clean error', () => {
  test('two mappings to the same token Okta group: OKLDAP-202, not a cdktf construct-name trace', () => {
    const stack = new OrgStack(Testing.app(), 'org');
    const name = new TerraformVariable(stack, 'group_name', { type: 'string' }).stringValue;
    expect(Token.isUnresolved(name)).toBe(true);
    const error = thrownBy(
      () =>
        new OktaLdapIntegration(
          stack,
          'JumpCloud',
          validProps({
            groupMappings: [
              { ldapGroup: 'a', oktaGroup: name },
              { ldapGroup: 'b', oktaGroup: name },
            ],
          }),
        ),
    ) as OktaLdapValidationError;
    expect(OktaLdapValidationError.isOktaLdapValidationError(error)).toBe(true);
    expect(error.violations).toEqual([
      expect.objectContaining({
        ruleId: 'OKLDAP-202',
        path: 'groupMappings[1].oktaGroup',
        severity: 'error',
      }),
    ]);
    expect(error.message).not.toContain('There is already a Construct');
  });

  test('the same role twice and the same extra attribute twice', () => {
    const stack = new OrgStack(Testing.app(), 'org');
    const base = validProps();
    const error = thrownBy(
      () =>
        new OktaLdapIntegration(stack, 'JumpCloud', {
          ...base,
          directory: {
            ...base.directory,
            user: {
              ...base.directory.user,
              extraAttributes: [{ ldapAttribute: 'employeeType' }, { ldapAttribute: 'employeeType' }],
            },
          },
          roleMappings: [...base.roleMappings!, base.roleMappings![0]!],
        }),
    ) as OktaLdapValidationError;
    expect(error.violations.map((v) => [v.ruleId, v.path])).toEqual([
      ['OKLDAP-204', 'roleMappings[2]'],
      ['OKLDAP-118', 'directory.user.extraAttributes[1].profileProperty'],
    ]);
  });
});
