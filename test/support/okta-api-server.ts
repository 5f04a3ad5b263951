/**
 * The Okta stand-in (./okta-standin) as `cdktf-okta-ldap adopt` meets it: read-only (every method
 * but GET answers 405 E0000022, so a test proves adopt writes nothing), over HTTPS on 127.0.0.1 with
 * a throwaway CA, seeded with a fixture org and nothing else, two items per page. Request parameters
 * and response shapes follow Okta's management OpenAPI specification (okta/okta-management-openapi-spec
 * release 2026.06.3, dist/current/management-minimal.yaml) and the recorded real traffic the stand-in
 * is modelled on: `listGroups` (search), `listGroupRules` (search, limit, after),
 * `listGroupAssignedRoles`, `listGroupTargetsForGroupRole`,
 * `listApplicationTargetsForApplicationAdministratorRoleForGroup`, `listPolicies` (type, q); Okta's
 * error body; `Link: <…>; rel="next"` paging with an `after` cursor; 429s with Okta's
 * `X-Rate-Limit-Limit`, `X-Rate-Limit-Remaining` and `X-Rate-Limit-Reset` (UTC epoch seconds).
 *
 * Every request is recorded (method, URL, headers) so tests can assert that only GETs were made and
 * where the token went. Anything outside the implemented endpoints answers 404.
 *
 * A test can make one path misbehave the way a broken network, a proxy or a hostile server does:
 * `answers.set(path, trickle(200))` and the other answers below (a byte at a time, a huge body, a
 * `Link` loop, endless pages, the token echoed in the error, a connection cut mid-body).
 */
import { promises as fs } from 'fs';
import { createTlsFiles } from './slapd-fixture-tls';
import { defaultToolDirs, findTool } from './slapd-fixture-process';
import { OktaApiError } from './okta-standin/okta-error';
import { startOktaStandin, type Answer, type RecordedRequest } from './okta-standin/okta-standin';
import type { OrgSeed, SeedApp } from './okta-standin/seed';
import { tempDir } from './temp-dir';

export type { Answer, RecordedRequest };

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
  /**
   * App instances with their labels (an instance target lists by its label, Okta's shape). An
   * instance a role's `appTargets` names and this list lacks is seeded labelled `<name> (label)`.
   */
  readonly apps?: readonly SeedApp[];
  readonly groups: FixtureGroup[];
  readonly rules: FixtureRule[];
  /** Role assignments by group id. */
  readonly roles: Record<string, FixtureRole[]>;
  readonly policies: FixturePolicy[];
}

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
      JSON.stringify(
        new OktaApiError(
          400,
          'E0000001',
          `Api validation failed: header ${String(req.headers.authorization)}`,
        ).body(),
      ),
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

/** The fixture org as a stand-in seed: the apps its groups come from and its role targets name, as they are. */
export function seedOfFixtureOrg(org: FixtureOrg): OrgSeed {
  const apps = new Map<string, SeedApp>();
  for (const g of org.groups) {
    if (g.sourceAppId !== undefined)
      apps.set(g.sourceAppId, { id: g.sourceAppId, name: 'ldap_sun_one', label: g.sourceAppId });
  }
  for (const role of Object.values(org.roles).flat()) {
    for (const t of role.appTargets ?? []) {
      const [name, id] = t.split('.');
      // A label unlike the app name: a target lists by its label, never its app name.
      if (id !== undefined) apps.set(id, { id, name: name!, label: `${name!} (label)` });
    }
  }
  for (const app of org.apps ?? []) apps.set(app.id, app);
  return {
    apps: [...apps.values()],
    groups: org.groups.map((g) => ({ ...g })),
    rules: org.rules.map((r) => ({ ...r, groupIds: [...r.groupIds] })),
    roleAssignments: Object.entries(org.roles).flatMap(([groupId, roles]) =>
      roles.map((r) => ({ ...r, groupId })),
    ),
    policies: org.policies.map((p) => ({ ...p, groupIds: [] })),
  };
}

/**
 * Starts the stand-in (./okta-standin) read-only over HTTPS on 127.0.0.1 with a fresh CA, seeded
 * with `org` and nothing else (no built-in groups or policies), two items per page.
 */
export async function startOktaApiServer(org: FixtureOrg): Promise<OktaApiServer> {
  const dir = tempDir('okta-api-');
  const tls = await createTlsFiles(findTool('openssl', defaultToolDirs()), dir, {});
  const [key, cert] = await Promise.all([fs.readFile(tls.keyFile), fs.readFile(tls.certFile)]);
  const standin = await startOktaStandin({
    token: org.token,
    seed: seedOfFixtureOrg(org),
    builtIns: false,
    readOnly: true,
    tls: { key, cert },
    behaviour: { pageSize: 2 },
  });
  return {
    url: standin.url,
    caFile: tls.caFile,
    requests: standin.requests,
    get pageSize() {
      return standin.behaviour.pageSize ?? 2;
    },
    set pageSize(n: number) {
      standin.behaviour.pageSize = n;
    },
    ...standin.faults,
    close: async () => {
      await standin.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
