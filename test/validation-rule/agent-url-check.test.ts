import { agentUrlCheck } from '../../lib/validation-rule/agent-url-check';
import { defineRule } from '../../lib/validation-rule/define-rule';
import { input, openLdap, run, stringToken } from '../validation/rules/rule-fixtures';

/** A rule over the proxy URL that refuses any URL with a port, or with credentials. */
const noPortRule = defineRule('OKLDAP-199', {
  severity: 'error',
  title: 'Test URL rule',
  check: agentUrlCheck({
    key: 'proxyUrl',
    label: 'test URL',
    problemOf: (url) =>
      url.includes('@') ? 'holds credentials' : url.includes(':8') ? 'has a port' : undefined,
    expected: 'expected no port',
    fix: 'Remove the port',
  }),
});

const withProxy = (proxyUrl: string | undefined) => input(openLdap({ agent: { proxyUrl } }));

describe('agentUrlCheck', () => {
  test('reports the URL at its agent path, quoted, with what is expected', () => {
    expect(run(noPortRule, withProxy('http://proxy:8080'))).toEqual([
      {
        ruleId: 'OKLDAP-199',
        severity: 'error',
        path: 'directory.agent.proxyUrl',
        value: 'http://proxy:8080',
        message: "test URL 'http://proxy:8080' has a port; expected no port",
        fix: 'Remove the port',
      },
    ]);
  });

  test('never echoes a URL that holds credentials, in the value or the message', () => {
    const [v] = run(noPortRule, withProxy('http://user:s3cret@proxy'));
    expect([v?.value, v?.message]).toEqual([
      '<redacted: URL with credentials>',
      'test URL (redacted) holds credentials; expected no port',
    ]);
    expect(JSON.stringify(v)).not.toContain('s3cret');
  });

  test('reports nothing for a good URL, an unset one or a token', () => {
    expect(run(noPortRule, withProxy('http://proxy'))).toEqual([]);
    expect(run(noPortRule, withProxy(undefined))).toEqual([]);
    expect(run(noPortRule, withProxy(stringToken('http://proxy:8080')))).toEqual([]);
  });
});
