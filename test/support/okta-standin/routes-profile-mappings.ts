/**
 * Profile mappings: `GET /api/v1/mappings?sourceId=&targetId=` (a list without `properties`),
 * `GET /api/v1/mappings/{id}` and `POST /api/v1/mappings/{id}` (update: a property set to `null` is
 * removed, properties left out are kept; the answer is the whole mapping). Mappings are never
 * created or deleted through the API: Okta makes them with the app, so the provider's create adopts
 * the one it finds by source and target and its delete nulls every property but `login`
 * (okta/resource_okta_profile_mapping.go:99-123 create, 175-196 delete, 292-315 lookup, at v4.20.0).
 *
 * An expression naming `appuser.<attribute>` must name an attribute of the source app's user
 * schema (base or custom), so a mapping written before its schema property fails as in Okta.
 */
import { notFound, validationFailed } from './okta-error';
import type { OrgState, StandinMappingProperty, StandinProfileMapping } from './org-state';
import { json, page, type Reply, type RequestContext, type Route } from './http-exchange';

function end(base: string, e: StandinProfileMapping['source']): Record<string, unknown> {
  const href =
    e.type === 'appuser' ? `${base}/api/v1/apps/${e.id}` : `${base}/api/v1/meta/types/user/${e.id}`;
  return { id: e.id, name: e.name, type: e.type, _links: { self: { href } } };
}

function mappingJson(
  base: string,
  m: StandinProfileMapping,
  withProperties: boolean,
): Record<string, unknown> {
  return {
    id: m.id,
    source: end(base, m.source),
    target: end(base, m.target),
    ...(withProperties ? { properties: structuredClone(m.properties) } : {}),
    _links: { self: { href: `${base}/api/v1/mappings/${m.id}` } },
  };
}

function findMapping(state: OrgState, id: string): StandinProfileMapping {
  const m = state.mappings.get(id);
  if (m === undefined) throw notFound(id, 'ProfileMapping');
  return m;
}

/** Attribute names `appuser.<name>` in `expression`. */
export function appUserAttributes(expression: string): string[] {
  return [...expression.matchAll(/\bappuser\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!);
}

function checkProperty(
  state: OrgState,
  m: StandinProfileMapping,
  key: string,
  value: unknown,
): StandinMappingProperty {
  const p = value as { expression?: unknown; pushStatus?: unknown } | null;
  if (typeof p?.expression !== 'string' || p.expression === '')
    throw validationFailed(`properties.${key}.expression: The field cannot be left blank`);
  const pushStatus = p.pushStatus ?? 'DONT_PUSH';
  if (pushStatus !== 'PUSH' && pushStatus !== 'DONT_PUSH')
    throw validationFailed(
      `properties.${key}.pushStatus: ${JSON.stringify(pushStatus)} is not one of PUSH, DONT_PUSH`,
    );
  if (m.source.type === 'appuser') {
    const schema = state.appUserSchemas.get(m.source.id);
    for (const attribute of appUserAttributes(p.expression)) {
      if (schema?.base[attribute] === undefined && schema?.custom[attribute] === undefined)
        throw validationFailed(
          `properties.${key}.expression: appuser.${attribute} is not an attribute of the app user schema of ${m.source.id}`,
        );
    }
  }
  return { expression: p.expression, pushStatus };
}

function updateMapping(ctx: RequestContext): Reply {
  const m = findMapping(ctx.state, ctx.params[0]!);
  const properties = (ctx.body as { properties?: unknown } | undefined)?.properties;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties))
    throw validationFailed(
      'properties: expected an object of target attribute -> { expression, pushStatus }',
    );
  const next = { ...m.properties };
  for (const [key, value] of Object.entries(properties as Record<string, unknown>)) {
    if (value === null) {
      if (key === 'login' && m.target.type === 'user')
        throw validationFailed('properties.login: the login mapping cannot be removed');
      delete next[key];
    } else {
      next[key] = checkProperty(ctx.state, m, key, value);
    }
  }
  m.properties = next;
  return json(200, mappingJson(ctx.base, m, true));
}

export const PROFILE_MAPPING_ROUTES: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/v1\/mappings$/,
    handle: (ctx) => {
      const source = ctx.url.searchParams.get('sourceId');
      const target = ctx.url.searchParams.get('targetId');
      const found = [...ctx.state.mappings.values()].filter(
        (m) => (source === null || m.source.id === source) && (target === null || m.target.id === target),
      );
      return page(
        ctx,
        found.map((m) => mappingJson(ctx.base, m, false)),
        20,
      );
    },
  },
  {
    method: 'GET',
    path: /^\/api\/v1\/mappings\/([^/]+)$/,
    handle: (ctx) => json(200, mappingJson(ctx.base, findMapping(ctx.state, ctx.params[0]!), true)),
  },
  { method: 'POST', path: /^\/api\/v1\/mappings\/([^/]+)$/, handle: updateMapping },
];
