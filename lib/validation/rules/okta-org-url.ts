import { oktaOrgUrlProblem } from '../../settings/agent-urls';
import type { ValidationRule } from '../../validation-rule/validation-rule';
import { isCheckableString, q, violation } from '../../validation-rule/rule-support';

/**
 * OKLDAP-115: the Okta org URL, when set, is an `https://` URL with only a host (the agent registers
 * with the org at that address).
 */
export const oktaOrgUrlRule: ValidationRule = {
  id: 'OKLDAP-115',
  severity: 'error',
  title: 'The Okta org URL is not an https:// URL of an org',
  check(input) {
    const value = input.settings.agent.oktaOrgUrl;
    if (!isCheckableString(value)) return [];
    const problem = oktaOrgUrlProblem(value);
    if (problem === undefined) return [];
    return [
      violation(
        oktaOrgUrlRule,
        'directory.agent.oktaOrgUrl',
        problem === 'holds credentials' ? '<redacted: URL with credentials>' : value,
        `Okta org URL ${problem === 'holds credentials' ? '(redacted)' : q(value)} ${problem}; expected the org's address, e.g. 'https://example.okta.com'`,
        "Copy the org URL from the Okta Admin Console's address bar without '-admin' and without a path, or leave it unset",
      ),
    ];
  },
};
