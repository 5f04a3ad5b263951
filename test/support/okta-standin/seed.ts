/**
 * The seed: the Okta org as the Admin Console left it before anything is deployed, as JSON
 * (format in docs/okta-standin.md). `parseSeed` checks every field and names the first bad one
 * (`<file>: groups[2].type: …`), so a typo in a seed file never starts a half-seeded org.
 */

export type SeedGroupType = 'OKTA_GROUP' | 'APP_GROUP' | 'BUILT_IN';
export type SeedRuleStatus = 'ACTIVE' | 'INACTIVE' | 'INVALID';
export type SeedAuthProvider = 'OKTA' | 'LDAP' | 'ACTIVE_DIRECTORY';

/** An app instance (the LDAP directory app is `name: "ldap_sun_one"`). */
export interface SeedApp {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  /** Properties of the app user schema's `base` definition, by name (JSON schema property objects). */
  readonly userSchema?: Record<string, Record<string, unknown>>;
  /** Properties of the mapping app user -> Okta user Okta created with the app, `{ <okta attribute>: <expression> }`. */
  readonly profileMapping?: Record<string, string>;
}

export interface SeedGroup {
  readonly id?: string;
  readonly name: string;
  readonly description?: string;
  /** @default 'OKTA_GROUP' ('APP_GROUP' when `sourceAppId` is set) */
  readonly type?: SeedGroupType;
  /** APP_GROUP only: the app it was imported from. */
  readonly sourceAppId?: string;
}

export interface SeedUser {
  readonly id?: string;
  readonly login: string;
  readonly firstName: string;
  readonly lastName: string;
  /** @default the login */
  readonly email?: string;
}

export interface SeedRule {
  readonly id?: string;
  readonly name: string;
  /** @default 'ACTIVE' */
  readonly status?: SeedRuleStatus;
  readonly expression: string;
  readonly groupIds: string[];
}

export interface SeedRoleAssignment {
  readonly id?: string;
  /** The group the role is assigned to. */
  readonly groupId: string;
  readonly type: string;
  readonly groupTargets?: string[];
  /** `name` (a whole catalog app) or `name.id` (one instance). */
  readonly appTargets?: string[];
  /** CUSTOM only. */
  readonly roleId?: string;
  readonly resourceSetId?: string;
}

export interface SeedPolicy {
  readonly id?: string;
  readonly name: string;
  /** @default 'OKTA' */
  readonly provider?: SeedAuthProvider;
  /** @default false */
  readonly system?: boolean;
  /** Group ids; @default the Everyone group */
  readonly groupIds?: string[];
}

export interface SeedLabelled {
  readonly id: string;
  readonly label: string;
}

/** The whole seed file. Every list is optional. */
export interface OrgSeed {
  /** The org name in `https://<orgName>.<baseUrl>`. @default 'standin' */
  readonly orgName?: string;
  readonly apps?: SeedApp[];
  readonly groups?: SeedGroup[];
  readonly users?: SeedUser[];
  readonly rules?: SeedRule[];
  readonly roleAssignments?: SeedRoleAssignment[];
  readonly policies?: SeedPolicy[];
  readonly customRoles?: SeedLabelled[];
  readonly resourceSets?: SeedLabelled[];
}

/** The top-level fields of a seed file, in the order docs/okta-standin.md lists them. */
export const SEED_FIELDS = [
  'orgName',
  'apps',
  'groups',
  'users',
  'rules',
  'roleAssignments',
  'policies',
  'customRoles',
  'resourceSets',
] as const;

/** A seed file that cannot be used: names the file, the field and what is allowed. */
export class SeedError extends Error {}

const GROUP_TYPES: SeedGroupType[] = ['OKTA_GROUP', 'APP_GROUP', 'BUILT_IN'];
const RULE_STATUSES: SeedRuleStatus[] = ['ACTIVE', 'INACTIVE', 'INVALID'];
const PROVIDERS: SeedAuthProvider[] = ['OKTA', 'LDAP', 'ACTIVE_DIRECTORY'];

/** Reads fields of one JSON object and reports the first bad one with its path. */
class Fields {
  constructor(
    private readonly source: string,
    private readonly path: string,
    private readonly value: Record<string, unknown>,
    allowed: string[],
  ) {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(key, `unknown field (allowed: ${allowed.join(', ')})`);
    }
  }

  fail(field: string, what: string): never {
    throw new SeedError(`${this.source}: ${this.path}${this.path === '' ? '' : '.'}${field}: ${what}`);
  }

  string(field: string): string;
  string(field: string, optional: true): string | undefined;
  string(field: string, optional = false): string | undefined {
    const v = this.value[field];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || v === '') this.fail(field, `expected a non-empty string, got ${show(v)}`);
    return v;
  }

  oneOf<T extends string>(field: string, allowed: T[]): T | undefined {
    const v = this.value[field];
    if (v === undefined) return undefined;
    if (!allowed.includes(v as T)) this.fail(field, `${show(v)} is not one of ${allowed.join(', ')}`);
    return v as T;
  }

  strings(field: string, optional = false): string[] | undefined {
    const v = this.value[field];
    if (v === undefined && optional) return undefined;
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s === ''))
      this.fail(field, `expected a list of non-empty strings, got ${show(v)}`);
    return v as string[];
  }

  boolean(field: string): boolean | undefined {
    const v = this.value[field];
    if (v !== undefined && typeof v !== 'boolean') this.fail(field, `expected true or false, got ${show(v)}`);
    return v;
  }

  objectMap(field: string): Record<string, unknown> | undefined {
    const v = this.value[field];
    if (v === undefined) return undefined;
    if (!isObject(v)) this.fail(field, `expected an object, got ${show(v)}`);
    return v;
  }

  list(field: string): { path: string; value: Record<string, unknown> }[] {
    const v = this.value[field];
    if (v === undefined) return [];
    if (!Array.isArray(v)) this.fail(field, `expected a list, got ${show(v)}`);
    return v.map((item, i) => {
      const path = `${this.path}${this.path === '' ? '' : '.'}${field}[${i}]`;
      if (!isObject(item))
        throw new SeedError(`${this.source}: ${path}: expected an object, got ${show(item)}`);
      return { path, value: item };
    });
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  const text = v === undefined ? 'nothing' : JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function app(f: Fields): SeedApp {
  const userSchema = f.objectMap('userSchema');
  for (const [name, property] of Object.entries(userSchema ?? {})) {
    if (!isObject(property))
      f.fail(`userSchema.${name}`, `expected a JSON schema property object, got ${show(property)}`);
  }
  const profileMapping = f.objectMap('profileMapping');
  for (const [name, expression] of Object.entries(profileMapping ?? {})) {
    if (typeof expression !== 'string')
      f.fail(`profileMapping.${name}`, `expected an expression string, got ${show(expression)}`);
  }
  return {
    id: f.string('id'),
    name: f.string('name'),
    label: f.string('label'),
    userSchema: userSchema as SeedApp['userSchema'],
    profileMapping: profileMapping as SeedApp['profileMapping'],
  };
}

function group(f: Fields): SeedGroup {
  const sourceAppId = f.string('sourceAppId', true);
  const type = f.oneOf('type', GROUP_TYPES) ?? (sourceAppId !== undefined ? 'APP_GROUP' : 'OKTA_GROUP');
  if (sourceAppId !== undefined && type !== 'APP_GROUP')
    f.fail('sourceAppId', `only an APP_GROUP has a source app (type is ${type})`);
  return {
    id: f.string('id', true),
    name: f.string('name'),
    description: f.string('description', true),
    type,
    sourceAppId,
  };
}

/**
 * Checks `json` (the parsed seed file `source`) and returns it typed. Throws a {@link SeedError}
 * naming `source`, the field and what is allowed.
 */
export function parseSeed(json: unknown, source: string): OrgSeed {
  if (!isObject(json)) throw new SeedError(`${source}: expected a JSON object at the top, got ${show(json)}`);
  const top = new Fields(source, '', json, [...SEED_FIELDS]);
  const fields = (field: string, allowed: string[]) =>
    top.list(field).map(({ path, value }) => new Fields(source, path, value, allowed));
  const orgName = top.string('orgName', true);
  if (orgName !== undefined && !/^[a-z0-9-]{1,63}$/.test(orgName))
    top.fail('orgName', `${show(orgName)} is not a host name label (lowercase letters, digits, '-')`);
  const seed: OrgSeed = {
    orgName,
    apps: fields('apps', ['id', 'name', 'label', 'userSchema', 'profileMapping']).map(app),
    groups: fields('groups', ['id', 'name', 'description', 'type', 'sourceAppId']).map(group),
    users: fields('users', ['id', 'login', 'firstName', 'lastName', 'email']).map((f) => ({
      id: f.string('id', true),
      login: f.string('login'),
      firstName: f.string('firstName'),
      lastName: f.string('lastName'),
      email: f.string('email', true),
    })),
    rules: fields('rules', ['id', 'name', 'status', 'expression', 'groupIds']).map((f) => ({
      id: f.string('id', true),
      name: f.string('name'),
      status: f.oneOf('status', RULE_STATUSES),
      expression: f.string('expression'),
      groupIds: f.strings('groupIds')!,
    })),
    roleAssignments: fields('roleAssignments', [
      'id',
      'groupId',
      'type',
      'groupTargets',
      'appTargets',
      'roleId',
      'resourceSetId',
    ]).map((f) => ({
      id: f.string('id', true),
      groupId: f.string('groupId'),
      type: f.string('type'),
      groupTargets: f.strings('groupTargets', true),
      appTargets: f.strings('appTargets', true),
      roleId: f.string('roleId', true),
      resourceSetId: f.string('resourceSetId', true),
    })),
    policies: fields('policies', ['id', 'name', 'provider', 'system', 'groupIds']).map((f) => ({
      id: f.string('id', true),
      name: f.string('name'),
      provider: f.oneOf('provider', PROVIDERS),
      system: f.boolean('system'),
      groupIds: f.strings('groupIds', true),
    })),
    customRoles: fields('customRoles', ['id', 'label']).map((f) => ({
      id: f.string('id'),
      label: f.string('label'),
    })),
    resourceSets: fields('resourceSets', ['id', 'label']).map((f) => ({
      id: f.string('id'),
      label: f.string('label'),
    })),
  };
  checkReferences(seed, source);
  return seed;
}

/** Ids that must name something of the seed (or a built-in), and names Okta keeps unique. */
function checkReferences(seed: OrgSeed, source: string): void {
  const fail = (path: string, what: string): never => {
    throw new SeedError(`${source}: ${path}: ${what}`);
  };
  const appIds = new Set((seed.apps ?? []).map((a) => a.id));
  const groupIds = new Set((seed.groups ?? []).flatMap((g) => (g.id !== undefined ? [g.id] : [])));
  const oktaNames = new Map<string, number>();
  (seed.groups ?? []).forEach((g, i) => {
    if (g.sourceAppId !== undefined && !appIds.has(g.sourceAppId))
      fail(`groups[${i}].sourceAppId`, `"${g.sourceAppId}" is not the id of an app in "apps"`);
    if (g.type === 'APP_GROUP') return;
    const key = g.name.toLowerCase();
    const first = oktaNames.get(key);
    if (first !== undefined)
      fail(
        `groups[${i}].name`,
        `"${g.name}" is also the name of groups[${first}] (Okta keeps group names unique)`,
      );
    oktaNames.set(key, i);
  });
  const knownGroup = (id: string) => groupIds.has(id);
  (seed.rules ?? []).forEach((r, i) =>
    r.groupIds.forEach((id, j) => {
      if (!knownGroup(id)) fail(`rules[${i}].groupIds[${j}]`, `"${id}" is not the id of a group in "groups"`);
    }),
  );
  (seed.roleAssignments ?? []).forEach((r, i) => {
    if (!knownGroup(r.groupId))
      fail(`roleAssignments[${i}].groupId`, `"${r.groupId}" is not the id of a group in "groups"`);
    if (r.type === 'CUSTOM' && (r.roleId === undefined || r.resourceSetId === undefined))
      fail(`roleAssignments[${i}]`, 'a CUSTOM role needs roleId and resourceSetId');
  });
}
