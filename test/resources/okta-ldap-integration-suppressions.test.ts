/** Suppressions on the construct (cdk-nag style), through the real rules. */
import { TerraformVariable, Testing } from 'cdktf';
import { PreflightGuard } from '../../lib/guard/preflight-guard';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { OktaLdapIntegration, OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { renderReport } from '../../lib/review/report-markdown';
import { OktaLdapValidationError } from '../../lib/validation/validate-integration';
import { freshApp, jumpCloudSettings, OrgStack, validProps, thrownBy } from './fixtures';
import { guardProps } from '../guard/guard-fixtures';
import { tempDir } from '../support/temp-dir';

/** The JumpCloud recipe's `entrydn` unique identifier: warning OKLDAP-111. */
function entryDnProps(overrides: Partial<OktaLdapIntegrationProps> = {}): OktaLdapIntegrationProps {
  const directory = jumpCloudSettings();
  return validProps({
    directory: { ...directory, schema: { ...directory.schema, uniqueIdentifierAttribute: 'entrydn' } },
    preflightGuard: false,
    ...overrides,
  });
}

const REASON = 'JumpCloud offers no entryuuid; renames are rare and re-imported by hand';

/** The validation error of an integration 'org/JumpCloud' built with `props`. */
function integrationError(props: OktaLdapIntegrationProps): OktaLdapValidationError {
  const stack = new OrgStack(Testing.app(), 'org');
  return thrownBy(() => new OktaLdapIntegration(stack, 'JumpCloud', props));
}

describe('suppressions', () => {
  test('without a suppression, strict mode fails on the warning', () => {
    const error = integrationError(entryDnProps({ strict: true }));
    expect(error.violations.map((v) => v.ruleId)).toEqual(['OKLDAP-111']);
  });

  test('a suppressed warning: strict synth passes, info annotation and manifest record it with the reason, report shows it', () => {
    const outdir = tempDir('okta-ldap-suppress-');
    const app = freshApp(outdir);
    const integration = new OktaLdapIntegration(
      new OrgStack(app, 'org'),
      'JumpCloud',
      entryDnProps({ strict: true, suppressions: [{ id: 'OKLDAP-111', reason: REASON }] }),
    );
    expect(integration.warnings).toEqual([]);
    expect(integration.suppressedWarnings.map((s) => [s.violation.ruleId, s.reason])).toEqual([
      ['OKLDAP-111', REASON],
    ]);
    const metadata = integration.node.metadata;
    expect(metadata.filter((m) => m.type === '@cdktf/warn')).toEqual([]);
    const infos = metadata.filter((m) => m.type === '@cdktf/info').map((m) => String(m.data));
    expect(infos).toEqual([
      expect.stringMatching(
        /^suppressed \(JumpCloud offers no entryuuid; renames are rare and re-imported by hand\): \[OKLDAP-111\] directory\.schema\.uniqueIdentifierAttribute: /,
      ),
    ]);
    app.synth();
    const [org] = readSynthesizedApp(outdir);
    const manifest = org!.integrations[0]!;
    expect(manifest.warnings).toEqual([]);
    expect(manifest.suppressedWarnings).toEqual([
      {
        ruleId: 'OKLDAP-111',
        path: 'directory.schema.uniqueIdentifierAttribute',
        message: expect.stringContaining('entrydn') as string,
        reason: REASON,
      },
    ]);
    const report = renderReport([org!]);
    expect(report).toContain('### Validation warnings (0)');
    expect(report).toContain('### Suppressed warnings (1)');
    expect(report).toContain(`**Suppressed:** \`${REASON}\``);
  });

  test('without suppressions the manifest has no suppressedWarnings key (synthesized JSON unchanged)', () => {
    const outdir = tempDir('okta-ldap-suppress-');
    const app = freshApp(outdir);
    new OktaLdapIntegration(new OrgStack(app, 'org'), 'JumpCloud', entryDnProps());
    app.synth();
    const manifest = readSynthesizedApp(outdir)[0]!.integrations[0]!;
    expect(manifest.warnings.map((w) => w.ruleId)).toEqual(['OKLDAP-111']);
    expect('suppressedWarnings' in manifest).toBe(false);
  });

  test('suppressing an error is refused, naming the suppression', () => {
    const error = integrationError(entryDnProps({ suppressions: [{ id: 'OKLDAP-101', reason: 'we know' }] }));
    expect(error.message).toBe(
      "OktaLdapIntegration 'org/JumpCloud' has 1 invalid setting(s):\n" +
        '  [OKLDAP-401] suppressions[0].id: OKLDAP-101 is an error rule; only warnings can be suppressed (got "OKLDAP-101"). Fix: Fix the setting OKLDAP-101 reports (RULES.md gives the fix) and remove this suppression',
    );
  });

  test('a suppression needs a reason', () => {
    const error = integrationError(entryDnProps({ suppressions: [{ id: 'OKLDAP-111', reason: '' }] }));
    expect(error.violations.map((v) => [v.ruleId, v.path])).toEqual([
      ['OKLDAP-401', 'suppressions[0].reason'],
    ]);
  });
});

describe('preflight guard timeout (OKLDAP-402)', () => {
  test('a bad timeoutSeconds on the integration is a typed validation error naming the prop', () => {
    const error = integrationError(validProps({ preflightGuardOptions: { timeoutSeconds: 0.5 } }));
    expect(error.message).toBe(
      "OktaLdapIntegration 'org/JumpCloud' has 1 invalid setting(s):\n" +
        '  [OKLDAP-402] preflightGuardOptions.timeoutSeconds: the preflight guard timeout must be a whole number of seconds from 1 to 3600 (got 0.5). Fix: Pass e.g. timeoutSeconds: 30, or leave it unset for the default',
    );
  });

  test('on a PreflightGuard made on its own, too', () => {
    const stack = new OrgStack(Testing.app(), 'org');
    const error = thrownBy(
      () =>
        new PreflightGuard(stack, 'Guard', {
          ...guardProps(),
          bindPassword: new TerraformVariable(stack, 'pw', { type: 'string', sensitive: true }),
          timeoutSeconds: 0,
        }),
    );
    expect(error.violations.map((v) => [v.ruleId, v.path, v.value])).toEqual([
      ['OKLDAP-402', 'timeoutSeconds', 0],
    ]);
    expect(error.message).toContain("'org/Guard'");
  });
});
