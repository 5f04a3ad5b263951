/**
 * Admin roles assigned to groups: `GET/POST /api/v1/groups/{groupId}/roles`,
 * `GET/DELETE …/roles/{assignmentId}`, group targets `…/targets/groups[/{groupId}]` and app targets
 * `…/targets/catalog/apps[/{appName}[/{appId}]]`; also `GET /api/v1/apps/{id}`, which the provider
 * reads for each app-instance target, and the custom roles and resource sets a CUSTOM assignment
 * names (`GET /api/v1/iam/roles/{id}`, `GET /api/v1/iam/resource-sets/{id}`).
 *
 * As recorded: assign answers 201; a standard role's assignment id is base32 of its type and stays the
 * same when assigned again; targets are added one PUT at a time (204). The provider's calls:
 * okta/resource_okta_group_role.go:113-127 (assign, CUSTOM with `role` and `resource-set`),
 * 163-200 (read: the assignment, then group or app targets), 251 (unassign), 255-310 (target lists,
 * `GET /api/v1/apps/{id}` per instance target to rebuild `name.id`), 381-400 (fallback: list and match
 * the type), at v4.20.0.
 */
import { notFound, OktaApiError, validationFailed } from './okta-error';
import type { OrgState, StandinApp, StandinRoleAssignment } from './org-state';
import { oktaNow, ROLE_LABELS, standardRoleAssignmentId } from './org-state';
import { groupJson, findGroup } from './routes-groups';
import { json, NO_CONTENT, page, type Reply, type RequestContext, type Route } from './http-exchange';

/** Role types that take group targets, and the one that takes app targets (Okta's role docs). */
export const GROUP_TARGET_ROLES = ['USER_ADMIN', 'HELP_DESK_ADMIN', 'GROUP_MEMBERSHIP_ADMIN'];
export const APP_TARGET_ROLE = 'APP_ADMIN';

function roleJson(base: string, r: StandinRoleAssignment): Record<string, unknown> {
  return {
    id: r.id,
    label: r.label,
    type: r.type,
    status: 'ACTIVE',
    created: r.created,
    lastUpdated: r.created,
    assignmentType: 'GROUP',
    ...(r.type === 'CUSTOM' ? { role: r.roleId, 'resource-set': r.resourceSetId } : {}),
    _links: { assignee: { href: `${base}/api/v1/groups/${r.groupId}` } },
  };
}

export function appJson(base: string, a: StandinApp): Record<string, unknown> {
  return {
    id: a.id,
    name: a.name,
    label: a.label,
    status: a.status,
    created: a.created,
    lastUpdated: a.created,
    accessibility: { selfService: false, errorRedirectUrl: null, loginRedirectUrl: null },
    visibility: {
      autoLaunch: false,
      autoSubmitToolbar: false,
      hide: { iOS: false, web: false },
      appLinks: {},
    },
    features: [],
    signOnMode: a.name === 'ldap_sun_one' ? 'BASIC_AUTH' : 'BROWSER_PLUGIN',
    credentials: { userNameTemplate: { template: '${source.login}', type: 'BUILT_IN' } },
    settings: { app: {}, notifications: {}, manualProvisioning: false, implicitAssignment: false },
    _links: {
      users: { href: `${base}/api/v1/apps/${a.id}/users` },
      groups: { href: `${base}/api/v1/apps/${a.id}/groups` },
    },
  };
}

function findApp(state: OrgState, id: string): StandinApp {
  const a = state.apps.get(id);
  if (a === undefined) throw notFound(id, 'AppInstance');
  return a;
}

function findAssignment(ctx: RequestContext): StandinRoleAssignment {
  const group = findGroup(ctx.state, ctx.params[0]!);
  const role = ctx.state.roles.get(group.id)?.get(ctx.params[1]!);
  if (role === undefined) throw notFound(ctx.params[1]!, 'RoleAssignment');
  return role;
}

/** The body of an assignment: a known type, and for CUSTOM a custom role and a resource set that exist. */
function assignmentOf(ctx: RequestContext): { type: string; roleId?: string; resourceSetId?: string } {
  const body = (ctx.body ?? {}) as { type?: unknown; role?: unknown; 'resource-set'?: unknown };
  const type = body.type;
  if (typeof type !== 'string' || type === '') throw validationFailed('type: The field cannot be left blank');
  if (type !== 'CUSTOM') {
    if (ROLE_LABELS[type] === undefined)
      throw validationFailed(
        `type: ${JSON.stringify(type)} is not one of CUSTOM, ${Object.keys(ROLE_LABELS).join(', ')}`,
      );
    return { type };
  }
  const roleId = body.role;
  const resourceSetId = body['resource-set'];
  if (typeof roleId !== 'string' || !ctx.state.customRoles.has(roleId))
    throw validationFailed(`role: custom role ${JSON.stringify(roleId)} does not exist`);
  if (typeof resourceSetId !== 'string' || !ctx.state.resourceSets.has(resourceSetId))
    throw validationFailed(`resource-set: resource set ${JSON.stringify(resourceSetId)} does not exist`);
  return { type, roleId, resourceSetId };
}

function assignRole(ctx: RequestContext): Reply {
  const group = findGroup(ctx.state, ctx.params[0]!);
  const wanted = assignmentOf(ctx);
  if (ctx.state.ruleTargetGroupIds().has(group.id))
    throw validationFailed(
      `type: group ${group.id} is the target of a group rule; it cannot be given an admin role`,
    );
  const forGroup = ctx.state.roles.get(group.id) ?? new Map<string, StandinRoleAssignment>();
  ctx.state.roles.set(group.id, forGroup);
  const same = [...forGroup.values()].find(
    (r) => r.type === wanted.type && r.roleId === wanted.roleId && r.resourceSetId === wanted.resourceSetId,
  );
  if (same !== undefined)
    throw new OktaApiError(409, 'E0000090', 'Duplicate role assignment exception', [
      'The role is already assigned to the group.',
    ]);
  const id = wanted.type === 'CUSTOM' ? ctx.state.newId('irb') : standardRoleAssignmentId(wanted.type);
  const role: StandinRoleAssignment = {
    id,
    groupId: group.id,
    ...wanted,
    label: wanted.type === 'CUSTOM' ? ctx.state.customRoles.get(wanted.roleId!)! : ROLE_LABELS[wanted.type]!,
    groupTargets: [],
    appTargets: [],
    created: oktaNow(),
  };
  forGroup.set(id, role);
  return json(201, roleJson(ctx.base, role));
}

/**
 * One entry of an APP_ADMIN assignment's app target list, shaped as in the recording
 * TestAccResourceOktaGroupRole_admin_crud.yaml (okta provider v4.20.0): a whole catalog app is its
 * catalog entry (its app name as `name`, no `id`, a `self` link into the catalog); an instance is
 * listed with the instance's label (not its app name) as `name`, and its `id`.
 */
function appTargetJson(ctx: RequestContext, t: { name: string; id?: string }): Record<string, unknown> {
  if (t.id === undefined)
    return {
      name: t.name,
      displayName: t.name,
      description: t.name,
      status: 'ACTIVE',
      category: 'CUSTOM',
      signOnModes: ['BROWSER_PLUGIN'],
      _links: { self: { href: `${ctx.base}/api/v1/catalog/apps/${t.name}` } },
    };
  const app = ctx.state.apps.get(t.id);
  return {
    name: app?.label ?? t.name,
    status: 'ACTIVE',
    id: t.id,
    _links: { self: { href: `${ctx.base}/api/v1/apps/${t.id}` } },
  };
}

function requireTargetKind(role: StandinRoleAssignment, kind: 'group' | 'app'): void {
  const ok = kind === 'group' ? GROUP_TARGET_ROLES.includes(role.type) : role.type === APP_TARGET_ROLE;
  if (!ok) throw validationFailed(`targets: a ${role.type} assignment takes no ${kind} targets`);
}

function addGroupTarget(ctx: RequestContext): Reply {
  const role = findAssignment(ctx);
  requireTargetKind(role, 'group');
  const target = findGroup(ctx.state, ctx.params[2]!);
  if (!role.groupTargets.includes(target.id)) role.groupTargets.push(target.id);
  return NO_CONTENT;
}

function addAppTarget(ctx: RequestContext): Reply {
  const role = findAssignment(ctx);
  requireTargetKind(role, 'app');
  const [, , name, instance] = ctx.params;
  if (instance !== undefined && findApp(ctx.state, instance).name !== name)
    throw validationFailed(`targets: app ${instance} is not an instance of ${name}`);
  if (!role.appTargets.some((t) => t.name === name && t.id === instance))
    role.appTargets.push(instance === undefined ? { name: name! } : { name: name!, id: instance });
  return NO_CONTENT;
}

function removeAppTarget(ctx: RequestContext): Reply {
  const role = findAssignment(ctx);
  const [, , name, instance] = ctx.params;
  role.appTargets = role.appTargets.filter((t) => !(t.name === name && t.id === instance));
  return NO_CONTENT;
}

const ROLES = '^/api/v1/groups/([^/]+)/roles';
const re = (tail: string) => new RegExp(`${ROLES}${tail}$`);

export const GROUP_ROLE_ROUTES: Route[] = [
  {
    method: 'GET',
    path: re(''),
    handle: (ctx) => {
      const group = findGroup(ctx.state, ctx.params[0]!);
      return json(
        200,
        [...(ctx.state.roles.get(group.id)?.values() ?? [])].map((r) => roleJson(ctx.base, r)),
      );
    },
  },
  { method: 'POST', path: re(''), handle: assignRole },
  {
    method: 'GET',
    path: re('/([^/]+)'),
    handle: (ctx) => json(200, roleJson(ctx.base, findAssignment(ctx))),
  },
  {
    method: 'DELETE',
    path: re('/([^/]+)'),
    handle: (ctx) => {
      const role = findAssignment(ctx);
      ctx.state.roles.get(role.groupId)!.delete(role.id);
      return NO_CONTENT;
    },
  },
  {
    method: 'GET',
    path: re('/([^/]+)/targets/groups'),
    handle: (ctx) => {
      const role = findAssignment(ctx);
      const groups = role.groupTargets.flatMap((id) => {
        const g = ctx.state.groups.get(id);
        return g === undefined ? [] : [groupJson(ctx.base, g)];
      });
      return page(ctx, groups, 20);
    },
  },
  { method: 'PUT', path: re('/([^/]+)/targets/groups/([^/]+)'), handle: addGroupTarget },
  {
    method: 'DELETE',
    path: re('/([^/]+)/targets/groups/([^/]+)'),
    handle: (ctx) => {
      const role = findAssignment(ctx);
      role.groupTargets = role.groupTargets.filter((id) => id !== ctx.params[2]);
      return NO_CONTENT;
    },
  },
  {
    method: 'GET',
    path: re('/([^/]+)/targets/catalog/apps'),
    handle: (ctx) => {
      const role = findAssignment(ctx);
      // A deactivated or deleted instance drops out of the list (as recorded).
      const live = role.appTargets.filter(
        (t) => t.id === undefined || ctx.state.apps.get(t.id)?.status === 'ACTIVE',
      );
      return page(
        ctx,
        live.map((t) => appTargetJson(ctx, t)),
        20,
      );
    },
  },
  {
    method: 'PUT',
    path: re('/([^/]+)/targets/catalog/apps/([^/]+)(?:/([^/]+))?'),
    handle: addAppTarget,
  },
  {
    method: 'DELETE',
    path: re('/([^/]+)/targets/catalog/apps/([^/]+)(?:/([^/]+))?'),
    handle: removeAppTarget,
  },
  {
    method: 'GET',
    path: /^\/api\/v1\/apps\/([^/]+)$/,
    handle: (ctx) => json(200, appJson(ctx.base, findApp(ctx.state, ctx.params[0]!))),
  },
  {
    method: 'GET',
    path: /^\/api\/v1\/iam\/roles\/([^/]+)$/,
    handle: (ctx) => {
      const label = ctx.state.customRoles.get(ctx.params[0]!);
      if (label === undefined) throw notFound(ctx.params[0]!, 'CustomRole');
      return json(200, { id: ctx.params[0], label, description: label });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/v1\/iam\/resource-sets\/([^/]+)$/,
    handle: (ctx) => {
      const label = ctx.state.resourceSets.get(ctx.params[0]!);
      if (label === undefined) throw notFound(ctx.params[0]!, 'ResourceSet');
      return json(200, { id: ctx.params[0], label, description: label });
    },
  },
];
