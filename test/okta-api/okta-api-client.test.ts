import * as fs from 'fs';
import { checkOrgUrl, nextLink, OktaApiClient, orgUrlFromEnv } from '../../lib/okta-api/okta-api-client';
import { OktaApiError } from '../../lib/okta-api/okta-api-error';
import { OktaApiServer, startOktaApiServer } from '../support/okta-api-server';

const TOKEN = 'client-test-token-9f2';

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
    server = await startOktaApiServer({
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
