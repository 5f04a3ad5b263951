import type { ValidationRule } from '../validation-rule';
import { isCheckableString, q, violation } from './rule-support';

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
    const problem = orgUrlProblem(value);
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

function orgUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:') return `uses ${url.protocol.replace(':', '')}, not https`;
  if (url.username !== '' || url.password !== '') return 'holds credentials';
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    return 'has a path, query or fragment';
  }
  return undefined;
}
