import { PreflightReport } from '../../lib/preflight/finding';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';
import { renderReport } from '../../lib/review/report-markdown';
import { expectGolden } from './golden';
import { bareManifest, sampleManifest, samplePreflightReport } from './synthesized-app-fixture';

const PASSWORD = 'S3cret-bind-pw!';

const preflight = samplePreflightReport;

describe('renderReport', () => {
  test('one JumpCloud integration: settings table, mappings, resources, warnings (golden)', () => {
    expectGolden(
      'report-jumpcloud.md',
      renderReport([{ stack: 'org', workingDirectory: 'stacks/org', integrations: [sampleManifest()] }]),
    );
  });

  test('with a matching preflight report it shows the findings under the integration (golden)', () => {
    const text = renderReport(
      [{ stack: 'org', workingDirectory: 'stacks/org', integrations: [sampleManifest()] }],
      {
        preflight: [preflight()],
      },
    );
    expectGolden('report-jumpcloud-preflight.md', text);
    expect(text).toContain('### Preflight against the live directory');
    expect(text).toMatch(/\| `PF-BIND` `Bind as the bind DN` +\| FAIL +\|/);
    expect(text).toContain('SKIP (after `PF-BIND`)');
    expect(text).not.toContain('not matched to an integration');
  });

  test('a preflight report for another directory is listed apart, not under the integration', () => {
    const text = renderReport(
      [{ stack: 'org', workingDirectory: 'stacks/org', integrations: [sampleManifest()] }],
      {
        preflight: [preflight({ target: 'ldaps://other.example.com:636', host: 'other.example.com' })],
      },
    );
    expect(text).not.toContain('### Preflight against the live directory');
    expect(text).toContain('## Preflight results not matched to an integration');
    expect(text).toContain('`ldaps://other.example.com:636`');
  });

  test('a preflight report matches by its host and port fields and the bind DN compared as a DN', () => {
    const matched = (report: PreflightReport): boolean =>
      !renderReport([{ stack: 'org', workingDirectory: 'stacks/org', integrations: [sampleManifest()] }], {
        preflight: [report],
      }).includes('not matched to an integration');
    expect(matched(preflight({ host: 'LDAP.JumpCloud.com' }))).toBe(true);
    expect(
      matched(
        preflight({
          target: 'ldap://ldap.jumpcloud.com:636 (StartTLS)',
          connectionSecurity: LdapConnectionSecurity.STARTTLS,
        }),
      ),
    ).toBe(true);
    // The display string is not parsed back: only the host and port fields count.
    expect(matched(preflight({ target: 'ldaps://other.example.com:389' }))).toBe(true);
    expect(
      matched(
        preflight({ bindDn: 'UID=okta-bind,OU=users,2.5.4.10=5f3c0a1b2c3d4e5f60718293,DC=jumpcloud,dc=com' }),
      ),
    ).toBe(true);
    expect(matched(preflight({ port: 6360 }))).toBe(false);
    expect(matched(preflight({ host: 'ldap.jumpcloud.com.evil.example' }))).toBe(false);
    expect(
      matched(
        preflight({ bindDn: 'uid=someone-else,ou=Users,o=5f3c0a1b2c3d4e5f60718293,dc=jumpcloud,dc=com' }),
      ),
    ).toBe(false);
  });

  test('an app without integrations says so', () => {
    expect(renderReport([{ stack: 'org', workingDirectory: 'stacks/org', integrations: [] }])).toBe(
      '# Okta LDAP integration review\n\nNo `OktaLdapIntegration` in this synthesized app.\n',
    );
  });

  test('an integration without mappings, policy, resources or warnings shows _None._ under each', () => {
    const md = renderReport([
      {
        stack: 'org',
        workingDirectory: 'stacks/org',
        integrations: [bareManifest()],
      },
    ]);
    for (const title of [
      'User profile mappings (LDAP app user → Okta user)',
      'Group mappings (LDAP group → Okta group, by group rule)',
      'Role mappings (LDAP group → Okta admin role)',
      'LDAP password policy',
      'Okta resources that will exist (0)',
      'Validation warnings (0)',
    ]) {
      expect(md).toContain(`### ${title}\n\n_None._\n`);
    }
    expect(md).toContain('### Settings to enter by hand\n\n| Where ');
  });

  test('a pipe in a value does not break the table row', () => {
    const text = renderReport([
      { stack: 'org', workingDirectory: 'stacks/org', integrations: [sampleManifest()] },
    ]);
    expect(text).toContain('LDAP sales \\| Sales');
  });

  test('never shows a bind password, even one that the manifest would wrongly carry in a variable name', () => {
    const text = renderReport(
      [{ stack: 'org', workingDirectory: 'stacks/org', integrations: [sampleManifest()] }],
      {
        preflight: [preflight()],
      },
    );
    expect(text).toContain('Bind Password');
    expect(text).toContain('(the LDAP bind password secret; never shown)');
    expect(text).not.toContain(PASSWORD);
  });
});

test('a huge value is cut to 300 characters in the report, the cut said in visible text', () => {
  const huge = `Eng${'x'.repeat(100_000)}`;
  const m = sampleManifest({
    groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering', description: huge }],
  });
  const text = renderReport([{ stack: 'org', workingDirectory: 'stacks/org', integrations: [m] }], {
    preflight: [preflight({ findings: [{ ...preflight().findings[0]!, message: huge }] })],
  });
  expect(text).toContain(`\`${huge.slice(0, 300)}…(+99,703 characters)\``);
  expect(text).not.toContain(huge.slice(0, 301));
  expect(text.length).toBeLessThan(20_000);
});
