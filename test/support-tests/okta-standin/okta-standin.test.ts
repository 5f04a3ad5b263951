/**
 * What every endpoint of the stand-in shares: the token check, Okta's error body, rate-limit headers
 * and 429s, absolute-form requests (the provider's http_proxy), the request log, 127.0.0.1 only;
 * and the start-up calls of the provider (users/me, well-known) and user types.
 */
import { startOktaStandin, type OktaStandin } from '../../support/okta-standin/okta-standin';
import { call, oktaError, type Json } from './provider-client';

const TOKEN = 'token-that-must-not-be-logged';
let standin: OktaStandin;
beforeAll(async () => {
  standin = await startOktaStandin({ token: TOKEN });
});
afterAll(() => standin.close());

test('listens on 127.0.0.1 only, over plain HTTP', () => {
  expect(standin.url).toBe(`http://127.0.0.1:${standin.port}`);
});

test('the start-up calls: users/me with the token, well-known without one', async () => {
  const me = await call(standin, 'GET', '/api/v1/users/me');
  expect(me.status).toBe(200);
  expect(me.body).toMatchObject({
    id: standin.state.admin.id,
    status: 'ACTIVE',
    profile: { login: 'admin@example.com' },
  });
  const wellKnown = await call(standin, 'GET', '/.well-known/okta-organization', { token: null });
  expect(wellKnown.status).toBe(200);
  expect(wellKnown.body).toMatchObject({
    id: standin.state.orgId,
    pipeline: 'idx',
    _links: { organization: { href: standin.url } },
  });
});

test('no token or another token: 401 E0000011 in Okta error shape, and nothing changes', async () => {
  const groups = standin.state.groups.size;
  for (const token of [null, 'wrong']) {
    const a = await call(standin, 'POST', '/api/v1/groups', { token, body: { profile: { name: 'sneaky' } } });
    expect(a.status).toBe(401);
    expect(a.body).toEqual(oktaError('E0000011', 'Invalid token provided'));
  }
  expect(standin.state.groups.size).toBe(groups);
});

test('absolute-form requests (the SDK using the stand-in as its proxy) are answered like origin-form ones and recorded so', async () => {
  const created = await call(standin, 'POST', '/api/v1/groups', {
    absolute: true,
    body: { profile: { name: 'Via proxy' } },
  });
  expect(created.status).toBe(200);
  const read = await call(standin, 'GET', `/api/v1/groups/${created.body.id}`, { absolute: true });
  expect(read.body.profile.name).toBe('Via proxy');
  const recorded = standin.requests.at(-1)!;
  expect(recorded).toMatchObject({
    method: 'GET',
    url: `/api/v1/groups/${created.body.id}`,
    absoluteForm: true,
    status: 200,
  });
});

test('an absolute-form request for another host is refused: the stand-in forwards nothing', async () => {
  const before = standin.requests.length;
  const a = await call(standin, 'GET', '/api/v1/groups', { absolute: true, host: 'example.okta.com' });
  expect(a.status).toBe(400);
  expect(a.body.errorCauses).toEqual([
    {
      errorSummary: `host: example.okta.com is not this stand-in (127.0.0.1:${standin.port}); it forwards nothing`,
    },
  ]);
  expect(standin.requests).toHaveLength(before + 1);
});

test("every answer carries Okta's rate-limit headers; the budget is per endpoint family and per minute; then 429 E0000047", async () => {
  const a = await call(standin, 'GET', '/api/v1/meta/types/user');
  const b = await call(standin, 'GET', '/api/v1/meta/types/user');
  expect(a.headers['x-rate-limit-limit']).toBe('600');
  expect(Number(b.headers['x-rate-limit-remaining'])).toBe(Number(a.headers['x-rate-limit-remaining']) - 1);
  expect(Number(a.headers['x-rate-limit-reset']) % 60).toBe(0);
  expect(Number(a.headers['x-rate-limit-reset']) * 1000).toBeGreaterThan(Date.now());
  expect(a.headers['x-okta-request-id']).toMatch(/^[\w-]{16}$/);

  standin.behaviour.rateLimitPerMinute = 3;
  try {
    // Four calls inside one minute window (a run that straddles a minute boundary is run again once,
    // on another endpoint family, whose budget is untouched).
    const sameWindow = async (path: string) => {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await call(standin, 'GET', path));
      const resets = new Set(answers.map((x) => x.headers['x-rate-limit-reset']));
      return resets.size === 1 ? answers : undefined;
    };
    const answers =
      (await sameWindow('/api/v1/policies?type=PASSWORD')) ?? (await sameWindow('/api/v1/apps'));
    expect(answers).toBeDefined();
    const last = answers!.at(-1)!;
    expect(answers!.map((x) => x.status)).toEqual([200, 200, 200, 429]);
    expect(last.body).toEqual(
      oktaError('E0000047', 'API call exceeded rate limit due to too many requests.'),
    );
    expect(last.headers).toMatchObject({ 'x-rate-limit-limit': '3', 'x-rate-limit-remaining': '0' });
    // Another family still has its budget.
    expect((await call(standin, 'GET', '/api/v1/mappings')).status).toBe(200);
  } finally {
    standin.behaviour.rateLimitPerMinute = 600;
  }
});

test('a one-off 429 on a path resets at once (a burst from another client), then the path answers again', async () => {
  standin.faults.rateLimitOnce.add('/api/v1/users/me');
  const limited = await call(standin, 'GET', '/api/v1/users/me');
  expect(limited.status).toBe(429);
  expect(Math.abs(Number(limited.headers['x-rate-limit-reset']) - Date.now() / 1000)).toBeLessThan(2);
  expect((await call(standin, 'GET', '/api/v1/users/me')).status).toBe(200);
});

test('unknown path 404, known path with another method 405, a body that is not JSON 400 E0000003', async () => {
  expect((await call(standin, 'GET', '/api/v1/zones')).body).toEqual(
    oktaError('E0000007', 'Not found: Resource not found: /api/v1/zones'),
  );
  const patch = await call(standin, 'PATCH', '/api/v1/groups');
  expect(patch.status).toBe(405);
  expect(patch.body).toEqual(oktaError('E0000022', 'The endpoint does not support the provided HTTP method'));
  const bad = await call(standin, 'POST', '/api/v1/groups', { rawBody: '{"profile":' });
  expect(bad.status).toBe(400);
  expect(bad.body).toEqual(oktaError('E0000003', 'The request body was not well-formed.'));
});

test('user types: the default "user", then create, read, list, delete as recorded', async () => {
  const list = await call(standin, 'GET', '/api/v1/meta/types/user');
  expect(list.body.map((t: Json) => [t.name, t.default])).toEqual([['user', true]]);
  const created = await call(standin, 'POST', '/api/v1/meta/types/user', {
    body: { name: 'contractor', displayName: 'Contractor', description: 'x' },
  });
  expect(created.body).toMatchObject({
    id: expect.stringMatching(/^oty/),
    name: 'contractor',
    default: false,
  });
  expect((await call(standin, 'GET', `/api/v1/meta/types/user/${created.body.id}`)).body).toEqual(
    created.body,
  );
  expect((await call(standin, 'DELETE', `/api/v1/meta/types/user/${created.body.id}`)).status).toBe(204);
  expect((await call(standin, 'GET', `/api/v1/meta/types/user/${created.body.id}`)).status).toBe(404);
  expect((await call(standin, 'DELETE', `/api/v1/meta/types/user/${list.body[0].id}`)).status).toBe(400);
});

test('the log has one line per answered request (method, path and query, status) and never the token', async () => {
  const lines: string[] = [];
  const logged = await startOktaStandin({ token: TOKEN, log: (line) => lines.push(line) });
  try {
    expect((await call(logged, 'GET', '/api/v1/users/me')).status).toBe(200);
    expect((await call(logged, 'POST', '/api/v1/groups', { token: 'wrong', body: {} })).status).toBe(401);
    expect((await call(logged, 'GET', '/api/v1/policies?type=PASSWORD')).status).toBe(200);
    expect((await call(logged, 'GET', '/api/v1/groups?q=Every', { absolute: true })).status).toBe(200);
    expect((await call(logged, 'GET', '/api/v1/zones')).status).toBe(404);
    // A request left hanging is recorded but not logged: it has no answer yet.
    logged.faults.hang.add('/api/v1/apps');
    void call(logged, 'GET', '/api/v1/apps').catch(() => undefined);
    for (let i = 0; logged.requests.length < 6 && i < 400; i++) await new Promise((r) => setTimeout(r, 5));
    expect(lines).toEqual([
      'GET /api/v1/users/me 200',
      'POST /api/v1/groups 401',
      'GET /api/v1/policies?type=PASSWORD 200',
      'GET /api/v1/groups?q=Every 200',
      'GET /api/v1/zones 404',
    ]);
    expect(logged.requests.map((r) => [r.url, r.status])).toEqual([
      ['/api/v1/users/me', 200],
      ['/api/v1/groups', 401],
      ['/api/v1/policies?type=PASSWORD', 200],
      ['/api/v1/groups?q=Every', 200],
      ['/api/v1/zones', 404],
      ['/api/v1/apps', 0],
    ]);
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(logged.requests[0]!.headers.authorization).toBe(`SSWS ${TOKEN}`);
  } finally {
    await logged.close();
  }
});

test('latency: each answer waits the configured time', async () => {
  standin.behaviour.latencyMs = 150;
  try {
    const start = Date.now();
    await call(standin, 'GET', '/api/v1/users/me');
    expect(Date.now() - start).toBeGreaterThanOrEqual(140);
  } finally {
    standin.behaviour.latencyMs = 0;
  }
});

test('read-only mode answers every write with 405 before looking at the token', async () => {
  const readOnly = await startOktaStandin({ token: TOKEN, readOnly: true });
  try {
    const a = await call(readOnly, 'POST', '/api/v1/groups', { body: { profile: { name: 'x' } } });
    expect(a.status).toBe(405);
    expect(readOnly.state.groups.size).toBe(2);
    expect((await call(readOnly, 'GET', '/api/v1/groups?q=Every')).status).toBe(200);
  } finally {
    await readOnly.close();
  }
});
