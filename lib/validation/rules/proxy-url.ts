import { proxyUrlProblem } from '../../settings/agent-urls';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { isCheckableString, q, violation } from '../../validation-rule/rule-support';

/** OKLDAP-116: the agent's proxy URL, when set, is an `http://` or `https://` URL without credentials. */
export const proxyUrlRule: ValidationRule = {
  id: 'OKLDAP-116',
  severity: 'error',
  title: 'The proxy URL is not an http(s):// URL, or holds credentials',
  check(input) {
    const value = input.settings.agent.proxyUrl;
    if (!isCheckableString(value)) return [];
    const problem = proxyUrlProblem(value);
    if (problem === undefined) return [];
    return [
      violation(
        proxyUrlRule,
        'directory.agent.proxyUrl',
        problem === 'holds credentials' ? '<redacted: URL with credentials>' : value,
        `proxy URL ${problem === 'holds credentials' ? '(redacted)' : q(value)} ${problem}; expected e.g. 'http://proxy.example.com:3128' with no user or password`,
        'Set the proxy as http(s)://host:port and enter proxy credentials only in the agent installer, or leave it unset',
      ),
    ];
  },
};
