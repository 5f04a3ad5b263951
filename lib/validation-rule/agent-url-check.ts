/**
 * The shared check of the agent's URL settings (OKLDAP-115 Okta org URL, OKLDAP-116 proxy URL): a
 * set URL must pass its problem function (lib/settings/agent-urls.ts), and a URL that holds
 * credentials is never echoed, in the value or the message, whatever its problem. Not a rule itself.
 */
import { urlAsShown, urlHoldsCredentials } from '../text/url-credentials';
import type { RuleCheck } from './define-rule';
import { isCheckableString, q } from './rule-support';

/** What the URL check of one agent setting needs. */
export interface AgentUrlSetting {
  /** The field of `directory.agent`. */
  readonly key: 'oktaOrgUrl' | 'proxyUrl';
  /** How the message names the URL, e.g. `Okta org URL`. */
  readonly label: string;
  /** What is wrong with a URL, in words that complete a sentence, or `undefined` when it is fine. */
  readonly problemOf: (url: string) => string | undefined;
  /** What is allowed, ending the message (`expected …`). */
  readonly expected: string;
  readonly fix: string;
}

/** Reports the agent URL `setting.key` when it is set and its problem function finds a problem. */
export function agentUrlCheck({ key, label, problemOf, expected, fix }: AgentUrlSetting): RuleCheck {
  return (input, report) => {
    const url = input.settings.agent[key];
    if (!isCheckableString(url)) return;
    const problem = problemOf(url);
    if (problem === undefined) return;
    report(
      `directory.agent.${key}`,
      urlAsShown(url),
      `${label} ${urlHoldsCredentials(url) ? '(redacted)' : q(url)} ${problem}; ${expected}`,
      fix,
    );
  };
}
