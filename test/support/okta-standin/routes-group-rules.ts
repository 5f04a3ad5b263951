/**
 * Group rules: `GET/POST /api/v1/groups/rules`, `GET/PUT/DELETE /api/v1/groups/rules/{id}` and
 * `POST /api/v1/groups/rules/{id}/lifecycle/(activate|deactivate)`.
 *
 * As Okta: a rule is created INACTIVE; an ACTIVE rule is neither updated nor deleted (the provider
 * deactivates first: okta/resource_okta_group_rule.go:125-159 update, 170-185 delete, at v4.20.0);
 * its target groups (`actions`) cannot change after creation (the provider makes
 * `group_assignments` ForceNew); deactivating an INACTIVE rule is a 204 (the provider does it after
 * creating a rule with `status = "INACTIVE"`, 210-220); delete answers 202 `{}`. Rule writes take the
 * org's rule lock: one arriving while another holds it gets 423 E0000239, which v4.20.0 does not
 * retry (okta/config.go:689-703 `checkRetry` leaves 423 to go-retryablehttp's default policy) and
 * v6.12.0 retries (okta/services/idaas/resource_okta_group_rule.go:101, 185).
 */
import { notFound, policyLocked, validationFailed } from './okta-error';
import type { OrgState, StandinRule } from './org-state';
import { oktaNow } from './org-state';
import { json, NO_CONTENT, page, type Reply, type RequestContext, type Route } from './http-exchange';

/** A rule as Okta answers it; only in lists with `created` and `lastUpdated` (as recorded). */
function ruleJson(r: StandinRule, listed = false): Record<string, unknown> {
  return {
    type: 'group_rule',
    id: r.id,
    status: r.status,
    name: r.name,
    ...(listed ? { created: r.created, lastUpdated: r.lastUpdated } : {}),
    conditions: {
      people: { users: { exclude: [...r.usersExcluded] }, groups: { exclude: [] } },
      expression: { value: r.expression, type: r.expressionType },
    },
    actions: { assignUserToGroups: { groupIds: [...r.groupIds] } },
    allGroupsValid: r.status !== 'INVALID',
  };
}

function findRule(state: OrgState, id: string): StandinRule {
  const r = state.rules.get(id);
  if (r === undefined) throw notFound(id, 'PolicyRule');
  return r;
}

interface RuleBody {
  name?: unknown;
  conditions?: {
    expression?: { value?: unknown; type?: unknown };
    people?: { users?: { exclude?: unknown } };
  };
  actions?: { assignUserToGroups?: { groupIds?: unknown } };
}

/** The fields of a create or update body, checked as Okta checks them. */
function ruleFields(ctx: RequestContext) {
  const body = (ctx.body ?? {}) as RuleBody;
  const name = body.name;
  if (typeof name !== 'string' || name === '') throw validationFailed('name: The field cannot be left blank');
  // okta/validators.go strMaxLength counts bytes; Okta's limit is 50.
  if (Buffer.byteLength(name, 'utf8') > 50)
    throw validationFailed('name: The field is too long (at most 50 bytes)');
  const expression = body.conditions?.expression?.value;
  if (typeof expression !== 'string' || expression === '')
    throw validationFailed('conditions.expression.value: The field cannot be left blank');
  const groupIds = body.actions?.assignUserToGroups?.groupIds;
  if (!Array.isArray(groupIds) || groupIds.length === 0 || groupIds.some((id) => typeof id !== 'string'))
    throw validationFailed('actions.assignUserToGroups.groupIds: at least one group id is required');
  if (groupIds.length > 100)
    throw validationFailed('actions.assignUserToGroups.groupIds: at most 100 groups');
  const admin = ctx.state.adminGroupIds();
  for (const id of groupIds as string[]) {
    if (!ctx.state.groups.has(id))
      throw validationFailed(`actions.assignUserToGroups.groupIds: group ${id} does not exist`);
    if (admin.has(id))
      throw validationFailed(
        `actions.assignUserToGroups.groupIds: group ${id} has an admin role; a rule cannot assign users to it`,
      );
  }
  const exclude = body.conditions?.people?.users?.exclude;
  return {
    name,
    expression,
    expressionType:
      typeof body.conditions?.expression?.type === 'string'
        ? body.conditions.expression.type
        : 'urn:okta:expression:1.0',
    groupIds: groupIds as string[],
    usersExcluded: Array.isArray(exclude) ? exclude.filter((u): u is string => typeof u === 'string') : [],
  };
}

/** Runs a rule write under the org's rule lock (423 when it is held). */
async function underRuleLock(ctx: RequestContext, write: () => Reply): Promise<Reply> {
  const now = Date.now();
  if (now < ctx.state.ruleLockBusyUntil) throw policyLocked();
  const hold = ctx.behaviour.ruleLockMs;
  if (hold > 0) {
    ctx.state.ruleLockBusyUntil = now + hold;
    await new Promise((resolve) => setTimeout(resolve, hold));
  }
  return write();
}

function createRule(ctx: RequestContext): Reply {
  const now = oktaNow();
  const rule: StandinRule = {
    id: ctx.state.newId('0pr'),
    status: 'INACTIVE',
    ...ruleFields(ctx),
    created: now,
    lastUpdated: now,
  };
  ctx.state.rules.set(rule.id, rule);
  return json(200, ruleJson(rule));
}

function updateRule(ctx: RequestContext): Reply {
  const rule = findRule(ctx.state, ctx.params[0]!);
  if (rule.status === 'ACTIVE')
    throw validationFailed('status: an ACTIVE group rule cannot be updated; deactivate it first');
  const fields = ruleFields(ctx);
  if ([...fields.groupIds].sort().join() !== [...rule.groupIds].sort().join())
    throw validationFailed(
      'actions: the groups a rule assigns users to cannot be changed after the rule is created',
    );
  Object.assign(rule, fields, { lastUpdated: oktaNow() });
  return json(200, ruleJson(rule));
}

function setStatus(ctx: RequestContext, status: 'ACTIVE' | 'INACTIVE'): Reply {
  const rule = findRule(ctx.state, ctx.params[0]!);
  if (status === 'ACTIVE' && rule.status === 'INVALID')
    throw validationFailed('status: an INVALID group rule (one of its groups is gone) cannot be activated');
  if (rule.status !== 'INVALID' || status === 'INACTIVE') rule.status = status;
  rule.lastUpdated = oktaNow();
  return NO_CONTENT;
}

function deleteRule(ctx: RequestContext): Reply {
  const rule = findRule(ctx.state, ctx.params[0]!);
  if (rule.status === 'ACTIVE')
    throw validationFailed('status: an ACTIVE group rule cannot be deleted; deactivate it first');
  ctx.state.rules.delete(rule.id);
  return json(202, {});
}

function listRules(ctx: RequestContext): Reply {
  const keyword = (ctx.url.searchParams.get('search') ?? '').toLowerCase();
  const rules = [...ctx.state.rules.values()].filter((r) => r.name.toLowerCase().includes(keyword));
  return page(
    ctx,
    rules.map((r) => ruleJson(r, true)),
    50,
  );
}

const ONE = /^\/api\/v1\/groups\/rules\/([^/]+)$/;

export const GROUP_RULE_ROUTES: Route[] = [
  { method: 'GET', path: /^\/api\/v1\/groups\/rules\/?$/, handle: listRules },
  {
    method: 'POST',
    path: /^\/api\/v1\/groups\/rules$/,
    handle: (ctx) => underRuleLock(ctx, () => createRule(ctx)),
  },
  { method: 'GET', path: ONE, handle: (ctx) => json(200, ruleJson(findRule(ctx.state, ctx.params[0]!))) },
  { method: 'PUT', path: ONE, handle: (ctx) => underRuleLock(ctx, () => updateRule(ctx)) },
  { method: 'DELETE', path: ONE, handle: (ctx) => underRuleLock(ctx, () => deleteRule(ctx)) },
  {
    method: 'POST',
    path: /^\/api\/v1\/groups\/rules\/([^/]+)\/lifecycle\/activate$/,
    handle: (ctx) => underRuleLock(ctx, () => setStatus(ctx, 'ACTIVE')),
  },
  {
    method: 'POST',
    path: /^\/api\/v1\/groups\/rules\/([^/]+)\/lifecycle\/deactivate$/,
    handle: (ctx) => underRuleLock(ctx, () => setStatus(ctx, 'INACTIVE')),
  },
];
