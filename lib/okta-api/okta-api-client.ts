/**
 * A read-only client of the Okta management API: GET requests only, an API token in the
 * `Authorization: SSWS <token>` header and nowhere else, pagination through `Link: <…>; rel="next"`
 * (followed only on the org's own origin, so the token never goes to another host), HTTP 429 waited
 * out until `X-Rate-Limit-Reset` (bounded retries and wait), redirects refused, and a timeout on
 * every request.
 */
import * as https from 'https';
import { OktaApiError } from './okta-api-error';

/** Options of {@link OktaApiClient}. */
export interface OktaApiClientOptions {
  /** The org's base URL, e.g. `https://acme.okta.com` (https only; no path). */
  readonly orgUrl: string;
  /** An Okta API token (SSWS). Sent only in the Authorization header. */
  readonly token: string;
  /**
   * PEM CA bundle trusted instead of the built-in roots (for a TLS-inspecting proxy).
   * @default - Node's built-in roots (plus NODE_EXTRA_CA_CERTS)
   */
  readonly ca?: string;
  /**
   * Timeout of each request, in milliseconds.
   * @default 30000
   */
  readonly timeoutMs?: number;
  /**
   * How many times one request is retried after HTTP 429.
   * @default 3
   */
  readonly maxRateLimitRetries?: number;
  /**
   * The longest wait for one rate-limit reset, in milliseconds; a later reset fails instead.
   * @default 60000
   */
  readonly maxRateLimitWaitMs?: number;
  /**
   * The most pages one listing may have.
   * @default 1000
   */
  readonly maxPages?: number;
  /** @default - setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
  /** @default - Date.now */
  readonly now?: () => number;
}

/** What the discovery needs from the API: every item of a (paginated) listing. */
export interface OktaReader {
  /** GETs `pathAndQuery` and every next page; returns all items in order. */
  list<T>(pathAndQuery: string): Promise<T[]>;
}

interface Response {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** Okta's error body (the management API's `Error` schema). */
interface OktaErrorBody {
  readonly errorCode?: string;
  readonly errorSummary?: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Node's codes for a certificate chain it cannot verify against the trusted roots. */
const UNTRUSTED_CERTIFICATE = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Builds the org URL from the okta provider's variables: `https://<OKTA_ORG_NAME>.<OKTA_BASE_URL>`. */
export function orgUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const org = env['OKTA_ORG_NAME']?.trim();
  if (org === undefined || org === '') return undefined;
  const base = env['OKTA_BASE_URL']?.trim() || 'okta.com';
  return `https://${org}.${base}`;
}

/**
 * Checks an org URL: https, a host, no credentials, path, query or fragment. Returns its origin.
 * @throws Error with the reason
 */
export function checkOrgUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`'${url}' is not a URL; write it as https://<org>.okta.com`);
  }
  if (parsed.protocol !== 'https:')
    throw new Error(`'${url}' is not https://; Okta is reached over https only`);
  if (parsed.username !== '' || parsed.password !== '')
    throw new Error(`the org URL must not hold credentials`);
  if ((parsed.pathname !== '/' && parsed.pathname !== '') || parsed.search !== '' || parsed.hash !== '') {
    throw new Error(`'${url}' has a path, query or fragment; give only https://<org>.okta.com`);
  }
  return parsed.origin;
}

/** The URL of `rel="next"` in one or more Link headers, if any. */
export function nextLink(header: string | string[] | undefined): string | undefined {
  const text = Array.isArray(header) ? header.join(', ') : (header ?? '');
  for (const match of text.matchAll(/<([^>]*)>\s*((?:;\s*[^;,]+)*)/g)) {
    if (/;\s*rel\s*=\s*"?next"?/i.test(match[2] ?? '')) return match[1];
  }
  return undefined;
}

function describeOktaError(body: string): string {
  try {
    const e = JSON.parse(body) as OktaErrorBody;
    if (typeof e.errorCode === 'string' || typeof e.errorSummary === 'string') {
      return ` (${[e.errorCode, e.errorSummary].filter((x) => typeof x === 'string').join(' ')})`;
    }
  } catch {
    // not Okta's error shape
  }
  return '';
}

/** See the module comment. */
export class OktaApiClient implements OktaReader {
  private readonly origin: string;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(private readonly options: OktaApiClientOptions) {
    this.origin = checkOrgUrl(options.orgUrl);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? Date.now;
  }

  public async list<T>(pathAndQuery: string): Promise<T[]> {
    const items: T[] = [];
    let url: string | undefined = new URL(pathAndQuery, this.origin).toString();
    const maxPages = this.options.maxPages ?? 1000;
    for (let page = 0; url !== undefined; page++) {
      if (page >= maxPages) {
        throw new OktaApiError(
          'OKTA-BAD-RESPONSE',
          `GET ${pathAndQuery}: more than ${maxPages} pages; stopped`,
        );
      }
      const response = await this.get(url);
      let body: unknown;
      try {
        body = JSON.parse(response.body);
      } catch {
        throw new OktaApiError(
          'OKTA-BAD-RESPONSE',
          `GET ${this.shown(url)}: the answer is not JSON; is ${this.origin} an Okta org?`,
        );
      }
      if (!Array.isArray(body)) {
        throw new OktaApiError(
          'OKTA-BAD-RESPONSE',
          `GET ${this.shown(url)}: expected a JSON list; is ${this.origin} an Okta org?`,
        );
      }
      items.push(...(body as T[]));
      const next = nextLink(response.headers['link']);
      if (next !== undefined && new URL(next, url).origin !== this.origin) {
        throw new OktaApiError(
          'OKTA-BAD-RESPONSE',
          `GET ${this.shown(url)}: the next page is on another host (${new URL(next, url).origin}); not followed, so the token stays with ${this.origin}`,
        );
      }
      url = next === undefined ? undefined : new URL(next, url).toString();
    }
    return items;
  }

  /** Path and query of a URL, for messages (the token is never part of a URL). */
  private shown(url: string): string {
    const u = new URL(url);
    return decodeURIComponent(`${u.pathname}${u.search}`);
  }

  /** One GET, with the 429 wait-and-retry; any status but 200 becomes an OktaApiError. */
  private async get(url: string): Promise<Response> {
    const retries = this.options.maxRateLimitRetries ?? 3;
    const maxWait = this.options.maxRateLimitWaitMs ?? 60_000;
    for (let attempt = 0; ; attempt++) {
      const response = await this.request(url);
      if (response.status === 200) return response;
      const what = `GET ${this.shown(url)}`;
      const okta = describeOktaError(response.body);
      if (response.status === 429) {
        const resetHeader = response.headers['x-rate-limit-reset'];
        const reset = Number(Array.isArray(resetHeader) ? resetHeader[0] : resetHeader);
        const wait = Number.isFinite(reset) ? Math.max(0, reset * 1000 - this.now()) + 100 : 1000;
        const resetAt = Number.isFinite(reset) ? new Date(reset * 1000).toISOString() : 'unknown';
        if (attempt >= retries) {
          throw new OktaApiError(
            'OKTA-RATE-LIMITED',
            `${what}: Okta answered 429${okta} ${attempt + 1} times (rate limit; reset at ${resetAt}). Run again after the reset, or when other API clients of the org are idle.`,
            429,
          );
        }
        if (wait > maxWait) {
          throw new OktaApiError(
            'OKTA-RATE-LIMITED',
            `${what}: Okta answered 429${okta}; the rate limit resets at ${resetAt}, more than ${Math.round(maxWait / 1000)} s away. Run again after it.`,
            429,
          );
        }
        await this.sleep(wait);
        continue;
      }
      if (response.status === 401) {
        throw new OktaApiError(
          'OKTA-UNAUTHORIZED',
          `${what}: Okta answered 401${okta}: the API token was refused. Set OKTA_API_TOKEN to a current token of ${this.origin} (Security > API > Tokens; unused tokens expire after 30 days).`,
          401,
        );
      }
      if (response.status === 403) {
        throw new OktaApiError(
          'OKTA-FORBIDDEN',
          `${what}: Okta answered 403${okta}: the token's admin may not read this. Use a token made by an admin with at least the Read-only Administrator role.`,
          403,
        );
      }
      if (response.status >= 300 && response.status < 400) {
        throw new OktaApiError(
          'OKTA-HTTP',
          `${what}: Okta answered ${response.status} (a redirect, not followed so the token goes nowhere else). Check the org URL ${this.origin}: use the org's okta.com (or oktapreview.com) address, not a custom domain's sign-in page.`,
          response.status,
        );
      }
      throw new OktaApiError(
        'OKTA-HTTP',
        `${what}: Okta answered ${response.status}${okta}.`,
        response.status,
      );
    }
  }

  private request(url: string): Promise<Response> {
    return new Promise((resolve, reject) => {
      const req = https.request(
        url,
        {
          method: 'GET',
          headers: {
            Accept: 'application/json',
            Authorization: `SSWS ${this.options.token}`,
            'User-Agent': 'cdktf-okta-ldap-adopt',
          },
          ...(this.options.ca !== undefined ? { ca: this.options.ca } : {}),
          minVersion: 'TLSv1.2',
          timeout: this.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
              req.destroy(
                new OktaApiError(
                  'OKTA-BAD-RESPONSE',
                  `GET ${this.shown(url)}: the answer is larger than 64 MiB; stopped`,
                ),
              );
              return;
            }
            chunks.push(chunk);
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () =>
        req.destroy(
          new OktaApiError(
            'OKTA-TIMEOUT',
            `GET ${this.shown(url)}: no answer from ${this.origin} within ${this.timeoutMs / 1000} s. Check the network or proxy, or raise --timeout.`,
          ),
        ),
      );
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (OktaApiError.isOktaApiError(e)) return reject(e);
        const code = e.code ?? 'error';
        const hint = UNTRUSTED_CERTIFICATE.has(code)
          ? ' The certificate is not trusted: behind a TLS-inspecting proxy, pass its CA with --ca-file.'
          : code === 'ENOTFOUND'
            ? ' Check OKTA_ORG_NAME and OKTA_BASE_URL (or --org-url).'
            : '';
        reject(
          new OktaApiError(
            'OKTA-NETWORK',
            `GET ${this.shown(url)}: cannot reach ${this.origin} (${code}: ${e.message}).${hint}`,
          ),
        );
      });
      req.end();
    });
  }
}
