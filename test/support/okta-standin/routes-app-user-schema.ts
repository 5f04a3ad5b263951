/**
 * The app user schema: `GET /api/v1/meta/schemas/apps/{appId}/default` and
 * `POST` to the same path, a partial update of `definitions.custom.properties` (a property set to
 * `null` is removed). The answer is the whole schema, `definitions.base` and `definitions.custom`.
 * As recorded, Okta keeps `title`, `description`, `type`, `enum`, `oneOf`, `master`, `externalName`…
 * of a property it was sent, drops `permissions`, `required` and `union`, and adds `scope: "NONE"`.
 * The provider writes and reads it at okta/resource_okta_app_user_custom_schema_property.go:124-165
 * (v4.20.0: the POST, then a GET until the property shows).
 *
 * A custom property that a profile mapping expression uses cannot be removed
 * (okta/terraform-provider-okta#954).
 */
import { notFound, validationFailed } from './okta-error';
import type { OrgState, StandinAppUserSchema } from './org-state';
import { oktaNow } from './org-state';
import { appUserAttributes } from './routes-profile-mappings';
import { json, type Reply, type RequestContext, type Route } from './http-exchange';

const DROPPED = ['permissions', 'required', 'union'];
const TYPES = ['string', 'boolean', 'number', 'integer', 'array'];

function schemaJson(ctx: RequestContext, s: StandinAppUserSchema): Record<string, unknown> {
  const app = ctx.state.apps.get(s.appId)!;
  return {
    id: `${ctx.base}/meta/schemas/apps/${s.appId}/default`,
    $schema: 'http://json-schema.org/draft-04/schema#',
    name: app.name,
    title: `${app.label} User`,
    created: s.created,
    lastUpdated: s.lastUpdated,
    definitions: {
      custom: { id: '#custom', type: 'object', properties: structuredClone(s.custom), required: [] },
      base: {
        id: '#base',
        type: 'object',
        properties: structuredClone(s.base),
        required: Object.entries(s.base)
          .filter(([, p]) => p.required === true)
          .map(([k]) => k),
      },
    },
    type: 'object',
    properties: { profile: { allOf: [{ $ref: '#/definitions/custom' }, { $ref: '#/definitions/base' }] } },
  };
}

function findSchema(state: OrgState, appId: string): StandinAppUserSchema {
  const s = state.appUserSchemas.get(appId);
  if (s === undefined || !state.apps.has(appId)) throw notFound(appId, 'AppInstance');
  return s;
}

function customProperty(name: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw validationFailed(`definitions.custom.properties.${name}: expected a property object or null`);
  const p = value as Record<string, unknown>;
  if (typeof p.title !== 'string' || p.title === '')
    throw validationFailed(`definitions.custom.properties.${name}.title: The field cannot be left blank`);
  if (!TYPES.includes(p.type as string))
    throw validationFailed(
      `definitions.custom.properties.${name}.type: ${JSON.stringify(p.type)} is not one of ${TYPES.join(', ')}`,
    );
  const kept = Object.fromEntries(
    Object.entries(p).filter(([k, v]) => !DROPPED.includes(k) && v !== null && v !== undefined),
  );
  return { ...kept, scope: typeof p.scope === 'string' ? p.scope : 'NONE' };
}

/** Names of the schema's attributes used by an expression of a mapping from this app. */
function usedByMappings(state: OrgState, appId: string): Set<string> {
  const used = new Set<string>();
  for (const m of state.mappings.values()) {
    if (m.source.type !== 'appuser' || m.source.id !== appId) continue;
    for (const p of Object.values(m.properties)) for (const a of appUserAttributes(p.expression)) used.add(a);
  }
  return used;
}

function updateSchema(ctx: RequestContext): Reply {
  const s = findSchema(ctx.state, ctx.params[0]!);
  const body = ctx.body as { definitions?: { custom?: { properties?: unknown } } } | undefined;
  const properties = body?.definitions?.custom?.properties;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties))
    throw validationFailed(
      'definitions.custom.properties: expected an object of name -> property (or null to remove)',
    );
  const next = { ...s.custom };
  const used = usedByMappings(ctx.state, s.appId);
  for (const [name, value] of Object.entries(properties as Record<string, unknown>)) {
    if (!/^[A-Za-z_][\w$]*$/.test(name))
      throw validationFailed(`definitions.custom.properties.${name}: not a valid property name`);
    if (s.base[name] !== undefined)
      throw validationFailed(`definitions.custom.properties.${name}: ${name} is a base property`);
    if (value === null) {
      if (used.has(name))
        throw validationFailed(
          `definitions.custom.properties.${name}: the property is used by a profile mapping; remove it from the mapping first`,
        );
      delete next[name];
    } else {
      next[name] = customProperty(name, value);
    }
  }
  s.custom = next;
  s.lastUpdated = oktaNow();
  return json(200, schemaJson(ctx, s));
}

const PATH = /^\/api\/v1\/meta\/schemas\/apps\/([^/]+)\/default$/;

export const APP_USER_SCHEMA_ROUTES: Route[] = [
  {
    method: 'GET',
    path: PATH,
    handle: (ctx) => json(200, schemaJson(ctx, findSchema(ctx.state, ctx.params[0]!))),
  },
  { method: 'POST', path: PATH, handle: updateSchema },
];
