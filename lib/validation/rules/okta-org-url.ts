import { oktaOrgUrlProblem } from '../../settings/agent-urls';
import { agentUrlCheck } from '../../validation-rule/agent-url-check';
import { defineRule } from '../../validation-rule/define-rule';

/**
 * OKLDAP-115: the Okta org URL, when set, is an `https://` URL with only a host (the agent registers
 * with the org at that address).
 */
export const oktaOrgUrlRule = defineRule('OKLDAP-115', {
  severity: 'error',
  title: 'The Okta org URL is not an https:// URL of an org',
  check: agentUrlCheck({
    key: 'oktaOrgUrl',
    label: 'Okta org URL',
    problemOf: oktaOrgUrlProblem,
    expected: "expected the org's address, e.g. 'https://example.okta.com'",
    fix: "Copy the org URL from the Okta Admin Console's address bar without '-admin' and without a path, or leave it unset",
  }),
});
