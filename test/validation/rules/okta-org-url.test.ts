import { oktaOrgUrlRule } from '../../../lib/validation/rules/okta-org-url';
import { input, jumpCloud, run, stringToken } from './rule-fixtures';

const FIX =
  "Copy the org URL from the Okta Admin Console's address bar without '-admin' and without a path, or leave it unset";

describe('OKLDAP-115 Okta org URL', () => {
  test.each([
    undefined,
    'https://example.okta.com',
    'https://example.okta.com/',
    'https://login.example.com',
  ])('passes %p', (url) => {
    expect(
      run(oktaOrgUrlRule, input(jumpCloud(url === undefined ? {} : { agent: { oktaOrgUrl: url } }))),
    ).toEqual([]);
  });

  test.each([
    ['http://example.okta.com', 'uses http, not https'],
    ['example.okta.com', 'is not a URL'],
    ['https://example.okta.com/admin/dashboard', 'has a path, query or fragment'],
    ['https://example.okta.com?x=1', 'has a path, query or fragment'],
  ])('reports %s: %s', (url, problem) => {
    expect(run(oktaOrgUrlRule, input(jumpCloud({ agent: { oktaOrgUrl: url } })))).toEqual([
      {
        ruleId: 'OKLDAP-115',
        severity: 'error',
        path: 'directory.agent.oktaOrgUrl',
        value: url,
        message: `Okta org URL '${url}' ${problem}; expected the org's address, e.g. 'https://example.okta.com'`,
        fix: FIX,
      },
    ]);
  });

  test('never echoes credentials in a URL', () => {
    const violations = run(
      oktaOrgUrlRule,
      input(jumpCloud({ agent: { oktaOrgUrl: 'https://admin:s3cret@example.okta.com' } })),
    );
    expect(violations).toEqual([
      {
        ruleId: 'OKLDAP-115',
        severity: 'error',
        path: 'directory.agent.oktaOrgUrl',
        value: '<redacted: URL with credentials>',
        message:
          "Okta org URL (redacted) holds credentials; expected the org's address, e.g. 'https://example.okta.com'",
        fix: FIX,
      },
    ]);
    expect(JSON.stringify(violations)).not.toContain('s3cret');
  });

  test.each([
    ['http://admin:s3cret@acme.okta.com', 'uses http, not https'],
    ['https://admin:s3cret@acme.okta.com:99999', 'is not a URL'],
    ['admin:s3cret@acme.okta.com', 'uses admin, not https'],
  ])('%s: reports that it %s, and never shows the password', (url, problem) => {
    const violations = run(oktaOrgUrlRule, input(jumpCloud({ agent: { oktaOrgUrl: url } })));
    expect(violations).toEqual([
      {
        ruleId: 'OKLDAP-115',
        severity: 'error',
        path: 'directory.agent.oktaOrgUrl',
        value: '<redacted: URL with credentials>',
        message: `Okta org URL (redacted) ${problem}; expected the org's address, e.g. 'https://example.okta.com'`,
        fix: FIX,
      },
    ]);
    expect(JSON.stringify(violations)).not.toContain('s3cret');
  });

  test('skips tokens', () => {
    expect(run(oktaOrgUrlRule, input(jumpCloud({ agent: { oktaOrgUrl: stringToken('nope') } })))).toEqual([]);
  });
});
