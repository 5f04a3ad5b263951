/**
 * A read-write stand-in for the Okta management API endpoints the okta Terraform provider calls for
 * this library's resources (groups, group rules, group roles, profile mappings, the app user
 * schema, password policies, user types, users/me, well-known), on 127.0.0.1 only. Shapes and
 * status codes follow recorded real traffic of the provider's acceptance tests; docs/okta-standin.md
 * lists the endpoints, the seed format and the behaviours a test can switch on.
 *
 * Every answer carries Okta's `X-Rate-Limit-Limit/-Remaining/-Reset` headers (a per-minute budget
 * per endpoint family; 429 E0000047 when spent); lists are paged with `limit`, `after` and `Link`
 * headers; errors use Okta's body (okta-error.ts). Requests may come in origin form
 * (`GET /api/v1/groups`) or in absolute form (`GET http://127.0.0.1:PORT/api/v1/groups`, as the Go
 * SDK sends them when the provider's `http_proxy` points at the stand-in); absolute-form requests
 * for any other host are refused: nothing is forwarded anywhere.
 *
 * Every request is recorded (method, path and query, headers, JSON body, status) and, when `log` is
 * given, logged as `METHOD /path?query STATUS` — never a header, so never the token.
 */
import { randomBytes } from 'crypto';
import * as http from 'http';
import * as https from 'https';
import type { AddressInfo } from 'net';
import {
  badJson,
  forbidden,
  invalidToken,
  methodNotAllowed,
  OktaApiError,
  rateLimited,
  validationFailed,
} from './okta-error';
import { OrgState } from './org-state';
import type { OrgSeed } from './seed';
import type { Reply, RequestContext, Route, StandinBehaviour } from './http-exchange';
import { GROUP_ROUTES } from './routes-groups';
import { GROUP_RULE_ROUTES } from './routes-group-rules';
import { GROUP_ROLE_ROUTES } from './routes-group-roles';
import { PROFILE_MAPPING_ROUTES } from './routes-profile-mappings';
import { APP_USER_SCHEMA_ROUTES } from './routes-app-user-schema';
import { POLICY_ROUTES } from './routes-policies';
import { ORG_ROUTES } from './routes-org';

/** Every route, rules before groups (`/groups/rules` is not a group id). */
export const ROUTES: Route[] = [
  ...GROUP_RULE_ROUTES,
  ...GROUP_ROLE_ROUTES,
  ...GROUP_ROUTES,
  ...PROFILE_MAPPING_ROUTES,
  ...APP_USER_SCHEMA_ROUTES,
  ...POLICY_ROUTES,
  ...ORG_ROUTES,
];

/** Paths answered without a token. */
const PUBLIC = /^\/\.well-known\//;
const MAX_BODY = 1024 * 1024;

/** A request's whole answer, in place of the endpoint's (`req` is authorized; `base` is the stand-in's URL). */
export type Answer = (req: http.IncomingMessage, res: http.ServerResponse, base: string) => void;

/** One request as the stand-in saw it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query (also for an absolute-form request). */
  readonly url: string;
  readonly headers: Record<string, string | string[] | undefined>;
  /** True when the request target was in absolute form (`http://host:port/path`). */
  readonly absoluteForm: boolean;
  /** The JSON body, when there was one. */
  body?: unknown;
  /** The status answered (0 while pending, or for a request left hanging). */
  status: number;
}

/** Ways to make a path misbehave (paths without query). */
export interface StandinFaults {
  /** The next request answers 429 once. */
  readonly rateLimitOnce: Set<string>;
  /** Answer 403. */
  readonly forbidden: Set<string>;
  /** Never answer. */
  readonly hang: Set<string>;
  /** The `rel="next"` link points at another host. */
  readonly foreignNext: Set<string>;
  /** Answered by the given {@link Answer} instead of the endpoint. */
  readonly answers: Map<string, Answer>;
}

export interface OktaStandinOptions {
  /** The API token clients must send as `Authorization: SSWS <token>`. @default a new random token */
  readonly token?: string;
  /** @default an empty org (with the built-ins) */
  readonly seed?: OrgSeed;
  /** Add what every org has (Everyone, Okta Administrators, the default user type and password policy). @default true */
  readonly builtIns?: boolean;
  /** Serve HTTPS with this key and certificate. @default plain HTTP */
  readonly tls?: { readonly key: Buffer; readonly cert: Buffer };
  /** Refuse every request but GET with 405, as a read-only token would. @default false */
  readonly readOnly?: boolean;
  /** Called with one line per answered request (`METHOD /path?query STATUS`). @default none */
  readonly log?: (line: string) => void;
  /** @default see {@link StandinBehaviour} */
  readonly behaviour?: Partial<StandinBehaviour>;
  /** @default 0 (any free port) */
  readonly port?: number;
}

export interface OktaStandin {
  /** `http(s)://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly state: OrgState;
  readonly behaviour: StandinBehaviour;
  readonly requests: RecordedRequest[];
  readonly faults: StandinFaults;
  close(): Promise<void>;
}

/** Per-minute request budget of each endpoint family (`/api/v1/groups`, `/api/v1/policies`, …). */
class RateBudget {
  private window = 0;
  private readonly used = new Map<string, number>();
  constructor(private readonly behaviour: StandinBehaviour) {}

  /** Spends one request of `path`'s family; returns the headers, or throws 429 when none is left. */
  spend(path: string, forceLimit: boolean): Record<string, string> {
    const minute = Math.floor(Date.now() / 60000);
    if (minute !== this.window) {
      this.window = minute;
      this.used.clear();
    }
    const family = path.split('/').slice(0, 4).join('/');
    const limit = this.behaviour.rateLimitPerMinute;
    const reset = (minute + 1) * 60;
    const used = (this.used.get(family) ?? 0) + 1;
    this.used.set(family, used);
    // A one-off 429 (a burst from another client of the org) resets at once; a spent budget at the next minute.
    if (forceLimit) throw rateLimited(limit, Math.floor(Date.now() / 1000));
    if (used > limit) throw rateLimited(limit, reset);
    return {
      'X-Rate-Limit-Limit': String(limit),
      'X-Rate-Limit-Remaining': String(limit - used),
      'X-Rate-Limit-Reset': String(reset),
    };
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new OktaApiError(413, 'E0000001', 'Api validation failed: body', ['body: larger than 1 MiB']));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function routeFor(
  method: string,
  path: string,
): { route: Route; params: string[] } | 'no-method' | undefined {
  let pathMatched = false;
  for (const route of ROUTES) {
    const m = route.path.exec(path);
    if (m === null) continue;
    pathMatched = true;
    if (route.method === method)
      return { route, params: m.slice(1).filter((p): p is string => p !== undefined) };
  }
  return pathMatched ? 'no-method' : undefined;
}

/** The request body as JSON (undefined when empty); 400 E0000003 when it is not JSON. */
async function jsonBody(req: http.IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw badJson();
  }
}

/** The `Link` header with its `rel="next"` pointing at another host (the `foreignNext` fault). */
function foreignNextLink(link: string): string {
  return link.replace(/<([^>]*)>; rel="next"/, (_m, next: string) => {
    const u = new URL(next);
    u.host = 'attacker.example:443';
    return `<${u.toString()}>; rel="next"`;
  });
}

/** Never settles: for a request left hanging or answered by a fault's own {@link Answer}. */
const NEVER = (): Promise<Reply> => new Promise<Reply>(() => undefined);

/** One running stand-in: the checks every request passes, the routing, and the answer. */
class StandinServer {
  public readonly requests: RecordedRequest[] = [];
  public readonly faults: StandinFaults = {
    rateLimitOnce: new Set(),
    forbidden: new Set(),
    hang: new Set(),
    foreignNext: new Set(),
    answers: new Map(),
  };
  public base = '';
  private readonly budget: RateBudget;

  constructor(
    private readonly options: OktaStandinOptions,
    public readonly token: string,
    public readonly state: OrgState,
    public readonly behaviour: StandinBehaviour,
  ) {
    this.budget = new RateBudget(behaviour);
  }

  public readonly handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const absoluteForm = /^https?:\/\//i.test(req.url ?? '');
    const target = new URL(req.url ?? '/', this.base);
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: target.pathname + target.search,
      headers: { ...req.headers },
      absoluteForm,
      status: 0,
    };
    this.requests.push(record);
    this.answer(req, res, record, target).then(
      (reply) => this.send(res, record, reply),
      (e: unknown) => this.send(res, record, errorReply(e)),
    );
  };

  private send(res: http.ServerResponse, record: RecordedRequest, reply: Reply): void {
    record.status = reply.status;
    this.options.log?.(`${record.method} ${record.url} ${reply.status}`);
    if (res.destroyed) return;
    const headers: Record<string, string> = {
      'X-Okta-Request-Id': randomBytes(12).toString('base64url'),
      ...(reply.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...reply.headers,
    };
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  /** The checks before routing, in Okta's order: host, method, token, faults, rate limit. */
  private gate(req: http.IncomingMessage, record: RecordedRequest, target: URL): void {
    const own = new URL(this.base).host;
    if (record.absoluteForm && target.host !== own)
      throw validationFailed(`host: ${target.host} is not this stand-in (${own}); it forwards nothing`);
    if (record.method === 'CONNECT') throw methodNotAllowed();
    if (this.options.readOnly === true && record.method !== 'GET') throw methodNotAllowed();
    if (!PUBLIC.test(target.pathname) && req.headers.authorization !== `SSWS ${this.token}`)
      throw invalidToken();
  }

  private async answer(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    record: RecordedRequest,
    target: URL,
  ): Promise<Reply> {
    const path = target.pathname;
    if (this.faults.hang.has(path)) return NEVER();
    this.gate(req, record, target);
    const custom = this.faults.answers.get(path);
    if (custom !== undefined) {
      custom(req, res, this.base);
      return NEVER();
    }
    const rateHeaders = this.budget.spend(path, this.faults.rateLimitOnce.delete(path));
    if (this.faults.forbidden.has(path)) throw forbidden();
    const found = routeFor(record.method, path);
    if (found === undefined)
      throw new OktaApiError(404, 'E0000007', `Not found: Resource not found: ${path}`);
    if (found === 'no-method') throw methodNotAllowed();
    const body = await jsonBody(req);
    record.body = body;
    const { latencyMs } = this.behaviour;
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const ctx: RequestContext = {
      method: record.method,
      url: target,
      body,
      base: this.base,
      state: this.state,
      behaviour: this.behaviour,
      params: found.params,
    };
    const reply = await found.route.handle(ctx);
    const headers = { ...rateHeaders, ...reply.headers };
    if (this.faults.foreignNext.has(path) && headers.Link !== undefined)
      headers.Link = foreignNextLink(headers.Link);
    return { ...reply, headers };
  }
}

/** Okta's error answer for a thrown {@link OktaApiError}; anything else is a 500 E0000009. */
function errorReply(e: unknown): Reply {
  const error =
    e instanceof OktaApiError ? e : new OktaApiError(500, 'E0000009', 'Internal Server Error', [String(e)]);
  return { status: error.status, body: error.body(), headers: error.headers };
}

/** Starts the stand-in on 127.0.0.1. */
export async function startOktaStandin(options: OktaStandinOptions = {}): Promise<OktaStandin> {
  const standin = new StandinServer(
    options,
    options.token ?? randomBytes(24).toString('base64url'),
    new OrgState(options.seed ?? {}, { builtIns: options.builtIns }),
    { rateLimitPerMinute: 600, latencyMs: 0, ruleLockMs: 0, ...options.behaviour },
  );
  const server =
    options.tls !== undefined
      ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, standin.handle)
      : http.createServer(standin.handle);
  server.on('connect', (_req, socket) =>
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n'),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  standin.base = `${options.tls !== undefined ? 'https' : 'http'}://127.0.0.1:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url: standin.base,
    port,
    token: standin.token,
    state: standin.state,
    behaviour: standin.behaviour,
    requests: standin.requests,
    faults: standin.faults,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })),
  };
}
