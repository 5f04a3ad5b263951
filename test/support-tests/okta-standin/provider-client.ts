/**
 * Requests to the stand-in as the okta provider's Go SDK sends them: `Authorization: SSWS <token>`,
 * `Accept` and `Content-Type: application/json`, JSON bodies, and (with `absolute: true`) the
 * request target in absolute form, as a client using the stand-in as its plain-HTTP proxy does.
 */
import * as http from 'http';
import {
  startOktaStandin,
  type OktaStandin,
  type OktaStandinOptions,
} from '../../support/okta-standin/okta-standin';

/** A JSON value read back from the stand-in (JSON.parse's own type). */
export type Json = ReturnType<typeof JSON.parse>;

export interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** Parsed JSON, or undefined for an empty body. */
  readonly body: Json;
}

export interface CallOptions {
  readonly body?: unknown;
  /** Raw body text, sent as it is. */
  readonly rawBody?: string;
  /** @default the stand-in's token; null sends no Authorization header */
  readonly token?: string | null;
  /** Send `METHOD http://host:port/path` (absolute form). @default false */
  readonly absolute?: boolean;
  /** The host:port of an absolute-form target. @default the stand-in's */
  readonly host?: string;
}

export function call(
  standin: OktaStandin,
  method: string,
  pathAndQuery: string,
  options: CallOptions = {},
): Promise<Answer> {
  const text = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const token = options.token === undefined ? standin.token : options.token;
  const target =
    options.absolute === true
      ? `http://${options.host ?? `127.0.0.1:${standin.port}`}${pathAndQuery}`
      : pathAndQuery;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: standin.port,
        method,
        path: target,
        headers: {
          Accept: 'application/json',
          'User-Agent': 'okta-sdk-golang/2.20.0 golang/go1.26 linux/amd64 okta-terraform/4.20.0',
          ...(text !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...(token !== null ? { Authorization: `SSWS ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: raw === '' ? undefined : JSON.parse(raw),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** Follows `rel="next"` links from `first` and returns every item of every page, and the pages' count. */
export async function listAll(
  standin: OktaStandin,
  first: string,
): Promise<{ items: Json[]; pages: number }> {
  const items: Json[] = [];
  let next: string | undefined = first;
  let pages = 0;
  while (next !== undefined) {
    const a = await call(standin, 'GET', next);
    expect(a.status).toBe(200);
    items.push(...a.body);
    pages++;
    const link = /<([^>]+)>; rel="next"/.exec(String(a.headers.link ?? ''))?.[1];
    next = link === undefined ? undefined : new URL(link).pathname + new URL(link).search;
  }
  return { items, pages };
}

/** Starts a stand-in for one test file and stops it after. */
export function standinFor(options: OktaStandinOptions = {}): () => OktaStandin {
  let standin: OktaStandin | undefined;
  beforeAll(async () => {
    standin = await startOktaStandin({ token: 'test-token-not-secret', ...options });
  });
  afterAll(async () => {
    await standin?.close();
  });
  return () => standin!;
}

/** The error body Okta sends, with a fresh errorId. */
export function oktaError(code: string, summary: string, causes: string[] = []): Record<string, unknown> {
  return {
    errorCode: code,
    errorSummary: summary,
    errorLink: code,
    errorId: expect.stringMatching(/^oae[\w-]{22}$/),
    errorCauses: causes.map((errorSummary) => ({ errorSummary })),
  };
}

/** The example seed of docs/okta-standin.md: an LDAP app with its APP_GROUPs, schema, mapping and users. */
export const LDAP_APP = '0oaLdapApp0000000001';
