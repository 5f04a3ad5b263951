/**
 * What is wrong with the agent's Okta org URL or proxy URL, in words that complete a sentence
 * ("… uses http, not https"). Pure, no cdktf: the validation rules (OKLDAP-115, OKLDAP-116) and the
 * agent-host check judge the URLs with these same functions. Whether a URL may be echoed is a separate
 * question, answered for every problem by `urlHoldsCredentials` (lib/text/url-credentials.ts).
 */

/** The problem of an Okta org URL, or undefined when it is an `https://` URL with only a host. */
export function oktaOrgUrlProblem(value: string): string | undefined {
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

/** The problem of a proxy URL, or undefined when it is an `http(s)://` URL without credentials. */
export function proxyUrlProblem(value: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'is not an http(s):// URL';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `uses ${url.protocol.replace(':', '')}`;
  if (url.username !== '' || url.password !== '') return 'holds credentials';
  return undefined;
}
