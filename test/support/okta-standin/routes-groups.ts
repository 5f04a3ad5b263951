/**
 * Groups: `GET/POST /api/v1/groups` (with `q`, `search`, `filter`, `limit`, `after`) and
 * `GET/PUT/DELETE /api/v1/groups/{id}`.
 *
 * The provider's calls: okta/resource_okta_group.go:88-152 (create, read, update, delete at
 * v4.20.0); `data okta_group` lists with `q` (a name prefix) and `filter=type eq "…"`
 * (okta/data_source_okta_group.go:86-103); `data okta_groups` with `q`, `search` or `filter`, limit 200,
 * and reads a top-level `source.id` of APP_GROUPs (okta/data_source_okta_groups.go:88-158); the
 * password policy looks up `q=Everyone` (okta/policy.go:108-118).
 */
import { notFound, OktaApiError, validationFailed } from './okta-error';
import type { OrgState, StandinGroup } from './org-state';
import { oktaNow } from './org-state';
import { json, NO_CONTENT, page, type RequestContext, type Route } from './http-exchange';
import { compileSearch } from './search-expression';

/** A group as Okta answers it (`source` at the top and in `_links` for APP_GROUPs). */
export function groupJson(base: string, g: StandinGroup): Record<string, unknown> {
  return {
    id: g.id,
    created: g.created,
    lastUpdated: g.lastUpdated,
    lastMembershipUpdated: g.lastUpdated,
    objectClass: [g.type === 'APP_GROUP' ? 'okta:windows_security_principal' : 'okta:user_group'],
    type: g.type,
    profile: { ...g.profile },
    ...(g.sourceAppId !== undefined ? { source: { id: g.sourceAppId } } : {}),
    _links: {
      users: { href: `${base}/api/v1/groups/${g.id}/users` },
      apps: { href: `${base}/api/v1/groups/${g.id}/apps` },
      ...(g.sourceAppId !== undefined ? { source: { href: `${base}/api/v1/apps/${g.sourceAppId}` } } : {}),
    },
  };
}

function readGroup(g: StandinGroup): (attribute: string) => unknown {
  return (attribute) => {
    if (attribute === 'id' || attribute === 'type') return g[attribute];
    if (attribute === 'source.id') return g.sourceAppId;
    if (attribute.startsWith('profile.')) return g.profile[attribute.slice('profile.'.length)];
    return undefined;
  };
}

export function findGroup(state: OrgState, id: string): StandinGroup {
  const g = state.groups.get(id);
  if (g === undefined) throw notFound(id, 'UserGroup');
  return g;
}

function listGroups(ctx: RequestContext) {
  const params = ctx.url.searchParams;
  let groups = [...ctx.state.groups.values()];
  const q = params.get('q');
  if (q !== null) groups = groups.filter((g) => g.profile.name.toLowerCase().startsWith(q.toLowerCase()));
  const filter = params.get('filter');
  if (filter !== null) {
    const match = compileSearch(filter, ['id', 'type']);
    groups = groups.filter((g) => match(readGroup(g)));
  }
  const search = params.get('search');
  if (search !== null) {
    const match = compileSearch(search, ['id', 'type', 'source.id', 'profile.*']);
    groups = groups.filter((g) => match(readGroup(g)));
  }
  return page(
    ctx,
    groups.map((g) => groupJson(ctx.base, g)),
    10000,
  );
}

/** The profile of a create or update body; name required, unique among Okta-mastered groups. */
function profileOf(ctx: RequestContext, except?: string): StandinGroup['profile'] {
  const profile = (ctx.body as { profile?: Record<string, unknown> } | undefined)?.profile;
  const name = profile?.name;
  if (typeof name !== 'string' || name.trim() === '')
    throw validationFailed('name: The field cannot be left blank');
  if (Buffer.byteLength(name, 'utf8') > 255)
    throw validationFailed('name: The field is too long (at most 255 bytes)');
  const taken = [...ctx.state.groups.values()].some(
    (g) => g.id !== except && g.type !== 'APP_GROUP' && g.profile.name.toLowerCase() === name.toLowerCase(),
  );
  if (taken)
    throw validationFailed('name: An object with this field already exists in the current organization');
  const description = profile?.description;
  return { ...profile, name, description: typeof description === 'string' ? description : null };
}

function createGroup(ctx: RequestContext) {
  const now = oktaNow();
  const group: StandinGroup = {
    id: ctx.state.newId('00g'),
    type: 'OKTA_GROUP',
    profile: profileOf(ctx),
    created: now,
    lastUpdated: now,
  };
  ctx.state.groups.set(group.id, group);
  return json(200, groupJson(ctx.base, group));
}

function updateGroup(ctx: RequestContext) {
  const group = findGroup(ctx.state, ctx.params[0]!);
  if (group.type !== 'OKTA_GROUP')
    throw new OktaApiError(400, 'E0000001', 'Api validation failed: profile', [
      `profile: the profile of a ${group.type} group is read-only (it is mastered by ${group.type === 'APP_GROUP' ? 'its source app' : 'Okta'})`,
    ]);
  group.profile = profileOf(ctx, group.id);
  group.lastUpdated = oktaNow();
  return json(200, groupJson(ctx.base, group));
}

/** Deleting a group also drops it from role targets and rule actions, and its role assignments. */
function deleteGroup(ctx: RequestContext) {
  const group = findGroup(ctx.state, ctx.params[0]!);
  if (group.type === 'BUILT_IN')
    throw new OktaApiError(403, 'E0000006', 'You do not have permission to perform the requested action', [
      'A BUILT_IN group cannot be deleted',
    ]);
  ctx.state.groups.delete(group.id);
  ctx.state.roles.delete(group.id);
  for (const forGroup of ctx.state.roles.values()) {
    for (const role of forGroup.values())
      role.groupTargets = role.groupTargets.filter((id) => id !== group.id);
  }
  for (const rule of ctx.state.rules.values()) {
    if (!rule.groupIds.includes(group.id)) continue;
    rule.groupIds = rule.groupIds.filter((id) => id !== group.id);
    rule.status = 'INVALID';
  }
  return NO_CONTENT;
}

export const GROUP_ROUTES: Route[] = [
  { method: 'GET', path: /^\/api\/v1\/groups$/, handle: listGroups },
  { method: 'POST', path: /^\/api\/v1\/groups$/, handle: createGroup },
  {
    method: 'GET',
    path: /^\/api\/v1\/groups\/(?!rules$)([^/]+)$/,
    handle: (ctx) => json(200, groupJson(ctx.base, findGroup(ctx.state, ctx.params[0]!))),
  },
  { method: 'PUT', path: /^\/api\/v1\/groups\/(?!rules$)([^/]+)$/, handle: updateGroup },
  { method: 'DELETE', path: /^\/api\/v1\/groups\/(?!rules$)([^/]+)$/, handle: deleteGroup },
];
