/**
 * Password policies: `GET /api/v1/policies?type=PASSWORD[&q=]`, `POST /api/v1/policies`,
 * `GET/PUT/DELETE /api/v1/policies/{id}`, `POST …/lifecycle/(activate|deactivate)`.
 *
 * As recorded: create answers 200 with Okta's defaults filled into `settings`; a PUT does not change
 * the status (the provider follows it with a lifecycle call: okta/policy.go:150-236 at v4.20.0);
 * `priority` is placed among the non-system policies (asked for beyond the last, a policy lands
 * last; the system default stays after all); the system policy cannot be deleted or deactivated.
 */
import { notFound, OktaApiError, validationFailed } from './okta-error';
import type { OrgState, StandinPolicy } from './org-state';
import { oktaNow } from './org-state';
import { json, NO_CONTENT, page, type Reply, type RequestContext, type Route } from './http-exchange';

const PROVIDERS = ['OKTA', 'LDAP', 'ACTIVE_DIRECTORY'];

/** What Okta fills in for password settings that were not sent (values of a new org's policy). */
const DEFAULT_SETTINGS = {
  password: {
    complexity: {
      minLength: 8,
      minLowerCase: 1,
      minUpperCase: 1,
      minNumber: 1,
      minSymbol: 0,
      excludeUsername: true,
      excludeAttributes: [],
      dictionary: { common: { exclude: false } },
    },
    age: { maxAgeDays: 0, expireWarnDays: 0, minAgeMinutes: 0, historyCount: 4 },
    lockout: {
      maxAttempts: 10,
      autoUnlockMinutes: 0,
      userLockoutNotificationChannels: [],
      showLockoutFailures: false,
    },
  },
  recovery: {
    factors: {
      recovery_question: { status: 'ACTIVE', properties: { complexity: { minLength: 4 } } },
      okta_email: { status: 'ACTIVE', properties: { recoveryToken: { tokenLifetimeMinutes: 60 } } },
      okta_sms: { status: 'INACTIVE' },
      okta_call: { status: 'INACTIVE' },
    },
  },
  delegation: { options: { skipUnlock: false } },
};

function merge(defaults: unknown, given: unknown): unknown {
  if (typeof defaults !== 'object' || defaults === null || Array.isArray(defaults)) return given ?? defaults;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return structuredClone(defaults);
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(defaults), ...Object.keys(given)]))
    out[key] = merge((defaults as Record<string, unknown>)[key], (given as Record<string, unknown>)[key]);
  return out;
}

function policyJson(base: string, p: StandinPolicy): Record<string, unknown> {
  return {
    id: p.id,
    status: p.status,
    name: p.name,
    description: p.description,
    priority: p.priority,
    system: p.system,
    conditions: structuredClone(p.conditions),
    created: p.created,
    lastUpdated: p.lastUpdated,
    settings: structuredClone(p.settings),
    _links: { self: { href: `${base}/api/v1/policies/${p.id}`, hints: { allow: ['GET', 'PUT', 'DELETE'] } } },
    type: p.type,
  };
}

function findPolicy(state: OrgState, id: string): StandinPolicy {
  const p = state.policies.get(id);
  if (p === undefined) throw notFound(id, 'Policy');
  return p;
}

/** Renumbers the non-system policies 1..n with `moved` at `wanted`, the system ones after them. */
function place(state: OrgState, moved: StandinPolicy, wanted: number): void {
  const others = [...state.policies.values()]
    .filter((p) => !p.system && p.id !== moved.id)
    .sort((a, b) => a.priority - b.priority);
  const at = Math.min(Math.max(1, Math.floor(wanted) || 1), others.length + 1);
  others.splice(at - 1, 0, moved);
  others.forEach((p, i) => (p.priority = i + 1));
  [...state.policies.values()]
    .filter((p) => p.system)
    .forEach((p, i) => (p.priority = others.length + 1 + i));
}

interface PolicyBody {
  type?: unknown;
  name?: unknown;
  description?: unknown;
  status?: unknown;
  priority?: unknown;
  conditions?: { authProvider?: { provider?: unknown }; people?: { groups?: { include?: unknown } } };
  settings?: unknown;
}

function fieldsOf(ctx: RequestContext, except?: string) {
  const b = (ctx.body ?? {}) as PolicyBody;
  if (b.type !== 'PASSWORD')
    throw validationFailed(`type: ${JSON.stringify(b.type)}: only PASSWORD policies are served`);
  if (typeof b.name !== 'string' || b.name === '')
    throw validationFailed('name: The field cannot be left blank');
  const name = b.name;
  if ([...ctx.state.policies.values()].some((p) => p.id !== except && p.name === name))
    throw validationFailed('name: A policy with this name already exists');
  const provider = b.conditions?.authProvider?.provider ?? 'OKTA';
  if (!PROVIDERS.includes(provider as string))
    throw validationFailed(
      `conditions.authProvider.provider: ${JSON.stringify(provider)} is not one of ${PROVIDERS.join(', ')}`,
    );
  const include = b.conditions?.people?.groups?.include ?? [];
  if (!Array.isArray(include))
    throw validationFailed('conditions.people.groups.include: expected a list of group ids');
  for (const id of include as unknown[])
    if (typeof id !== 'string' || !ctx.state.groups.has(id))
      throw validationFailed(`conditions.people.groups.include: group ${String(id)} does not exist`);
  return {
    name,
    description: typeof b.description === 'string' ? b.description : undefined,
    conditions: {
      people: { groups: { include: include as string[] } },
      authProvider: { provider: provider as string },
    },
    settings: merge(DEFAULT_SETTINGS, b.settings) as Record<string, unknown>,
    priority: typeof b.priority === 'number' ? b.priority : 1,
    status: b.status === 'INACTIVE' ? ('INACTIVE' as const) : ('ACTIVE' as const),
  };
}

function createPolicy(ctx: RequestContext): Reply {
  const { priority, ...fields } = fieldsOf(ctx);
  const now = oktaNow();
  const policy: StandinPolicy = {
    id: ctx.state.newId('00p'),
    type: 'PASSWORD',
    system: false,
    ...fields,
    priority,
    created: now,
    lastUpdated: now,
  };
  ctx.state.policies.set(policy.id, policy);
  place(ctx.state, policy, priority);
  return json(200, policyJson(ctx.base, policy));
}

function updatePolicy(ctx: RequestContext): Reply {
  const policy = findPolicy(ctx.state, ctx.params[0]!);
  const { priority, status: _ignored, ...fields } = fieldsOf(ctx, policy.id);
  Object.assign(policy, fields, { lastUpdated: oktaNow() });
  if (!policy.system) place(ctx.state, policy, priority);
  return json(200, policyJson(ctx.base, policy));
}

function refuseSystem(p: StandinPolicy, what: string): void {
  if (p.system)
    throw new OktaApiError(403, 'E0000006', 'You do not have permission to perform the requested action', [
      `The default policy cannot be ${what}`,
    ]);
}

const ONE = /^\/api\/v1\/policies\/([^/]+)$/;

export const POLICY_ROUTES: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/v1\/policies$/,
    handle: (ctx) => {
      const type = ctx.url.searchParams.get('type');
      if (type !== 'PASSWORD')
        throw validationFailed(`type: ${JSON.stringify(type)}: only PASSWORD policies are served`);
      const q = (ctx.url.searchParams.get('q') ?? '').toLowerCase();
      const found = [...ctx.state.policies.values()]
        .filter((p) => p.name.toLowerCase().startsWith(q))
        .sort((a, b) => a.priority - b.priority);
      return page(
        ctx,
        found.map((p) => policyJson(ctx.base, p)),
        20,
      );
    },
  },
  { method: 'POST', path: /^\/api\/v1\/policies$/, handle: createPolicy },
  {
    method: 'GET',
    path: ONE,
    handle: (ctx) => json(200, policyJson(ctx.base, findPolicy(ctx.state, ctx.params[0]!))),
  },
  { method: 'PUT', path: ONE, handle: updatePolicy },
  {
    method: 'DELETE',
    path: ONE,
    handle: (ctx) => {
      const p = findPolicy(ctx.state, ctx.params[0]!);
      refuseSystem(p, 'deleted');
      ctx.state.policies.delete(p.id);
      return NO_CONTENT;
    },
  },
  ...(['activate', 'deactivate'] as const).map((action): Route => ({
    method: 'POST',
    path: new RegExp(`^/api/v1/policies/([^/]+)/lifecycle/${action}$`),
    handle: (ctx) => {
      const p = findPolicy(ctx.state, ctx.params[0]!);
      if (action === 'deactivate') refuseSystem(p, 'deactivated');
      p.status = action === 'activate' ? 'ACTIVE' : 'INACTIVE';
      return NO_CONTENT;
    },
  })),
];
