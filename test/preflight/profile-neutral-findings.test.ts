/**
 * The preflight against a real slapd: the findings of an OpenLDAP-preset and of a custom (no preset)
 * integration carry no JumpCloud advice, in the report JSON nor in its text and Markdown renderings;
 * the same failures with the JumpCloud preset carry JumpCloud's hints.
 */
import { integrationModel } from '../../lib/model/integration-model';
import { runPreflight } from '../../lib/preflight/run-preflight';
import type { PreflightReport } from '../../lib/preflight/finding';
import type { PreflightOptions } from '../../lib/preflight/preflight-options';
import { renderJson } from '../../lib/preflight/render/json';
import { renderMarkdown } from '../../lib/preflight/render/markdown';
import { renderText } from '../../lib/preflight/render/text';
import { openLdapDirectory } from '../../lib/presets/openldap/openldap-directory';
import type { LdapDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { code } from '../../lib/text/markdown';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { finding, patchSettings } from './preflight-test-helpers';

/** A directory whose DNs name no vendor (`o=<org>,dc=example,dc=com`). */
let neutral: SlapdFixture;
/** The JumpCloud-shaped directory (`o=<org>,dc=jumpcloud,dc=com`). */
let jumpCloudShaped: SlapdFixture;

beforeAll(async () => {
  [neutral, jumpCloudShaped] = await Promise.all([startSlapd({ suffix: 'dc=example,dc=com' }), startSlapd()]);
});
afterAll(async () => {
  await Promise.all([neutral?.stop(), jumpCloudShaped?.stop()]);
});

/** The OpenLDAP preset pointed at the neutral fixture (users and groups in its ou=Users). */
function openLdapSettings(): LdapDirectorySettings {
  return openLdapDirectory({
    host: neutral.host,
    baseDn: neutral.usersDn,
    bindDn: neutral.bindDn,
    usersRdn: '',
    groupsRdn: '',
    agent: { port: neutral.port },
  });
}

/** The same settings written by hand: no preset. */
function customSettings(): LdapDirectorySettings {
  const { preset, ...custom } = openLdapSettings();
  expect(preset).toBe('openldap');
  return custom;
}

interface FailureCase {
  readonly name: string;
  /** The check that fails. */
  readonly failing: string;
  readonly settings: (base: LdapDirectorySettings) => LdapDirectorySettings;
  readonly options: (fixture: SlapdFixture) => PreflightOptions;
  /** A JumpCloud hint the failing finding carries with the JumpCloud preset. */
  readonly jumpCloudHint: string;
}

const CASES: readonly FailureCase[] = [
  {
    name: 'a failing bind (wrong password)',
    failing: 'PF-BIND',
    settings: (base) => base,
    options: (fixture) => ({ bindPassword: 'not-the-password', ca: fixture.caPem }),
    jumpCloudHint:
      'In the JumpCloud Admin Portal: Users > (the bind user) > User Security Settings and Permissions > "Enable as LDAP Bind DN"',
  },
  {
    name: 'a missing user search base',
    failing: 'PF-BASE-USERS',
    settings: (base) => patchSettings(base, { user: { searchBase: `ou=missing,${base.user.searchBase}` } }),
    options: (fixture) => ({ bindPassword: fixture.bindPassword, ca: fixture.caPem }),
    jumpCloudHint: 'Check the org id: the o=<ORG_ID> part must be your JumpCloud organization id',
  },
  {
    name: 'a TLS failure (certificate of an untrusted CA)',
    failing: 'PF-TLS',
    settings: (base) => base,
    options: (fixture) => ({ bindPassword: fixture.bindPassword }),
    jumpCloudHint:
      "JumpCloud's LDAP hosts use a public CA: if it is untrusted there, a TLS-inspecting proxy is in the path.",
  },
];

/** The report as JSON, text and Markdown: everything a user can be shown. */
function renderings(report: PreflightReport): string[] {
  return [renderJson(report), renderText(report), renderMarkdown(report)];
}

describe.each([
  ['the OpenLDAP preset', openLdapSettings],
  ['custom settings (no preset)', customSettings],
])('%s: no JumpCloud advice', (_, settingsOf) => {
  test.each(CASES)('$name', async (failure) => {
    const report = await runPreflight(
      integrationModel({ settings: failure.settings(settingsOf()) }),
      failure.options(neutral),
    );
    const failed = finding(report, failure.failing);
    expect(failed.status).toBe('fail');
    expect(failed.fix).toBeDefined();
    for (const text of renderings(report)) {
      expect(text).toContain(failure.failing);
      expect(text).not.toMatch(/jumpcloud/i);
    }
  });
});

describe('the JumpCloud preset: the same failures carry the JumpCloud hint', () => {
  test.each(CASES)('$name', async (failure) => {
    const report = await runPreflight(
      integrationModel({ settings: failure.settings(jumpCloudShaped.settings()) }),
      failure.options(jumpCloudShaped),
    );
    const failed = finding(report, failure.failing);
    expect(failed.status).toBe('fail');
    expect(failed.fix).toContain(failure.jumpCloudHint);
    const json = JSON.parse(renderJson(report)) as { findings: { id: string; fix?: string }[] };
    expect(json.findings.find((f) => f.id === failure.failing)?.fix).toBe(failed.fix);
    expect(renderText(report)).toContain(failure.jumpCloudHint);
    expect(renderMarkdown(report)).toContain(`**Fix:** ${code(failed.fix!)}`);
  });
});
