import { proxyUrlProblem } from '../../settings/agent-urls';
import { agentUrlCheck } from '../../validation-rule/agent-url-check';
import { defineRule } from '../../validation-rule/define-rule';

/** OKLDAP-116: the agent's proxy URL, when set, is an `http://` or `https://` URL without credentials. */
export const proxyUrlRule = defineRule('OKLDAP-116', {
  severity: 'error',
  title: 'The proxy URL is not an http(s):// URL, or holds credentials',
  check: agentUrlCheck({
    key: 'proxyUrl',
    label: 'proxy URL',
    problemOf: proxyUrlProblem,
    expected: "expected e.g. 'http://proxy.example.com:3128' with no user or password",
    fix: 'Set the proxy as http(s)://host:port and enter proxy credentials only in the agent installer, or leave it unset',
  }),
});
