/**
 * What every route handler gets and gives back: the parsed request (path, query, JSON body, the
 * route's captured ids) and the answer (status, JSON body, headers). Also Okta's list paging: a
 * `limit` and an opaque `after` cursor, with `Link: <…>; rel="self"` and `<…>; rel="next"` headers
 * as the recorded answers carry them.
 */
import type { OrgState } from './org-state';

/** Knobs of the stand-in's behaviour a test can change while it runs. */
export interface StandinBehaviour {
  /** Items per page at most, whatever `limit` the client asks (small values force pagination). @default undefined (the client's limit) */
  pageSize?: number;
  /** Requests per minute per endpoint family before a 429 (`X-Rate-Limit-Limit`). @default 600 */
  rateLimitPerMinute: number;
  /** Milliseconds each answer waits (an Okta-like latency). @default 0 */
  latencyMs: number;
  /**
   * Milliseconds a group rule write holds the org's rule lock; a rule write arriving meanwhile gets
   * 423 E0000239. @default 0 (writes are instant, so only truly simultaneous ones collide)
   */
  ruleLockMs: number;
}

export interface RequestContext {
  readonly method: string;
  /** The request target as a URL on the stand-in (absolute-form requests are reduced to it). */
  readonly url: URL;
  /** The JSON body (undefined for none). */
  readonly body: unknown;
  /** `http(s)://127.0.0.1:<port>`, for links. */
  readonly base: string;
  readonly state: OrgState;
  readonly behaviour: StandinBehaviour;
  /** The route's captured path segments, in order. */
  readonly params: string[];
}

export interface Reply {
  readonly status: number;
  /** JSON body; undefined sends none (204). */
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Matched against the whole path; each group is one captured segment. */
  readonly path: RegExp;
  readonly handle: (ctx: RequestContext) => Reply | Promise<Reply>;
}

export function json(status: number, body: unknown): Reply {
  return { status, body };
}

export const NO_CONTENT: Reply = { status: 204 };

/**
 * One page of `items`: `limit` from the query (else `defaultLimit`), capped by the behaviour's
 * `pageSize`; the `after` cursor is the index of the first item of the page.
 */
export function page(ctx: RequestContext, items: unknown[], defaultLimit: number): Reply {
  const asked = Number(ctx.url.searchParams.get('limit') ?? defaultLimit);
  const limit = Math.max(
    1,
    Math.min(Number.isFinite(asked) ? asked : defaultLimit, ctx.behaviour.pageSize ?? Infinity),
  );
  const after = Math.max(0, Number(ctx.url.searchParams.get('after') ?? '0') || 0);
  const self = new URL(ctx.url.pathname + ctx.url.search, ctx.base);
  const links = [`<${self.toString()}>; rel="self"`];
  if (after + limit < items.length) {
    const next = new URL(self.toString());
    next.searchParams.set('after', String(after + limit));
    links.push(`<${next.toString()}>; rel="next"`);
  }
  return { status: 200, body: items.slice(after, after + limit), headers: { Link: links.join(', ') } };
}
