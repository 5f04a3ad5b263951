/**
 * The seed of the slapd test fixture: a JumpCloud-shaped tree written as LDIF for `slapadd`.
 * `slapadd` bypasses overlays, so `memberOf` is written here from the group memberships.
 * Internal to test/support; the public knobs are on `SlapdFixtureOptions`.
 */
import { promises as fs } from 'fs';
import { escapeDnValue, ldifEntry, ldifLine, sshaHash } from './slapd-fixture-ldif';
import { PWDLOCK_OBJECT_CLASS } from './slapd-fixture-config';

/** A user entry `uid=<uid>,ou=Users,o=<orgId>,dc=jumpcloud,dc=com`. */
export interface FixtureUser {
  /** The user name (RDN value). */
  readonly uid: string;
  /** @default - no givenName */
  readonly givenName?: string;
  /** @default - the uid */
  readonly sn?: string;
  /** @default - `<givenName> <sn>`, or the uid without a givenName */
  readonly cn?: string;
  /** @default - no mail attribute */
  readonly mail?: string;
  /** @default DEFAULT_USER_PASSWORD */
  readonly password?: string;
  /** `pwdlock` value (`true`/`false`, or `TRUE`/`FALSE` with Boolean syntax). @default - no pwdlock attribute */
  readonly pwdlock?: boolean;
  /** @default - no employeeType */
  readonly employeeType?: string;
  /** Group cns this user is a member of (merged with `FixtureGroup.members`; missing groups are created). @default - none */
  readonly groups?: string[];
}

/** A groupOfNames entry `cn=<cn>,ou=Users,o=<orgId>,dc=jumpcloud,dc=com`. */
export interface FixtureGroup {
  /** The group name (RDN value). */
  readonly cn: string;
  /** uids of the members (fixture users, or the bind user). groupOfNames needs at least one. */
  readonly members: string[];
  /**
   * Put the group one level deeper, in `ou=<parentOu>,ou=Users,...` (the OU is created), e.g. to
   * have two groups with the same cn under the group search base.
   * @default - directly in ou=Users
   */
  readonly parentOu?: string;
}

/** The password of every fixture user that sets none. */
export const DEFAULT_USER_PASSWORD = 'Fixture-User-Passw0rd';

/** The password of every bulk user. */
export const BULK_USER_PASSWORD = 'Fixture-Bulk-Passw0rd';

/**
 * The default seed: five users (one locked with `pwdlock`), in groups engineering, admins, support.
 * Every default user has mail `<uid>@example.com` and password DEFAULT_USER_PASSWORD.
 */
export const DEFAULT_USERS: readonly FixtureUser[] = [
  {
    uid: 'ada.lovelace',
    givenName: 'Ada',
    sn: 'Lovelace',
    mail: 'ada.lovelace@example.com',
    employeeType: 'staff',
    pwdlock: false,
    groups: ['engineering', 'admins'],
  },
  {
    uid: 'grace.hopper',
    givenName: 'Grace',
    sn: 'Hopper',
    mail: 'grace.hopper@example.com',
    employeeType: 'staff',
    pwdlock: false,
    groups: ['engineering'],
  },
  {
    uid: 'alan.turing',
    givenName: 'Alan',
    sn: 'Turing',
    mail: 'alan.turing@example.com',
    employeeType: 'contractor',
    pwdlock: false,
    groups: ['support'],
  },
  {
    uid: 'katherine.johnson',
    givenName: 'Katherine',
    sn: 'Johnson',
    mail: 'katherine.johnson@example.com',
    employeeType: 'staff',
    pwdlock: false,
    groups: ['engineering', 'support'],
  },
  {
    uid: 'edsger.dijkstra',
    givenName: 'Edsger',
    sn: 'Dijkstra',
    mail: 'edsger.dijkstra@example.com',
    employeeType: 'staff',
    pwdlock: true,
    groups: ['engineering'],
  },
];

/** The default groups: all their members come from the users' `groups` lists. */
export const DEFAULT_GROUPS: readonly FixtureGroup[] = [
  { cn: 'engineering', members: [] },
  { cn: 'admins', members: [] },
  { cn: 'support', members: [] },
];

/** uid of bulk user `index` (1-based): `bulk-user-000001`. */
export function bulkUserUid(index: number): string {
  return `bulk-user-${String(index).padStart(6, '0')}`;
}

export interface SeedInput {
  readonly suffix: string;
  readonly orgId: string;
  readonly usersDn: string;
  readonly bindUser: string;
  readonly bindPassword: string;
  readonly users: readonly FixtureUser[];
  readonly groups: readonly FixtureGroup[];
  readonly pwdlockSyntax: 'string' | 'boolean';
  readonly bulkUsers: number;
  readonly largeGroup?: { readonly cn: string; readonly members: number };
}

export interface SeedSummary {
  /** DN of each group by cn (the first one, when two share a cn). */
  readonly groupDns: ReadonlyMap<string, string[]>;
  readonly entries: number;
}

const USER_CLASSES = ['top', 'person', 'organizationalPerson', 'inetOrgPerson', PWDLOCK_OBJECT_CLASS];

/** Writes the seed LDIF to `file`, parents before children. */
export async function writeSeedLdif(file: string, input: SeedInput): Promise<SeedSummary> {
  const userDn = (uid: string): string => `uid=${escapeDnValue(uid)},${input.usersDn}`;
  const pwdlockValue = (locked: boolean): string =>
    input.pwdlockSyntax === 'boolean' ? (locked ? 'TRUE' : 'FALSE') : locked ? 'true' : 'false';

  // Groups: explicit ones, then any named only in a user's `groups`.
  type GroupPlan = { cn: string; dn: string; parentOu?: string; members: Set<string> };
  const plans: GroupPlan[] = [];
  const byCn = new Map<string, GroupPlan[]>();
  const seenDns = new Set<string>();
  const addGroup = (cn: string, parentOu: string | undefined): GroupPlan => {
    const parent = parentOu !== undefined ? `ou=${escapeDnValue(parentOu)},${input.usersDn}` : input.usersDn;
    const dn = `cn=${escapeDnValue(cn)},${parent}`;
    if (seenDns.has(dn.toLowerCase())) {
      throw new Error(
        `slapd fixture: group ${JSON.stringify(cn)} is defined twice at ${dn}; give one a different cn or parentOu`,
      );
    }
    seenDns.add(dn.toLowerCase());
    const plan: GroupPlan = { cn, dn, members: new Set(), ...(parentOu !== undefined ? { parentOu } : {}) };
    plans.push(plan);
    byCn.set(cn, [...(byCn.get(cn) ?? []), plan]);
    return plan;
  };
  for (const group of input.groups) {
    const plan = addGroup(group.cn, group.parentOu);
    for (const member of group.members) plan.members.add(member);
  }
  const knownUids = new Set<string>([input.bindUser]);
  for (const user of input.users) {
    if (knownUids.has(user.uid)) {
      throw new Error(
        `slapd fixture: user ${JSON.stringify(user.uid)} is defined twice (or is the bind user)`,
      );
    }
    knownUids.add(user.uid);
    for (const cn of user.groups ?? []) {
      const existing = byCn.get(cn);
      for (const plan of existing ?? [addGroup(cn, undefined)]) plan.members.add(user.uid);
    }
  }
  if (input.largeGroup) {
    if (byCn.has(input.largeGroup.cn)) {
      throw new Error(
        `slapd fixture: largeGroup cn ${JSON.stringify(input.largeGroup.cn)} is also a seed group`,
      );
    }
    seenDns.add(`cn=${escapeDnValue(input.largeGroup.cn)},${input.usersDn}`.toLowerCase());
  }
  const memberOf = new Map<string, string[]>();
  for (const plan of plans) {
    if (plan.members.size === 0) {
      throw new Error(
        `slapd fixture: group ${JSON.stringify(plan.cn)} has no members; groupOfNames needs at least one (add a user or the bind user '${input.bindUser}')`,
      );
    }
    for (const uid of plan.members) {
      if (!knownUids.has(uid)) {
        throw new Error(
          `slapd fixture: group ${JSON.stringify(plan.cn)} lists member ${JSON.stringify(uid)}, which is not a fixture user; add it to users`,
        );
      }
      memberOf.set(uid, [...(memberOf.get(uid) ?? []), plan.dn]);
    }
  }

  const handle = await fs.open(file, 'w');
  let entries = 0;
  let buffer: string[] = [];
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    await handle.write(buffer.join(''));
    buffer = [];
  };
  const push = async (dn: string, attributes: Array<readonly [string, string]>): Promise<void> => {
    buffer.push(ldifEntry(dn, attributes) + '\n\n');
    entries++;
    if (buffer.length >= 2000) await flush();
  };
  const userAttributes = (user: FixtureUser, passwordHash: string): Array<readonly [string, string]> => {
    const attributes: Array<readonly [string, string]> = USER_CLASSES.map((c) => ['objectClass', c] as const);
    const sn = user.sn ?? user.uid;
    const cn = user.cn ?? (user.givenName !== undefined ? `${user.givenName} ${sn}` : user.uid);
    attributes.push(['uid', user.uid], ['cn', cn], ['sn', sn]);
    if (user.givenName !== undefined) attributes.push(['givenName', user.givenName]);
    if (user.mail !== undefined) attributes.push(['mail', user.mail]);
    if (user.employeeType !== undefined) attributes.push(['employeeType', user.employeeType]);
    attributes.push(['userPassword', passwordHash]);
    if (user.pwdlock !== undefined) attributes.push(['pwdlock', pwdlockValue(user.pwdlock)]);
    for (const groupDn of memberOf.get(user.uid) ?? []) attributes.push(['memberOf', groupDn]);
    return attributes;
  };

  try {
    const dc = input.suffix.split(',')[0]?.replace(/^dc=/i, '') ?? 'jumpcloud';
    await push(input.suffix, [
      ['objectClass', 'top'],
      ['objectClass', 'dcObject'],
      ['objectClass', 'organization'],
      ['dc', dc],
      ['o', dc],
    ]);
    await push(`o=${escapeDnValue(input.orgId)},${input.suffix}`, [
      ['objectClass', 'top'],
      ['objectClass', 'organization'],
      ['o', input.orgId],
    ]);
    await push(input.usersDn, [
      ['objectClass', 'top'],
      ['objectClass', 'organizationalUnit'],
      ['ou', 'Users'],
    ]);
    const ous = new Set(plans.flatMap((p) => (p.parentOu !== undefined ? [p.parentOu] : [])));
    for (const ou of ous) {
      await push(`ou=${escapeDnValue(ou)},${input.usersDn}`, [
        ['objectClass', 'top'],
        ['objectClass', 'organizationalUnit'],
        ['ou', ou],
      ]);
    }
    await push(
      userDn(input.bindUser),
      userAttributes(
        {
          uid: input.bindUser,
          sn: input.bindUser,
          cn: input.bindUser,
          mail: `${input.bindUser}@example.com`,
          pwdlock: false,
        },
        sshaHash(input.bindPassword),
      ),
    );
    for (const user of input.users) {
      await push(userDn(user.uid), userAttributes(user, sshaHash(user.password ?? DEFAULT_USER_PASSWORD)));
    }
    for (const plan of plans) {
      await push(plan.dn, [
        ['objectClass', 'top'],
        ['objectClass', 'groupOfNames'],
        ['cn', plan.cn],
        ...[...plan.members].map((uid) => ['member', userDn(uid)] as const),
      ]);
    }
    const largeGroupDn = input.largeGroup
      ? `cn=${escapeDnValue(input.largeGroup.cn)},${input.usersDn}`
      : undefined;
    const bulkHash = sshaHash(BULK_USER_PASSWORD);
    const largeMembers = input.largeGroup?.members ?? 0;
    // Bulk users: every value is a known-safe LDIF string, so the entry is one template (fast for 100k).
    const bulkHead = USER_CLASSES.map((c) => `objectClass: ${c}\n`).join('');
    const bulkTail = `${ldifLine('userPassword', bulkHash)}\npwdlock: ${pwdlockValue(false)}\n`;
    const memberOfLine = largeGroupDn !== undefined ? ldifLine('memberOf', largeGroupDn) + '\n' : '';
    const bulkDnLine = (uid: string): string => ldifLine('dn', userDn(uid));
    for (let i = 1; i <= input.bulkUsers; i++) {
      const uid = bulkUserUid(i);
      const n = String(i).padStart(6, '0');
      buffer.push(
        `${bulkDnLine(uid)}\n${bulkHead}uid: ${uid}\ncn: Bulk User ${n}\nsn: User${n}\ngivenName: Bulk\n` +
          `mail: ${uid}@example.com\n${bulkTail}${i <= largeMembers ? memberOfLine : ''}\n`,
      );
      entries++;
      if (buffer.length >= 5000) await flush();
    }
    if (input.largeGroup && largeGroupDn !== undefined) {
      // One entry with N member values: written as one string so the join is done once.
      const lines = [
        ldifLine('dn', largeGroupDn),
        'objectClass: top',
        'objectClass: groupOfNames',
        ldifLine('cn', input.largeGroup.cn),
      ];
      for (let i = 1; i <= largeMembers; i++) lines.push(ldifLine('member', userDn(bulkUserUid(i))));
      buffer.push(lines.join('\n') + '\n\n');
      entries++;
    }
    await flush();
  } finally {
    await handle.close();
  }
  const groupDns = new Map<string, string[]>();
  for (const [cn, list] of byCn)
    groupDns.set(
      cn,
      list.map((p) => p.dn),
    );
  if (input.largeGroup)
    groupDns.set(input.largeGroup.cn, [`cn=${escapeDnValue(input.largeGroup.cn)},${input.usersDn}`]);
  return { groupDns, entries };
}
