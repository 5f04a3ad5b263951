import { proxyUrlRule } from '../../../lib/validation/rules/proxy-url';
import { input, jumpCloud, run } from './rule-fixtures';

const FIX =
  'Set the proxy as http(s)://host:port and enter proxy credentials only in the agent installer, or leave it unset';

describe('OKLDAP-116 proxy URL', () => {
  test.each([undefined, 'http://proxy.example.com:3128', 'https://proxy.example.com'])(
    'passes %p',
    (proxyUrl) => {
      expect(
        run(proxyUrlRule, input(jumpCloud(proxyUrl === undefined ? {} : { agent: { proxyUrl } }))),
      ).toEqual([]);
    },
  );

  test.each([
    ['proxy.example.com:3128', 'is not an http(s):// URL'],
    ['socks5://proxy:1080', 'uses socks5'],
    ['not a url', 'is not an http(s):// URL'],
    ['http://', 'is not a URL'],
  ])('reports %s', (proxyUrl, problem) => {
    expect(run(proxyUrlRule, input(jumpCloud({ agent: { proxyUrl } })))).toEqual([
      {
        ruleId: 'OKLDAP-116',
        severity: 'error',
        path: 'directory.agent.proxyUrl',
        value: proxyUrl,
        message: `proxy URL '${proxyUrl}' ${problem}; expected e.g. 'http://proxy.example.com:3128' with no user or password`,
        fix: FIX,
      },
    ]);
  });

  test('reports credentials without echoing them', () => {
    const violations = run(
      proxyUrlRule,
      input(jumpCloud({ agent: { proxyUrl: 'http://user:hunter2@proxy:3128' } })),
    );
    expect(violations).toEqual([
      {
        ruleId: 'OKLDAP-116',
        severity: 'error',
        path: 'directory.agent.proxyUrl',
        value: '<redacted: URL with credentials>',
        message:
          "proxy URL (redacted) holds credentials; expected e.g. 'http://proxy.example.com:3128' with no user or password",
        fix: FIX,
      },
    ]);
    expect(JSON.stringify(violations)).not.toContain('hunter2');
  });

  test.each([
    ['http://user:s3cret@proxy:99999', 'is not a URL'],
    ['ftp://u:s3cret@h', 'uses ftp'],
    ['socks5://u:s3cret@p:1080', 'uses socks5'],
    ['u:s3cret@proxy:3128', 'is not an http(s):// URL'],
  ])('%s: reports that it %s, and never shows the password', (url, problem) => {
    const violations = run(proxyUrlRule, input(jumpCloud({ agent: { proxyUrl: url } })));
    expect(violations).toEqual([
      {
        ruleId: 'OKLDAP-116',
        severity: 'error',
        path: 'directory.agent.proxyUrl',
        value: '<redacted: URL with credentials>',
        message: `proxy URL (redacted) ${problem}; expected e.g. 'http://proxy.example.com:3128' with no user or password`,
        fix: FIX,
      },
    ]);
    expect(JSON.stringify(violations)).not.toContain('s3cret');
  });
});
