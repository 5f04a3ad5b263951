/**
 * The stand-in's Okta org: every object the okta provider reads or writes for this library's
 * resources, kept in memory. Built from a {@link OrgSeed}; the HTTP handlers (routes-*.ts) change it,
 * and tests read it to assert what a deploy did.
 */
import type { OrgSeed, SeedApp, SeedGroupType } from './seed';

export interface StandinApp {
  readonly id: string;
  readonly name: string;
  label: string;
  status: 'ACTIVE' | 'INACTIVE';
  readonly created: string;
}

export interface StandinGroup {
  readonly id: string;
  readonly type: SeedGroupType;
  /** `name`, `description` and any custom profile attributes. */
  profile: { name: string; description: string | null; [custom: string]: unknown };
  readonly sourceAppId?: string;
  readonly created: string;
  lastUpdated: string;
}

export interface StandinRule {
  readonly id: string;
  name: string;
  status: 'ACTIVE' | 'INACTIVE' | 'INVALID';
  expression: string;
  expressionType: string;
  groupIds: string[];
  usersExcluded: string[];
  readonly created: string;
  lastUpdated: string;
}

export interface StandinAppTarget {
  /** The catalog app name (`template_swa`, `ldap_sun_one`). */
  readonly name: string;
  /** Set for one instance of the app, unset for the whole catalog app. */
  readonly id?: string;
}

export interface StandinRoleAssignment {
  readonly id: string;
  readonly groupId: string;
  readonly type: string;
  readonly label: string;
  readonly roleId?: string;
  readonly resourceSetId?: string;
  groupTargets: string[];
  appTargets: StandinAppTarget[];
  readonly created: string;
}

export interface StandinMappingProperty {
  expression: string;
  pushStatus: 'PUSH' | 'DONT_PUSH';
}

export interface StandinProfileMapping {
  readonly id: string;
  readonly source: { id: string; name: string; type: 'appuser' | 'user' };
  readonly target: { id: string; name: string; type: 'appuser' | 'user' };
  properties: Record<string, StandinMappingProperty>;
}

export interface StandinAppUserSchema {
  readonly appId: string;
  readonly base: Record<string, Record<string, unknown>>;
  custom: Record<string, Record<string, unknown>>;
  readonly created: string;
  lastUpdated: string;
}

export interface StandinPolicy {
  readonly id: string;
  readonly type: 'PASSWORD';
  name: string;
  description?: string;
  status: 'ACTIVE' | 'INACTIVE';
  priority: number;
  readonly system: boolean;
  conditions: { people: { groups: { include: string[] } }; authProvider: { provider: string } };
  settings: Record<string, unknown>;
  readonly created: string;
  lastUpdated: string;
}

export interface StandinUserType {
  readonly id: string;
  name: string;
  displayName: string;
  description: string;
  readonly default: boolean;
  readonly created: string;
}

export interface StandinUser {
  readonly id: string;
  status: string;
  profile: { login: string; email: string; firstName: string; lastName: string };
}

/** Role types as Okta labels them. */
export const ROLE_LABELS: Record<string, string> = {
  SUPER_ADMIN: 'Super Administrator',
  ORG_ADMIN: 'Organization Administrator',
  APP_ADMIN: 'Application Administrator',
  USER_ADMIN: 'Group Administrator',
  HELP_DESK_ADMIN: 'Help Desk Administrator',
  READ_ONLY_ADMIN: 'Read-only Administrator',
  MOBILE_ADMIN: 'Mobile Administrator',
  API_ADMIN: 'API Administrator',
  API_ACCESS_MANAGEMENT_ADMIN: 'API Access Management Administrator',
  REPORT_ADMIN: 'Report Administrator',
  GROUP_MEMBERSHIP_ADMIN: 'Group Membership Administrator',
};

/**
 * Okta's id for a standard role assigned to a group: base32 (RFC 4648, no padding) of the role type,
 * stable across unassign and assign (`IFIFAX2BIRGUSTQ` = APP_ADMIN in the recorded traffic).
 */
export function standardRoleAssignmentId(type: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of Buffer.from(type, 'utf8')) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += alphabet[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return out;
}

/** The default base schema of the LDAP directory app's user (`ldap_sun_one`), when the seed gives none. */
const LDAP_APP_USER_BASE: Record<string, Record<string, unknown>> = {
  uid: { title: 'Username', type: 'string', externalName: 'uid', scope: 'NONE', required: true },
  givenName: { title: 'First name', type: 'string', externalName: 'givenName', scope: 'NONE' },
  sn: { title: 'Last name', type: 'string', externalName: 'sn', scope: 'NONE' },
  mail: { title: 'Email', type: 'string', externalName: 'mail', scope: 'NONE' },
  dn: { title: 'Distinguished name', type: 'string', externalName: 'dn', scope: 'NONE' },
};

/** The default mapping app user -> Okta user of the LDAP directory app, when the seed gives none. */
const LDAP_APP_TO_USER: Record<string, string> = {
  login: 'appuser.mail',
  email: 'appuser.mail',
  firstName: 'appuser.givenName',
  lastName: 'appuser.sn',
};

/** Makes 20-character ids in Okta's style: a 3-character kind prefix, then a counter. */
class IdMaker {
  private next = 1;
  make(prefix: string): string {
    return `${prefix}stdn${(this.next++).toString(36).padStart(13, '0')}`;
  }
}

/** Okta's timestamps: ISO 8601 with the milliseconds zeroed. */
export function oktaNow(): string {
  return new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
}

export class OrgState {
  public readonly orgName: string;
  public readonly orgId: string;
  public readonly apps = new Map<string, StandinApp>();
  public readonly groups = new Map<string, StandinGroup>();
  public readonly rules = new Map<string, StandinRule>();
  /** Role assignments by group id, then assignment id. */
  public readonly roles = new Map<string, Map<string, StandinRoleAssignment>>();
  public readonly mappings = new Map<string, StandinProfileMapping>();
  public readonly appUserSchemas = new Map<string, StandinAppUserSchema>();
  public readonly policies = new Map<string, StandinPolicy>();
  public readonly userTypes = new Map<string, StandinUserType>();
  public readonly users = new Map<string, StandinUser>();
  public readonly customRoles = new Map<string, string>();
  public readonly resourceSets = new Map<string, string>();
  /** Until when (epoch ms) a group rule write holds the org's rule lock (see `StandinBehaviour.ruleLockMs`). */
  public ruleLockBusyUntil = 0;
  /** The API token's user (`GET /api/v1/users/me`). */
  public readonly admin: StandinUser;
  private readonly ids = new IdMaker();

  /** `builtIns: false` leaves out what every org has (Everyone, Okta Administrators, the default user type and password policy). */
  constructor(seed: OrgSeed, options: { builtIns?: boolean } = {}) {
    const now = oktaNow();
    this.orgName = seed.orgName ?? 'standin';
    this.orgId = this.newId('00o');
    this.admin = this.addUser({ login: 'admin@example.com', firstName: 'Stand-in', lastName: 'Admin' });
    if (options.builtIns !== false) this.addBuiltIns(now);
    for (const app of seed.apps ?? []) this.addApp(app);
    for (const g of seed.groups ?? []) {
      const id = g.id ?? this.newId('00g');
      this.groups.set(id, {
        id,
        type: g.type ?? (g.sourceAppId !== undefined ? 'APP_GROUP' : 'OKTA_GROUP'),
        profile: { name: g.name, description: g.description ?? null },
        sourceAppId: g.sourceAppId,
        created: now,
        lastUpdated: now,
      });
    }
    for (const u of seed.users ?? []) this.addUser(u);
    this.seedRulesRolesPolicies(seed, now);
  }

  public newId(prefix: string): string {
    return this.ids.make(prefix);
  }

  /** The default user type (`name: "user"`), or undefined when built-ins were left out. */
  public defaultUserType(): StandinUserType | undefined {
    return [...this.userTypes.values()].find((t) => t.default);
  }

  public everyone(): StandinGroup | undefined {
    return [...this.groups.values()].find((g) => g.type === 'BUILT_IN' && g.profile.name === 'Everyone');
  }

  /** Ids of every group some rule assigns users to. */
  public ruleTargetGroupIds(): Set<string> {
    return new Set([...this.rules.values()].flatMap((r) => r.groupIds));
  }

  /** Ids of every group that holds an admin role. */
  public adminGroupIds(): Set<string> {
    return new Set([...this.roles.entries()].filter(([, m]) => m.size > 0).map(([id]) => id));
  }

  public addUser(u: {
    id?: string;
    login: string;
    firstName: string;
    lastName: string;
    email?: string;
  }): StandinUser {
    const user: StandinUser = {
      id: u.id ?? this.newId('00u'),
      status: 'ACTIVE',
      profile: { login: u.login, email: u.email ?? u.login, firstName: u.firstName, lastName: u.lastName },
    };
    this.users.set(user.id, user);
    return user;
  }

  private addBuiltIns(now: string): void {
    for (const [name, description] of [
      ['Everyone', 'All users in your organization'],
      [
        'Okta Administrators',
        'Okta manages this group, which contains all administrators in your organization.',
      ],
    ] as const) {
      const id = this.newId('00g');
      this.groups.set(id, {
        id,
        type: 'BUILT_IN',
        profile: { name, description },
        created: now,
        lastUpdated: now,
      });
    }
    const typeId = this.newId('oty');
    this.userTypes.set(typeId, {
      id: typeId,
      name: 'user',
      displayName: 'User',
      description: 'Okta user profile template with default permission settings',
      default: true,
      created: now,
    });
    const policyId = this.newId('00p');
    this.policies.set(policyId, {
      id: policyId,
      type: 'PASSWORD',
      name: 'Default Policy',
      description: 'The default policy applies in all situations if no other policy applies.',
      status: 'ACTIVE',
      priority: 1,
      system: true,
      conditions: {
        people: { groups: { include: [this.everyone()!.id] } },
        authProvider: { provider: 'OKTA' },
      },
      settings: {},
      created: now,
      lastUpdated: now,
    });
  }

  /** An app, its user schema, and the two profile mappings Okta creates with it (app user <-> Okta user). */
  private addApp(app: SeedApp): void {
    const now = oktaNow();
    const ldap = app.name === 'ldap_sun_one';
    this.apps.set(app.id, { id: app.id, name: app.name, label: app.label, status: 'ACTIVE', created: now });
    this.appUserSchemas.set(app.id, {
      appId: app.id,
      base: app.userSchema ?? (ldap ? LDAP_APP_USER_BASE : {}),
      custom: {},
      created: now,
      lastUpdated: now,
    });
    const userType = this.defaultUserType();
    if (userType === undefined) return;
    const appEnd = { id: app.id, name: app.name, type: 'appuser' as const };
    const userEnd = { id: userType.id, name: userType.name, type: 'user' as const };
    const toOkta = app.profileMapping ?? (ldap ? LDAP_APP_TO_USER : {});
    const push = (expression: string): StandinMappingProperty => ({ expression, pushStatus: 'DONT_PUSH' });
    const toId = this.newId('prm');
    this.mappings.set(toId, {
      id: toId,
      source: appEnd,
      target: userEnd,
      properties: Object.fromEntries(Object.entries(toOkta).map(([k, v]) => [k, push(v)])),
    });
    const fromId = this.newId('prm');
    this.mappings.set(fromId, { id: fromId, source: userEnd, target: appEnd, properties: {} });
  }

  private seedRulesRolesPolicies(seed: OrgSeed, now: string): void {
    for (const r of seed.rules ?? []) {
      const id = r.id ?? this.newId('0pr');
      this.rules.set(id, {
        id,
        name: r.name,
        status: r.status ?? 'ACTIVE',
        expression: r.expression,
        expressionType: 'urn:okta:expression:1.0',
        groupIds: [...r.groupIds],
        usersExcluded: [],
        created: now,
        lastUpdated: now,
      });
    }
    for (const c of seed.customRoles ?? []) this.customRoles.set(c.id, c.label);
    for (const s of seed.resourceSets ?? []) this.resourceSets.set(s.id, s.label);
    for (const a of seed.roleAssignments ?? []) {
      const id = a.id ?? (a.type === 'CUSTOM' ? this.newId('irb') : standardRoleAssignmentId(a.type));
      const forGroup = this.roles.get(a.groupId) ?? new Map<string, StandinRoleAssignment>();
      this.roles.set(a.groupId, forGroup);
      forGroup.set(id, {
        id,
        groupId: a.groupId,
        type: a.type,
        label:
          a.type === 'CUSTOM'
            ? (this.customRoles.get(a.roleId ?? '') ?? a.type)
            : (ROLE_LABELS[a.type] ?? a.type),
        roleId: a.roleId,
        resourceSetId: a.resourceSetId,
        groupTargets: [...(a.groupTargets ?? [])],
        appTargets: (a.appTargets ?? []).map((t) => {
          const [name, instance] = t.split('.');
          return instance === undefined ? { name: name! } : { name: name!, id: instance };
        }),
        created: now,
      });
    }
    for (const p of seed.policies ?? []) {
      const id = p.id ?? this.newId('00p');
      const everyone = this.everyone();
      this.policies.set(id, {
        id,
        type: 'PASSWORD',
        name: p.name,
        status: 'ACTIVE',
        priority: this.policies.size + 1,
        system: p.system ?? false,
        conditions: {
          people: { groups: { include: p.groupIds ?? (everyone !== undefined ? [everyone.id] : []) } },
          authProvider: { provider: p.provider ?? 'OKTA' },
        },
        settings: {},
        created: now,
        lastUpdated: now,
      });
    }
  }
}
