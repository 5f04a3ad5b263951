/**
 * A local HTTPS stand-in for the few Okta management API endpoints `cdktf-okta-ldap adopt` reads,
 * on 127.0.0.1 with a throwaway CA. Request parameters and response shapes follow Okta's published
 * management OpenAPI specification, okta/okta-management-openapi-spec release 2026.06.3
 * (dist/current/management-minimal.yaml): `listGroups` (search), `listGroupRules` (search, limit,
 * after), `listGroupAssignedRoles`, `listGroupTargetsForGroupRole`,
 * `listApplicationTargetsForApplicationAdministratorRoleForGroup`, `listPolicies` (type, q);
 * errors use the spec's `Error` schema with its E0000011 / E0000006 / E0000047 / E0000007 examples.
 * Pagination uses the `Link: <…>; rel="next"` header with an `after` cursor; 429s carry Okta's
 * `X-Rate-Limit-Limit`, `X-Rate-Limit-Remaining` and `X-Rate-Limit-Reset` (UTC epoch seconds).
 *
 * Every request is recorded (method, URL, headers) so tests can assert that only GETs were made and
 * where the token went. Anything outside the implemented endpoints answers 404 (or 405 for a
 * method other than GET), so a test also proves the client uses nothing else.
 *
 * A test can make one path misbehave the way a broken network, a proxy or a hostile server does:
 * `answers.set(path, trickle(200))` and the other answers below (a byte at a time, a huge body, a
 * `Link` loop, endless pages, the token echoed in the error, a connection cut mid-body).
 */
import { promises as fs } from 'fs';
import type { IncomingMessage, ServerResponse } from 'http';
import * as https from 'https';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { createTlsFiles } from './slapd-fixture-tls';
import { defaultToolDirs, findTool } from './slapd-fixture-process';

/** A group as `listGroups` returns it (the spec's `Group`, with the fields the client reads). */
export interface FixtureGroup {
  readonly id: string;
  readonly type: 'OKTA_GROUP' | 'APP_GROUP' | 'BUILT_IN';
  readonly name: string;
  readonly description?: string;
  /** For APP_GROUP: the id of the app it was imported from. */
  readonly sourceAppId?: string;
}

export interface FixtureRule {
  readonly id: string;
  readonly name: string;
  readonly status: 'ACTIVE' | 'INACTIVE' | 'INVALID';
  readonly expression: string;
  readonly groupIds: string[];
}

export interface FixtureRole {
  readonly id: string;
  readonly type: string;
  readonly groupTargets?: string[];
  /** `name` or `name.id` of app targets. */
  readonly appTargets?: string[];
  /** CUSTOM only: the custom role and the resource set (the spec's `CustomRole`). */
  readonly roleId?: string;
  readonly resourceSetId?: string;
}

export interface FixturePolicy {
  readonly id: string;
  readonly name: string;
  readonly provider: 'OKTA' | 'LDAP' | 'ACTIVE_DIRECTORY';
  readonly system?: boolean;
}

/** The org the server serves. */
export interface FixtureOrg {
  readonly token: string;
  readonly groups: FixtureGroup[];
  readonly rules: FixtureRule[];
  /** Role assignments by group id. */
  readonly roles: Record<string, FixtureRole[]>;
  readonly policies: FixturePolicy[];
}

/** A request's whole answer, in place of the endpoint's (`req` is authorized; `base` is the server URL). */
export type Answer = (req: IncomingMessage, res: ServerResponse, base: string) => void;

/** 200 with a JSON empty list padded to `bytes` bytes, one byte every `everyMs` (stops when the client goes). */
export function trickle(everyMs: number, bytes = 1000): Answer {
  return (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    const body = `[${' '.repeat(bytes - 2)}]`;
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < body.length) {
        res.write(body[sent++]);
        return;
      }
      clearInterval(timer);
      res.end();
    }, everyMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** 200 with a JSON empty list padded to `bytes` bytes, sent as fast as the client reads it. */
export function hugeBody(bytes: number): Answer {
  return (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(bytes) });
    res.write('[');
    let left = bytes - 2;
    const chunk = ' '.repeat(64 * 1024);
    const more = () => {
      while (left > 0 && !res.destroyed) {
        const part = left >= chunk.length ? chunk : chunk.slice(0, left);
        left -= part.length;
        if (!res.write(part)) return void res.once('drain', more);
      }
      if (!res.destroyed) res.end(']');
    };
    more();
  };
}

/** 200 with an empty page whose `rel="next"` is the very URL requested, forever. */
export function sameNextForever(): Answer {
  return (req, res, base) => {
    res.writeHead(200, { 'Content-Type': 'application/json', Link: `<${base}${req.url}>; rel="next"` });
    res.end('[]');
  };
}

/** 200 with an empty page and always a new `rel="next"` (`after` one further), forever. */
export function endlessNext(): Answer {
  return (req, res, base) => {
    const next = new URL(req.url ?? '/', base);
    next.searchParams.set('after', String(Number(next.searchParams.get('after') ?? '0') + 1));
    res.writeHead(200, { 'Content-Type': 'application/json', Link: `<${next.toString()}>; rel="next"` });
    res.end('[]');
  };
}

/** 200 with an empty page whose `rel="next"` is `link`, as it is. */
export function nextLinkOf(link: string): Answer {
  return (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', Link: `<${link}>; rel="next"` });
    res.end('[]');
  };
}

/** 400 in Okta's error shape whose summary repeats the request's Authorization header (a careless proxy). */
export function echoAuthorization(): Answer {
  return (req, res) => {
    res.writeHead(400, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify(error('E0000001', `Api validation failed: header ${String(req.headers.authorization)}`)),
    );
  };
}

/** 200 whose body stops after `bytes` bytes: the connection is destroyed mid-answer. */
export function cutAfter(bytes: number): Answer {
  return (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(bytes * 2) });
    res.write(`[${' '.repeat(bytes - 1)}`, () => setTimeout(() => res.socket?.destroy(), 50));
  };
}

/** One request as the server saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string | string[] | undefined>;
}

export interface OktaApiServer {
  readonly url: string;
  readonly caFile: string;
  readonly requests: RecordedRequest[];
  /** Items per page of every listing (small, to force pagination). */
  pageSize: number;
  /** Paths (without query) whose next request answers 429 once. */
  readonly rateLimitOnce: Set<string>;
  /** Paths (without query) that answer 403. */
  readonly forbidden: Set<string>;
  /** Paths (without query) that never answer. */
  readonly hang: Set<string>;
  /** Paths (without query) whose `rel="next"` link points at another host. */
  readonly foreignNext: Set<string>;
  /** Paths (without query) answered by the given {@link Answer} instead of the endpoint. */
  readonly answers: Map<string, Answer>;
  close(): Promise<void>;
}

function error(code: string, summary: string) {
  return {
    errorCode: code,
    errorSummary: summary,
    errorLink: code,
    errorId: 'sampleQPivGUj_ND5v78vbYWW',
    errorCauses: [],
  };
}

function groupJson(base: string, g: FixtureGroup) {
  return {
    id: g.id,
    created: '2025-02-06T10:11:28.000Z',
    lastUpdated: '2025-10-05T19:16:43.000Z',
    lastMembershipUpdated: '2025-11-28T19:15:32.000Z',
    objectClass: [g.type === 'APP_GROUP' ? 'okta:windows_security_principal' : 'okta:user_group'],
    type: g.type,
    profile: { name: g.name, description: g.description ?? null },
    _links: {
      users: { href: `${base}/api/v1/groups/${g.id}/users` },
      apps: { href: `${base}/api/v1/groups/${g.id}/apps` },
      ...(g.sourceAppId !== undefined ? { source: { href: `${base}/api/v1/apps/${g.sourceAppId}` } } : {}),
    },
  };
}

/** Parses the two `search` forms adopt sends; anything else is a 400, so a test notices. */
function groupSearch(search: string): ((g: FixtureGroup) => boolean) | undefined {
  const unquote = (s: string) => s.replace(/\\(["\\])/g, '$1');
  const app = /^type eq "APP_GROUP" and profile\.name eq "((?:[^"\\]|\\.)*)"$/.exec(search);
  if (app) return (g) => g.type === 'APP_GROUP' && g.name.toLowerCase() === unquote(app[1]!).toLowerCase();
  const any = /^profile\.name eq "((?:[^"\\]|\\.)*)"$/.exec(search);
  if (any) return (g) => g.name.toLowerCase() === unquote(any[1]!).toLowerCase();
  return undefined;
}

/** Starts the server on 127.0.0.1 with a fresh CA. */
export async function startOktaApiServer(org: FixtureOrg): Promise<OktaApiServer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'okta-api-'));
  const tls = await createTlsFiles(findTool('openssl', defaultToolDirs()), dir, {});
  const [key, cert] = await Promise.all([fs.readFile(tls.keyFile), fs.readFile(tls.certFile)]);
  const requests: RecordedRequest[] = [];
  const state = {
    pageSize: 2,
    rateLimitOnce: new Set<string>(),
    forbidden: new Set<string>(),
    hang: new Set<string>(),
    foreignNext: new Set<string>(),
    answers: new Map<string, Answer>(),
  };
  let base = '';

  const server = https.createServer({ key, cert }, (req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: { ...req.headers } });
    const url = new URL(req.url ?? '/', base);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (state.hang.has(url.pathname)) return;
    if (req.method !== 'GET')
      return send(405, error('E0000022', 'The endpoint does not support the provided HTTP method'));
    if (req.headers.authorization !== `SSWS ${org.token}`)
      return send(401, error('E0000011', 'Invalid token provided'));
    const answer = state.answers.get(url.pathname);
    if (answer !== undefined) return answer(req, res, base);
    if (state.rateLimitOnce.delete(url.pathname)) {
      return send(429, error('E0000047', 'API call exceeded rate limit due to too many requests.'), {
        'X-Rate-Limit-Limit': '600',
        'X-Rate-Limit-Remaining': '0',
        'X-Rate-Limit-Reset': String(Math.floor(Date.now() / 1000)),
      });
    }
    if (state.forbidden.has(url.pathname)) {
      return send(403, error('E0000006', 'You do not have permission to perform the requested action'));
    }
    const page = (items: unknown[]) => {
      const after = Number(url.searchParams.get('after') ?? '0');
      const slice = items.slice(after, after + state.pageSize);
      const headers: Record<string, string> = {};
      const links = [`<${base}${url.pathname}${url.search}>; rel="self"`];
      if (after + state.pageSize < items.length) {
        const next = new URL(url.toString());
        next.searchParams.set('after', String(after + state.pageSize));
        if (state.foreignNext.has(url.pathname)) next.host = 'attacker.example:443';
        links.push(`<${next.toString()}>; rel="next"`);
      }
      headers['Link'] = links.join(', ');
      send(200, slice, headers);
    };
    const parts = url.pathname.split('/').filter(Boolean);
    // /api/v1/groups
    if (url.pathname === '/api/v1/groups') {
      const match = groupSearch(url.searchParams.get('search') ?? '');
      if (match === undefined) return send(400, error('E0000031', 'Invalid search criteria.'));
      return page(org.groups.filter(match).map((g) => groupJson(base, g)));
    }
    if (url.pathname === '/api/v1/groups/rules') {
      const keyword = (url.searchParams.get('search') ?? '').toLowerCase();
      return page(
        org.rules
          .filter((r) => r.name.toLowerCase().includes(keyword))
          .map((r) => ({
            type: 'group_rule',
            id: r.id,
            status: r.status,
            name: r.name,
            created: '2025-12-01T14:40:04.000Z',
            lastUpdated: '2025-12-01T14:40:04.000Z',
            conditions: {
              people: { users: { exclude: [] }, groups: { exclude: [] } },
              expression: { value: r.expression, type: 'urn:okta:expression:1.0' },
            },
            actions: { assignUserToGroups: { groupIds: r.groupIds } },
          })),
      );
    }
    // /api/v1/groups/{groupId}/roles[/{roleAssignmentId}/targets/(groups|catalog/apps)]
    if (parts[0] === 'api' && parts[1] === 'v1' && parts[2] === 'groups' && parts[4] === 'roles') {
      const groupId = parts[3]!;
      if (!org.groups.some((g) => g.id === groupId))
        return send(404, error('E0000007', `Not found: Resource not found: ${groupId} (UserGroup)`));
      const roles = org.roles[groupId] ?? [];
      if (parts.length === 5) {
        return send(
          200,
          roles.map((r) => ({
            id: r.id,
            label: r.type,
            type: r.type,
            status: 'ACTIVE',
            created: '2025-02-06T16:17:40.000Z',
            lastUpdated: '2025-02-06T16:17:40.000Z',
            assignmentType: 'GROUP',
            ...(r.type === 'CUSTOM' ? { role: r.roleId, 'resource-set': r.resourceSetId } : {}),
            _links: { assignee: { href: `${base}/api/v1/groups/${groupId}` } },
          })),
        );
      }
      const role = roles.find((r) => r.id === parts[5]);
      if (role === undefined || parts[6] !== 'targets')
        return send(404, error('E0000007', 'Not found: Resource not found'));
      if (parts[7] === 'groups' && parts.length === 8) {
        return page(
          (role.groupTargets ?? []).map((id) =>
            groupJson(base, org.groups.find((g) => g.id === id) ?? { id, type: 'OKTA_GROUP', name: id }),
          ),
        );
      }
      if (parts[7] === 'catalog' && parts[8] === 'apps' && parts.length === 9) {
        return page(
          (role.appTargets ?? []).map((t) => {
            const [name, id] = t.split('.');
            return { name, displayName: name, status: 'ACTIVE', ...(id !== undefined ? { id } : {}) };
          }),
        );
      }
    }
    if (url.pathname === '/api/v1/policies') {
      if (url.searchParams.get('type') !== 'PASSWORD')
        return send(400, error('E0000001', 'Api validation failed: type'));
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      return page(
        org.policies
          .filter((p) => p.name.toLowerCase().startsWith(q))
          .map((p) => ({
            id: p.id,
            type: 'PASSWORD',
            name: p.name,
            status: 'ACTIVE',
            system: p.system ?? false,
            priority: 1,
            conditions: { people: { groups: { include: [] } }, authProvider: { provider: p.provider } },
          })),
      );
    }
    return send(404, error('E0000007', `Not found: Resource not found: ${url.pathname}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    caFile: tls.caFile,
    requests,
    get pageSize() {
      return state.pageSize;
    },
    set pageSize(n: number) {
      state.pageSize = n;
    },
    rateLimitOnce: state.rateLimitOnce,
    forbidden: state.forbidden,
    hang: state.hang,
    foreignNext: state.foreignNext,
    answers: state.answers,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
