import * as fs from 'fs';
import { checkOrgUrl, nextLink, OktaApiClient, orgUrlFromEnv } from '../../lib/okta-api/okta-api-client';
import { OktaApiError } from '../../lib/okta-api/okta-api-error';
import {
  cutAfter,
  echoAuthorization,
  endlessNext,
  hugeBody,
  nextLinkOf,
  OktaApiServer,
  sameNextForever,
  startOktaApiServer,
  trickle,
} from '../support/okta-api-server';
import { LOADED_MACHINE_SLACK_MS } from '../support/timing-bounds';

const TOKEN = 'client-test-token-9f2';

/** An Okta stand-in holding five groups named `Same` (enough for several pages). */
function startSameNamedGroups(): ReturnType<typeof startOktaApiServer> {
  return startOktaApiServer({
    token: TOKEN,
    groups: [1, 2, 3, 4, 5].map((n) => ({
      id: `00gGroup${n}AAAAAAAAAAA`,
      type: 'OKTA_GROUP' as const,
      name: 'Same',
    })),
    rules: [],
    roles: {},
    policies: [],
  });
}
describe('org URL and Link header', () => {
  test('the org URL comes from OKTA_ORG_NAME and OKTA_BASE_URL (default okta.com), as for the provider', () => {
    expect(orgUrlFromEnv({ OKTA_ORG_NAME: 'acme' })).toBe('https://acme.okta.com');
    expect(orgUrlFromEnv({ OKTA_ORG_NAME: 'acme', OKTA_BASE_URL: 'oktapreview.com' })).toBe(
      'https://acme.oktapreview.com',
    );
    expect(orgUrlFromEnv({ OKTA_BASE_URL: 'okta.com' })).toBeUndefined();
    expect(checkOrgUrl('https://acme.okta.com/')).toBe('https://acme.okta.com');
    expect(() => checkOrgUrl('https://user:pw@acme.okta.com')).toThrow(
      'the org URL must not hold credentials',
    );
  });

  test.each([
    'http://admin:s3cret@acme.okta.com',
    'https://admin:s3cret@acme.okta.com:99999',
    'admin:s3cret@acme',
  ])('an org URL %s with another problem is refused for its credentials, never echoed', (url) => {
    expect(() => checkOrgUrl(url)).toThrow(new Error('the org URL must not hold credentials'));
  });

  test('rel="next" is found among several links, in one header or several', () => {
    const self = '<https://acme.okta.com/api/v1/groups?limit=2>; rel="self"';
    const next = '<https://acme.okta.com/api/v1/groups?after=00g2&limit=2>; rel="next"';
    expect(nextLink(`${self}, ${next}`)).toBe('https://acme.okta.com/api/v1/groups?after=00g2&limit=2');
    expect(nextLink([self, next])).toBe('https://acme.okta.com/api/v1/groups?after=00g2&limit=2');
    expect(nextLink(self)).toBeUndefined();
    expect(nextLink(undefined)).toBeUndefined();
  });
});

describe('OktaApiClient against the stand-in', () => {
  let server: OktaApiServer;
  const client = (extra: Partial<ConstructorParameters<typeof OktaApiClient>[0]> = {}) =>
    new OktaApiClient({
      orgUrl: server.url,
      token: TOKEN,
      ca: fs.readFileSync(server.caFile, 'utf8'),
      ...extra,
    });

  beforeAll(async () => {
    server = await startSameNamedGroups();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  test('follows every next page, in order', async () => {
    server.pageSize = 2;
    const groups = await client().list<{ id: string }>(
      '/api/v1/groups?search=profile.name%20eq%20%22Same%22',
    );
    expect(groups.map((g) => g.id)).toEqual([1, 2, 3, 4, 5].map((n) => `00gGroup${n}AAAAAAAAAAA`));
    expect(server.requests.map((r) => new URL(r.url, server.url).searchParams.get('after'))).toEqual([
      null,
      '2',
      '4',
    ]);
  });

  test('retries after 429 at most maxRateLimitRetries times, then fails naming the reset', async () => {
    server.rateLimitOnce.add('/api/v1/groups');
    const waits: number[] = [];
    const error = await client({ maxRateLimitRetries: 0, sleep: async (ms) => void waits.push(ms) })
      .list('/api/v1/groups?search=profile.name%20eq%20%22Same%22')
      .catch((e: unknown) => e);
    expect(OktaApiError.isOktaApiError(error) && error.id).toBe('OKTA-RATE-LIMITED');
    expect((error as Error).message).toMatch(
      /^\[OKTA-RATE-LIMITED\] GET \/api\/v1\/groups\?search=profile\.name eq "Same": Okta answered 429 \(E0000047 API call exceeded rate limit due to too many requests\.\) 1 times \(rate limit; reset at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z\)\. Run again after the reset, or when other API clients of the org are idle\.$/,
    );
    expect(waits).toEqual([]);
  });

  test('does not wait for a reset further away than maxRateLimitWaitMs', async () => {
    server.rateLimitOnce.add('/api/v1/groups');
    const error = await client({ now: () => Date.now() - 120_000, sleep: async () => undefined })
      .list('/api/v1/groups?search=profile.name%20eq%20%22Same%22')
      .catch((e: unknown) => e as Error);
    expect((error as Error).message).toContain('the rate limit resets at');
    expect((error as Error).message).toContain('more than 60 s away. Run again after it.');
  });

  test('waits until the reset, then gets the page', async () => {
    server.rateLimitOnce.add('/api/v1/groups');
    const waits: number[] = [];
    const groups = await client({ sleep: async (ms) => void waits.push(ms) }).list(
      '/api/v1/groups?search=profile.name%20eq%20%22Same%22',
    );
    expect(groups).toHaveLength(5);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(100);
    expect(waits[0]).toBeLessThanOrEqual(1100);
  });
});

describe('OktaApiClient: deadlines, caps and loops against a misbehaving server', () => {
  let server: OktaApiServer;
  const client = (extra: Partial<ConstructorParameters<typeof OktaApiClient>[0]> = {}) =>
    new OktaApiClient({
      orgUrl: server.url,
      token: TOKEN,
      ca: fs.readFileSync(server.caFile, 'utf8'),
      ...extra,
    });
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error('expected the listing to fail');
      },
      (e: unknown) => {
        if (!OktaApiError.isOktaApiError(e)) throw e;
        return e;
      },
    );
  const SEARCH = '/api/v1/groups?search=profile.name%20eq%20%22Same%22';

  beforeAll(async () => {
    server = await startSameNamedGroups();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.pageSize = 2;
    server.answers.clear();
  });

  test('a body trickling one byte per 200 ms fails at the timeout of the whole request, not after the body', async () => {
    server.answers.set('/api/v1/policies', trickle(200));
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 1000 }).list('/api/v1/policies?type=PASSWORD'));
    const elapsed = Date.now() - started;
    expect(error.id).toBe('OKTA-TIMEOUT');
    expect(error.message).toMatch(
      new RegExp(
        `^\\[OKTA-TIMEOUT\\] GET /api/v1/policies\\?type=PASSWORD: the answer from ${server.url.replace(/\./g, '\\.')} did not finish within 1 s \\(\\d+ bytes of the body came; the timeout bounds each whole request\\)\\. Check the network or proxy, or raise --timeout\\.$`,
      ),
    );
    // The trickle would take 200 s; an idle-only timeout never fires while bytes keep coming.
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(1000 + LOADED_MACHINE_SLACK_MS);
  });

  test('the page cap counts every listing of the run together', async () => {
    const api = client({ maxPages: 4 });
    expect(await api.list(SEARCH)).toHaveLength(5); // pages 1-3
    const error = await failure(api.list(SEARCH)); // page 4 is read, page 5 is not sent
    expect(error.message).toBe(
      `[OKTA-CAP] GET /api/v1/groups?search=profile.name+eq+"Same"&after=2: not sent: 4 pages were read from ${server.url} in this run, the cap on pages. adopt's searches need a few pages each: check that ${server.url} is the Okta org and that no proxy rewrites its Link headers, or raise the cap with --max-pages.`,
    );
    expect(server.requests).toHaveLength(4);
  });

  test('read GETs one object, counts against the page cap, and refuses a list or a non-JSON answer', async () => {
    const api = client({ maxPages: 3 });
    expect(await api.read<{ id: string }>('/api/v1/groups/00gGroup1AAAAAAAAAAA')).toMatchObject({
      id: '00gGroup1AAAAAAAAAAA',
      profile: { name: 'Same' },
    });
    expect((await failure(api.read('/api/v1/groups?q=Same'))).message).toBe(
      `[OKTA-BAD-RESPONSE] GET /api/v1/groups?q=Same: expected a JSON object; is ${server.url} an Okta org?`,
    );
    server.answers.set('/api/v1/groups/00gGroup2AAAAAAAAAAA', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>sign in</html>');
    });
    expect((await failure(api.read('/api/v1/groups/00gGroup2AAAAAAAAAAA'))).message).toBe(
      `[OKTA-BAD-RESPONSE] GET /api/v1/groups/00gGroup2AAAAAAAAAAA: the answer is not JSON; is ${server.url} an Okta org?`,
    );
    const capped = await failure(api.read('/api/v1/groups/00gGroup3AAAAAAAAAAA'));
    expect(capped.id).toBe('OKTA-CAP');
    expect(server.requests).toHaveLength(3);
  });

  test('endless distinct next pages stop at the page cap', async () => {
    server.answers.set('/api/v1/policies', endlessNext());
    const error = await failure(client({ maxPages: 25 }).list('/api/v1/policies?type=PASSWORD'));
    expect(error.id).toBe('OKTA-CAP');
    expect(error.message).toContain(
      'GET /api/v1/policies?type=PASSWORD&after=25: not sent: 25 pages were read from',
    );
    expect(server.requests).toHaveLength(25);
  });

  test('a next link back to the same page is a loop, stopped at the second sight', async () => {
    server.answers.set('/api/v1/policies', sameNextForever());
    const error = await failure(client().list('/api/v1/policies?type=PASSWORD'));
    expect(error.message).toBe(
      `[OKTA-BAD-RESPONSE] GET /api/v1/policies?type=PASSWORD: the next page link points back to a page already read (/api/v1/policies?type=PASSWORD): a pagination loop; stopped. Check that ${server.url} is the Okta org and that no proxy rewrites its Link headers.`,
    );
    expect(server.requests).toHaveLength(1);
  });

  test('a huge body stops at the byte cap while it streams in', async () => {
    server.answers.set('/api/v1/policies', hugeBody(64 * 1024 * 1024));
    const error = await failure(client({ maxBytes: 256 * 1024 }).list('/api/v1/policies?type=PASSWORD'));
    expect(error.message).toBe(
      `[OKTA-CAP] GET /api/v1/policies?type=PASSWORD: stopped: the answers from ${server.url} passed 262144 bytes in total in this run, the cap on bytes read. adopt's searches need a few KiB each: check that ${server.url} is the Okta org and that no proxy rewrites its answers, or raise the cap with --max-mib.`,
    );
  });

  test('the byte cap counts every answer of the run together', async () => {
    server.answers.set('/api/v1/policies', hugeBody(48 * 1024));
    const api = client({ maxBytes: 64 * 1024 });
    expect(await api.list('/api/v1/policies?type=PASSWORD')).toEqual([]);
    const error = await failure(api.list('/api/v1/policies?type=PASSWORD&q=x'));
    expect(error.id).toBe('OKTA-CAP');
    expect(error.message).toContain('GET /api/v1/policies?type=PASSWORD&q=x: stopped: the answers from');
  });

  test('a next link that is not a URL is a bad response, not a crash', async () => {
    server.answers.set('/api/v1/policies', nextLinkOf('https://[::1'));
    const error = await failure(client().list('/api/v1/policies?type=PASSWORD'));
    expect(error.message).toBe(
      `[OKTA-BAD-RESPONSE] GET /api/v1/policies?type=PASSWORD: the next page link "https://[::1" is not a URL; stopped. Check that ${server.url} is the Okta org and that no proxy rewrites its Link headers.`,
    );
  });

  test('a list holding something other than objects is a bad response, not a crash later', async () => {
    server.answers.set('/api/v1/policies', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('[{"id":"00pPolicy"},null]');
    });
    const error = await failure(client().list('/api/v1/policies?type=PASSWORD'));
    expect(error.message).toBe(
      `[OKTA-BAD-RESPONSE] GET /api/v1/policies?type=PASSWORD: item 1 of the list is null, not an object; is ${server.url} an Okta org?`,
    );
  });

  test('a connection cut in the middle of the body is a network error naming the bytes received', async () => {
    server.answers.set('/api/v1/policies', cutAfter(100));
    const error = await failure(client().list('/api/v1/policies?type=PASSWORD'));
    expect(error.message).toMatch(
      /^\[OKTA-NETWORK\] GET \/api\/v1\/policies\?type=PASSWORD: the connection to https:\/\/127\.0\.0\.1:\d+ broke after 100 bytes of the answer \(ECONNRESET: [^)]+\)\. Check the network or proxy, and run again\.$/,
    );
  });

  test('the token echoed in an error body is redacted from the message', async () => {
    server.answers.set('/api/v1/policies', echoAuthorization());
    const error = await failure(client().list('/api/v1/policies?type=PASSWORD'));
    expect(error.message).toBe(
      '[OKTA-HTTP] GET /api/v1/policies?type=PASSWORD: Okta answered 400 (E0000001 Api validation failed: header SSWS <redacted>).',
    );
    expect(error.message).not.toContain(TOKEN);
  });
});
