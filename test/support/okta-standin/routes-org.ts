/**
 * The org itself: `GET /.well-known/okta-organization` (public; the provider reads `pipeline` to tell
 * a Classic org from an OIE one, okta/config.go:208-224 at v4.20.0), `GET /api/v1/users/me` (the
 * provider's credential check at start with an API token, okta/config.go:285-299), users by id or
 * login, the apps list, and user types (`data okta_user_type` lists them and matches the name,
 * okta/data_source_okta_user_type.go:105; create and delete as recorded).
 */
import { notFound, validationFailed } from './okta-error';
import type { StandinUser, StandinUserType } from './org-state';
import { oktaNow } from './org-state';
import { appJson } from './routes-group-roles';
import { json, NO_CONTENT, page, type RequestContext, type Route } from './http-exchange';

function userJson(base: string, u: StandinUser): Record<string, unknown> {
  return {
    id: u.id,
    status: u.status,
    profile: { ...u.profile },
    _links: { self: { href: `${base}/api/v1/users/${u.id}` } },
  };
}

function userTypeJson(base: string, t: StandinUserType, adminId: string): Record<string, unknown> {
  return {
    id: t.id,
    displayName: t.displayName,
    name: t.name,
    description: t.description,
    createdBy: adminId,
    lastUpdatedBy: adminId,
    created: t.created,
    lastUpdated: t.created,
    default: t.default,
    _links: {
      schema: { rel: 'schema', href: `${base}/api/v1/meta/schemas/user/osc${t.id.slice(3)}`, method: 'GET' },
      self: { rel: 'self', href: `${base}/api/v1/meta/types/user/${t.id}`, method: 'GET' },
    },
  };
}

function findUser(ctx: RequestContext): StandinUser {
  const key = ctx.params[0]!;
  const user =
    key === 'me'
      ? ctx.state.admin
      : [...ctx.state.users.values()].find(
          (u) => u.id === key || u.profile.login.toLowerCase() === key.toLowerCase(),
        );
  if (user === undefined) throw notFound(key, 'User');
  return user;
}

function findUserType(ctx: RequestContext): StandinUserType {
  const t = ctx.state.userTypes.get(ctx.params[0]!);
  if (t === undefined) throw notFound(ctx.params[0]!, 'UserType');
  return t;
}

function createUserType(ctx: RequestContext) {
  const b = (ctx.body ?? {}) as { name?: unknown; displayName?: unknown; description?: unknown };
  if (typeof b.name !== 'string' || !/^[A-Za-z][\w]*$/.test(b.name))
    throw validationFailed('name: expected a name of letters, digits and _');
  const name = b.name;
  if ([...ctx.state.userTypes.values()].some((t) => t.name === name))
    throw validationFailed('name: A user type with this name already exists');
  const t: StandinUserType = {
    id: ctx.state.newId('oty'),
    name,
    displayName: typeof b.displayName === 'string' ? b.displayName : name,
    description: typeof b.description === 'string' ? b.description : '',
    default: false,
    created: oktaNow(),
  };
  ctx.state.userTypes.set(t.id, t);
  return json(200, userTypeJson(ctx.base, t, ctx.state.admin.id));
}

export const ORG_ROUTES: Route[] = [
  {
    method: 'GET',
    path: /^\/\.well-known\/okta-organization$/,
    handle: (ctx) =>
      json(200, {
        id: ctx.state.orgId,
        cell: 'standin',
        _links: { organization: { href: ctx.base } },
        pipeline: 'idx',
        settings: { analyticsCollectionEnabled: false, bugReportingEnabled: false, omEnabled: false },
      }),
  },
  {
    method: 'GET',
    path: /^\/api\/v1\/users\/([^/]+)$/,
    handle: (ctx) => json(200, userJson(ctx.base, findUser(ctx))),
  },
  {
    method: 'GET',
    path: /^\/api\/v1\/users$/,
    handle: (ctx) => {
      const q = (ctx.url.searchParams.get('q') ?? '').toLowerCase();
      const found = [...ctx.state.users.values()].filter((u) =>
        [u.profile.login, u.profile.email, u.profile.firstName, u.profile.lastName].some((v) =>
          v.toLowerCase().startsWith(q),
        ),
      );
      return page(
        ctx,
        found.map((u) => userJson(ctx.base, u)),
        200,
      );
    },
  },
  {
    method: 'GET',
    path: /^\/api\/v1\/apps$/,
    handle: (ctx) => {
      const q = (ctx.url.searchParams.get('q') ?? '').toLowerCase();
      const found = [...ctx.state.apps.values()].filter(
        (a) => a.name.toLowerCase().startsWith(q) || a.label.toLowerCase().startsWith(q),
      );
      return page(
        ctx,
        found.map((a) => appJson(ctx.base, a)),
        20,
      );
    },
  },
  {
    method: 'GET',
    path: /^\/api\/v1\/meta\/types\/user$/,
    handle: (ctx) =>
      json(
        200,
        [...ctx.state.userTypes.values()].map((t) => userTypeJson(ctx.base, t, ctx.state.admin.id)),
      ),
  },
  { method: 'POST', path: /^\/api\/v1\/meta\/types\/user$/, handle: createUserType },
  {
    method: 'GET',
    path: /^\/api\/v1\/meta\/types\/user\/([^/]+)$/,
    handle: (ctx) => json(200, userTypeJson(ctx.base, findUserType(ctx), ctx.state.admin.id)),
  },
  {
    method: 'DELETE',
    path: /^\/api\/v1\/meta\/types\/user\/([^/]+)$/,
    handle: (ctx) => {
      const t = findUserType(ctx);
      if (t.default) throw validationFailed('default: the default user type cannot be deleted');
      ctx.state.userTypes.delete(t.id);
      return NO_CONTENT;
    },
  },
];
