/**
 * A read-only client of the Okta management API: GET requests only, an API token in the
 * `Authorization: SSWS <token>` header and nowhere else, pagination through `Link: <…>; rel="next"`
 * (followed only on the org's own origin, so the token never goes to another host, and never back to
 * a page already read), HTTP 429 waited out until `X-Rate-Limit-Reset` (bounded retries and wait),
 * redirects refused, a deadline on every request as a whole (connecting, the headers and the whole
 * body), and one cap on the pages and one on the bytes read by the client in total. Every message
 * it throws has the token replaced by `<redacted>`, whatever Okta (or anything in between) echoed.
 */
import * as https from 'https';
import { isObject } from '../settings/value-checks';
import { redactSecret } from '../text/redact-secret';
import { clip, showHidden } from '../text/untrusted-text';
import { urlHoldsCredentials } from '../text/url-credentials';
import { OktaApiError, OktaApiErrorId } from './okta-api-error';
import { oktaOrgUrl } from './okta-org-url';

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
   * The longest one request may take in total, in milliseconds: connecting, TLS, the headers and the
   * whole body (not only the silence between two bytes).
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
   * The most pages this client reads in total, over every listing (retries after 429 not counted).
   * @default 10000
   */
  readonly maxPages?: number;
  /**
   * The most bytes of response bodies this client reads in total, over every request.
   * @default 268435456 (256 MiB)
   */
  readonly maxBytes?: number;
  /** @default - setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
  /** @default - Date.now */
  readonly now?: () => number;
}

/** What the discovery needs from the API: every item of a (paginated) listing, and one object. */
export interface OktaReader {
  /** GETs `pathAndQuery` and every next page; returns all items in order. */
  list<T>(pathAndQuery: string): Promise<T[]>;
  /** GETs the one object at `pathAndQuery` (e.g. `/api/v1/apps/{id}`); it counts as a page. */
  read<T>(pathAndQuery: string): Promise<T>;
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

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_PAGES = 10_000;
const MIB = 1024 * 1024;
export const DEFAULT_MAX_BYTES = 256 * MIB;
/** The largest single answer read (a page of 200 objects is a few hundred KiB). */
const MAX_BODY_BYTES = 64 * MIB;
/** The most items one page may list: Okta's largest `limit` (10,000, for groups); adopt asks for 200. */
const MAX_PAGE_ITEMS = 10_000;

/** Node's codes for a certificate chain it cannot verify against the trusted roots. */
const UNTRUSTED_CERTIFICATE = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

/** Builds the org URL from the okta provider's variables: `https://<OKTA_ORG_NAME>.<OKTA_BASE_URL>`. */
export function orgUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const org = env['OKTA_ORG_NAME']?.trim();
  if (org === undefined || org === '') return undefined;
  return oktaOrgUrl(org, env['OKTA_BASE_URL']?.trim() || undefined);
}

/**
 * Checks an org URL: https, a host, no credentials, path, query or fragment. Returns its origin.
 * @throws Error with the reason
 */
export function checkOrgUrl(url: string): string {
  // A user or password is found in the text first: whatever else is wrong, such a URL is never echoed.
  if (urlHoldsCredentials(url)) throw new Error(`the org URL must not hold credentials`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`'${url}' is not a URL; write it as https://<org>.okta.com`);
  }
  if (parsed.protocol !== 'https:')
    throw new Error(`'${url}' is not https://; Okta is reached over https only`);
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

/** ` (E0000011 Invalid token provided)` from Okta's error body, or '' when it is not Okta's shape. */
function describeOktaError(body: string): string {
  try {
    const e = JSON.parse(body) as OktaErrorBody;
    if (typeof e.errorCode === 'string' || typeof e.errorSummary === 'string') {
      const text = [e.errorCode, e.errorSummary].filter((x) => typeof x === 'string').join(' ');
      // The server's words: one line, every control or escape shown as <U+XXXX>.
      return ` (${showHidden(clip(text, 500))})`;
    }
  } catch {
    // not Okta's error shape
  }
  return '';
}

/** `256 MiB`, or `65536 bytes` when not a whole number of MiB. */
function formatBytes(n: number): string {
  return n % MIB === 0 ? `${n / MIB} MiB` : `${n} bytes`;
}

/** See the module comment. */
export class OktaApiClient implements OktaReader {
  private readonly origin: string;
  private readonly timeoutMs: number;
  private readonly maxPages: number;
  private readonly maxBytes: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private pagesRead = 0;
  private bytesRead = 0;

  constructor(private readonly options: OktaApiClientOptions) {
    this.origin = checkOrgUrl(options.orgUrl);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? Date.now;
  }

  public async list<T>(pathAndQuery: string): Promise<T[]> {
    const items: T[] = [];
    const seen = new Set<string>();
    let url: string | undefined = new URL(pathAndQuery, this.origin).toString();
    while (url !== undefined) {
      seen.add(url);
      const response = await this.getPage(url);
      // One by one: spreading a page of hundreds of thousands of items overflows the call stack.
      for (const item of this.items<T>(url, response.body)) items.push(item);
      url = this.nextPage(url, response, seen);
    }
    return items;
  }

  public async read<T>(pathAndQuery: string): Promise<T> {
    const url = new URL(pathAndQuery, this.origin).toString();
    const parsed = this.json(url, (await this.getPage(url)).body);
    if (!isObject(parsed)) {
      throw this.error(
        'OKTA-BAD-RESPONSE',
        `GET ${this.shown(url)}: expected a JSON object; is ${this.origin} an Okta org?`,
      );
    }
    return parsed as T;
  }

  /** One GET counted against the cap on pages (refused, unsent, past the cap). */
  private async getPage(url: string): Promise<Response> {
    if (this.pagesRead >= this.maxPages) {
      throw this.error(
        'OKTA-CAP',
        `GET ${this.shown(url)}: not sent: ${this.maxPages} pages were read from ${this.origin} in this run, the cap on pages. adopt's searches need a few pages each: check that ${this.origin} is the Okta org and that no proxy rewrites its Link headers, or raise the cap with --max-pages.`,
      );
    }
    this.pagesRead++;
    return this.get(url);
  }

  /** The parsed JSON body of an answer; not JSON is a bad response. */
  private json(url: string, body: string): unknown {
    try {
      return JSON.parse(body);
    } catch {
      throw this.error(
        'OKTA-BAD-RESPONSE',
        `GET ${this.shown(url)}: the answer is not JSON; is ${this.origin} an Okta org?`,
      );
    }
  }

  /** The items of one page: the body must be a JSON list of objects. */
  private items<T>(url: string, body: string): T[] {
    const parsed = this.json(url, body);
    if (!Array.isArray(parsed)) {
      throw this.error(
        'OKTA-BAD-RESPONSE',
        `GET ${this.shown(url)}: expected a JSON list; is ${this.origin} an Okta org?`,
      );
    }
    if (parsed.length > MAX_PAGE_ITEMS) {
      throw this.error(
        'OKTA-BAD-RESPONSE',
        `GET ${this.shown(url)}: the page lists ${parsed.length.toLocaleString('en-US')} items, more than the ${MAX_PAGE_ITEMS.toLocaleString('en-US')} a page of Okta's API holds; is ${this.origin} an Okta org?`,
      );
    }
    const bad = parsed.findIndex((x) => !isObject(x));
    if (bad >= 0) {
      throw this.error(
        'OKTA-BAD-RESPONSE',
        `GET ${this.shown(url)}: item ${bad} of the list is ${clip(JSON.stringify(parsed[bad]), 40)}, not an object; is ${this.origin} an Okta org?`,
      );
    }
    return parsed as T[];
  }

  /** The next page's URL: on the org's origin, not one already read; undefined on the last page. */
  private nextPage(url: string, response: Response, seen: Set<string>): string | undefined {
    const link = nextLink(response.headers['link']);
    if (link === undefined) return undefined;
    let next: URL;
    try {
      next = new URL(link, url);
    } catch {
      throw this.error(
        'OKTA-BAD-RESPONSE',
        `GET ${this.shown(url)}: the next page link ${JSON.stringify(clip(link, 200))} is not a URL; stopped. Check that ${this.origin} is the Okta org and that no proxy rewrites its Link headers.`,
      );
    }
    if (next.origin !== this.origin) {
      throw this.error(
        'OKTA-BAD-RESPONSE',
        `GET ${this.shown(url)}: the next page is on another host (${next.origin}); not followed, so the token stays with ${this.origin}`,
      );
    }
    if (seen.has(next.toString())) {
      throw this.error(
        'OKTA-BAD-RESPONSE',
        `GET ${this.shown(url)}: the next page link points back to a page already read (${this.shown(next.toString())}): a pagination loop; stopped. Check that ${this.origin} is the Okta org and that no proxy rewrites its Link headers.`,
      );
    }
    return next.toString();
  }

  /** Path and query of a URL, for messages (the token is never part of a URL). */
  private shown(url: string): string {
    const u = new URL(url);
    try {
      return decodeURIComponent(`${u.pathname}${u.search}`);
    } catch {
      return `${u.pathname}${u.search}`;
    }
  }

  /** An OktaApiError whose message never holds the token. */
  private error(id: OktaApiErrorId, message: string, status?: number): OktaApiError {
    return new OktaApiError(id, redactSecret(message, this.options.token), status);
  }

  /** One GET, with the 429 wait-and-retry; any status but 200 becomes an OktaApiError. */
  private async get(url: string): Promise<Response> {
    const retries = this.options.maxRateLimitRetries ?? 3;
    const maxWait = this.options.maxRateLimitWaitMs ?? 60_000;
    for (let attempt = 0; ; attempt++) {
      const response = await this.request(url);
      if (response.status === 200) return response;
      if (response.status !== 429) throw this.statusError(url, response);
      const what = `GET ${this.shown(url)}`;
      const okta = describeOktaError(redactSecret(response.body, this.options.token));
      const resetHeader = response.headers['x-rate-limit-reset'];
      const reset = Number(Array.isArray(resetHeader) ? resetHeader[0] : resetHeader);
      const wait = Number.isFinite(reset) ? Math.max(0, reset * 1000 - this.now()) + 100 : 1000;
      const resetAt = Number.isFinite(reset) ? new Date(reset * 1000).toISOString() : 'unknown';
      if (attempt >= retries) {
        throw this.error(
          'OKTA-RATE-LIMITED',
          `${what}: Okta answered 429${okta} ${attempt + 1} times (rate limit; reset at ${resetAt}). Run again after the reset, or when other API clients of the org are idle.`,
          429,
        );
      }
      if (wait > maxWait) {
        throw this.error(
          'OKTA-RATE-LIMITED',
          `${what}: Okta answered 429${okta}; the rate limit resets at ${resetAt}, more than ${Math.round(maxWait / 1000)} s away. Run again after it.`,
          429,
        );
      }
      await this.sleep(wait);
    }
  }

  /** The error for an answer other than 200 and 429. */
  private statusError(url: string, response: Response): OktaApiError {
    const what = `GET ${this.shown(url)}`;
    const okta = describeOktaError(redactSecret(response.body, this.options.token));
    const status = response.status;
    if (status === 401) {
      return this.error(
        'OKTA-UNAUTHORIZED',
        `${what}: Okta answered 401${okta}: the API token was refused. Set OKTA_API_TOKEN to a current token of ${this.origin} (Security > API > Tokens; unused tokens expire after 30 days).`,
        401,
      );
    }
    if (status === 403) {
      return this.error(
        'OKTA-FORBIDDEN',
        `${what}: Okta answered 403${okta}: the token's admin may not read this. Use a token made by an admin with at least the Read-only Administrator role.`,
        403,
      );
    }
    if (status >= 300 && status < 400) {
      return this.error(
        'OKTA-HTTP',
        `${what}: Okta answered ${status} (a redirect, not followed so the token goes nowhere else). Check the org URL ${this.origin}: use the org's okta.com (or oktapreview.com) address, not a custom domain's sign-in page.`,
        status,
      );
    }
    return this.error('OKTA-HTTP', `${what}: Okta answered ${status}${okta}.`, status);
  }

  /**
   * One HTTPS GET. A single timer bounds it as a whole; the body counts against the client's byte
   * cap as it arrives. Every failure, whatever its cause, becomes an OktaApiError.
   */
  private request(url: string): Promise<Response> {
    return new Promise((resolve, reject) => {
      /** Body bytes received, once the headers came. */
      let received: number | undefined;
      /** Why this client stopped the request itself (deadline, cap), which wins over the socket's error. */
      let stopped: OktaApiError | undefined;
      let settled = false;
      const timer = setTimeout(() => stop(this.timeoutError(url, received)), this.timeoutMs);
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
      };
      const stop = (e: OktaApiError) => {
        stopped ??= e;
        req.destroy(e);
      };
      const fail = (e: NodeJS.ErrnoException) =>
        settle(() => reject(stopped ?? this.networkError(url, e, received)));
      const req = https.request(url, this.requestOptions(), (res) => {
        let size = 0;
        received = size;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          received = size += chunk.length;
          this.bytesRead += chunk.length;
          const over = this.capError(url, size);
          if (over !== undefined) return stop(over);
          chunks.push(chunk);
        });
        res.on('end', () =>
          settle(() =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString(),
            }),
          ),
        );
        res.on('error', fail);
        res.on('close', () =>
          fail(Object.assign(new Error('closed before the end of the answer'), { code: 'ECONNRESET' })),
        );
      });
      req.on('error', fail);
      req.end();
    });
  }

  private requestOptions(): https.RequestOptions {
    return {
      method: 'GET',
      headers: {
        Accept: 'application/json',
        Authorization: `SSWS ${this.options.token}`,
        'User-Agent': 'cdktf-okta-ldap-adopt',
      },
      ...(this.options.ca !== undefined ? { ca: this.options.ca } : {}),
      minVersion: 'TLSv1.2',
    };
  }

  /** The error when the body of one answer, or everything read in this run, passes its cap. */
  private capError(url: string, received: number): OktaApiError | undefined {
    if (this.bytesRead > this.maxBytes) {
      return this.error(
        'OKTA-CAP',
        `GET ${this.shown(url)}: stopped: the answers from ${this.origin} passed ${formatBytes(this.maxBytes)} in total in this run, the cap on bytes read. adopt's searches need a few KiB each: check that ${this.origin} is the Okta org and that no proxy rewrites its answers, or raise the cap with --max-mib.`,
      );
    }
    if (received > MAX_BODY_BYTES) {
      return this.error(
        'OKTA-BAD-RESPONSE',
        `GET ${this.shown(url)}: the answer is larger than ${formatBytes(MAX_BODY_BYTES)}; stopped`,
      );
    }
    return undefined;
  }

  private timeoutError(url: string, received: number | undefined): OktaApiError {
    const within = `within ${this.timeoutMs / 1000} s`;
    return this.error(
      'OKTA-TIMEOUT',
      received === undefined
        ? `GET ${this.shown(url)}: no answer from ${this.origin} ${within}. Check the network or proxy, or raise --timeout.`
        : `GET ${this.shown(url)}: the answer from ${this.origin} did not finish ${within} (${received} bytes of the body came; the timeout bounds each whole request). Check the network or proxy, or raise --timeout.`,
    );
  }

  private networkError(url: string, e: NodeJS.ErrnoException, received: number | undefined): OktaApiError {
    if (OktaApiError.isOktaApiError(e)) return e;
    const code = e.code ?? 'error';
    const hint = UNTRUSTED_CERTIFICATE.has(code)
      ? ' The certificate is not trusted: behind a TLS-inspecting proxy, pass its CA with --ca-file.'
      : code === 'ENOTFOUND'
        ? ' Check OKTA_ORG_NAME and OKTA_BASE_URL (or --org-url).'
        : '';
    return this.error(
      'OKTA-NETWORK',
      received === undefined
        ? `GET ${this.shown(url)}: cannot reach ${this.origin} (${code}: ${e.message}).${hint}`
        : `GET ${this.shown(url)}: the connection to ${this.origin} broke after ${received} bytes of the answer (${code}: ${e.message}). Check the network or proxy, and run again.`,
    );
  }
}
