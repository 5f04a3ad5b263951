/**
 * Finds which Okta objects of an integration's mappings already exist, read-only, and whether each
 * can be adopted as it is: the rows of `cdktf-okta-ldap adopt` and the adoption file it writes.
 */
import { ADOPTION_SCHEMA, AdoptedGroupMapping, AdoptedRoleMappings, adoptionRoleKey } from './adoption-file';
import type { IntegrationManifest } from '../manifest/integration-manifest';
import { isLiteralAppId } from '../manifest/ldap-app-id';
import { effectiveGroupRuleName } from '../mappings/group-rule-name';
import { LdapGroupMapping, LdapRoleMapping, OktaAdminRole } from '../mappings/mapping-types';
import type { OktaReader } from '../okta-api/okta-api-client';
import { OktaApiError } from '../okta-api/okta-api-error';
import {
  appGroupSearch,
  defaultOktaGroupDescription,
  groupRuleExpression,
  oktaSearchString,
} from '../mappings/okta-expressions';
import { ROLES_WITH_APP_TARGETS, ROLES_WITH_GROUP_TARGETS } from '../mappings/role-targets';
import { clip, showHidden } from '../text/untrusted-text';
import {
  groupSourceAppId,
  OktaApp,
  OktaAppTarget,
  OktaGroup,
  OktaGroupRule,
  OktaPasswordPolicy,
  OktaRoleAssignment,
} from './okta-objects';

/** What to do with one resource: import the existing object, create a new one, or stop and decide. */
export type AdoptionStatus = 'adopt' | 'create' | 'conflict';

/** Every adoption status, in the order the summary lists them. */
export const ADOPTION_STATUSES: readonly AdoptionStatus[] = ['adopt', 'create', 'conflict'];

/** One row of the adoption table. */
export interface AdoptionFinding {
  /** Terraform type of the resource, or `okta_groups` for the lookup of an imported LDAP group. */
  readonly resource: string;
  /** Which mapping it belongs to, as in the props: `groupMappings[0]`, `passwordPolicy`. */
  readonly mapping: string;
  /** The object's name in Okta's words (group name, rule name, `<ldap group> <role>`, policy name). */
  readonly name: string;
  readonly status: AdoptionStatus;
  /** The id of the existing object (adopt, and conflicts where one object was found). */
  readonly id?: string;
  /** What was found, and for a conflict exactly what differs. */
  readonly detail: string;
  /** What to do about a conflict. */
  readonly fix?: string;
}

/** The content of an adoption file (the adoptable ids only). */
export interface AdoptionFileContent {
  readonly schema: typeof ADOPTION_SCHEMA;
  groupMappings?: Record<string, AdoptedGroupMapping>;
  roleMappings?: Record<string, AdoptedRoleMappings>;
  passwordPolicy?: string;
}

/** Result of {@link discoverAdoption}. */
export interface AdoptionDiscovery {
  readonly findings: AdoptionFinding[];
  readonly adoption: AdoptionFileContent;
}

const PAGE = 'limit=200';

function sameName(a: string | undefined, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '(none)' : items.join(', ');
}

function normalizeExpression(value: string): string {
  return value.replace(/\s+/g, '').replace(/'/g, '"');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/** A literal LDAP app id (`0oa…`), or undefined when the manifest holds a Terraform expression. */
function literalAppId(manifest: IntegrationManifest): string | undefined {
  return isLiteralAppId(manifest.ldapAppId) ? manifest.ldapAppId : undefined;
}

/** The fields every row of one resource shares. */
interface FindingBase {
  readonly resource: string;
  readonly mapping: string;
  /** The object's name, as the mapping gives it. */
  readonly name: string;
}

/** How one kind of object is found by name in Okta, and named in the rows. */
interface NameLookup {
  /** The Terraform type of its resource. */
  readonly resource: string;
  /** The listing that holds the objects of that name (and others that only contain it). */
  readonly search: (name: string) => string;
  /** `<one> named "x"`, `<n> <many> are named "x"`, and the fix when several are. */
  readonly words: readonly [one: string, many: string, fix: string];
}

const GROUP_RULES: NameLookup = {
  resource: 'okta_group_rule',
  search: (name) => `/api/v1/groups/rules?search=${encodeURIComponent(name)}&${PAGE}`,
  words: ['group rule', 'group rules', 'Delete or rename the extra rules in the console and run adopt again'],
};

const PASSWORD_POLICIES: NameLookup = {
  resource: 'okta_policy_password',
  search: (name) => `/api/v1/policies?type=PASSWORD&q=${encodeURIComponent(name)}&${PAGE}`,
  words: [
    'password policy',
    'password policies',
    'Rename or delete the extra policies in the console, or give passwordPolicy another name',
  ],
};

/** What {@link oneNamed} found: the one object, or the row to report instead. */
type OneNamed<T> = { readonly one: T } | { readonly row: AdoptionFinding };

/**
 * The one object named `base.name` (whatever the case) that `lookup` finds; none is a row to create,
 * several a conflict listing their ids.
 */
async function oneNamed<T extends { readonly id: string; readonly name?: string }>(
  api: OktaReader,
  lookup: NameLookup,
  base: FindingBase,
): Promise<OneNamed<T>> {
  const [one, many, fix] = lookup.words;
  const found = (await api.list<T>(lookup.search(base.name))).filter((x) => sameName(x.name, base.name));
  if (found.length === 0)
    return { row: { ...base, status: 'create', detail: `no ${one} named "${base.name}" in Okta` } };
  if (found.length > 1) {
    const ids = list(found.map((x) => x.id));
    return {
      row: {
        ...base,
        status: 'conflict',
        detail: `${found.length} ${many} are named "${base.name}" (${ids})`,
        fix,
      },
    };
  }
  return { one: found[0]! };
}

/**
 * Asks Okta (GET only, through `api`) for the objects of every mapping of `manifest`:
 * imported LDAP groups (exact name, type APP_GROUP, from the integration's LDAP app), Okta groups by
 * exact name, group rules by name, the role assignments of each imported LDAP group with their
 * targets, password policies by name. Pure apart from the reads.
 */
export async function discoverAdoption(
  manifest: IntegrationManifest,
  api: OktaReader,
): Promise<AdoptionDiscovery> {
  const findings: AdoptionFinding[] = [];
  const adoption: AdoptionFileContent = { schema: ADOPTION_SCHEMA };
  const appId = literalAppId(manifest);

  // Imported LDAP groups, once each.
  const ldapNames = [
    ...new Set([...manifest.groupMappings, ...manifest.roleMappings].map((m) => m.ldapGroup)),
  ];
  const ldapIds = new Map<string, string>();
  for (const name of ldapNames) {
    const found = (
      await api.list<OktaGroup>(`/api/v1/groups?search=${encodeURIComponent(appGroupSearch(name))}&${PAGE}`)
    )
      .filter((g) => g.type === 'APP_GROUP' && g.profile?.name === name)
      .filter((g) => appId === undefined || groupSourceAppId(g) === appId);
    if (found.length === 1) {
      ldapIds.set(name, found[0]!.id);
      continue;
    }
    const from = appId !== undefined ? ` imported from the LDAP app ${appId}` : '';
    findings.push({
      resource: 'okta_groups',
      mapping: `ldapGroup ${JSON.stringify(name)}`,
      name,
      status: 'conflict',
      detail:
        found.length === 0
          ? `no imported LDAP group (type APP_GROUP) named "${name}"${from}: the plan would stop at its lookup`
          : `${found.length} imported LDAP groups named "${name}"${from} (${list(found.map((g) => g.id))}): the lookup is ambiguous`,
      fix:
        found.length === 0
          ? 'Make sure the group is under the group search base and bound to the LDAP directory, run an import in Okta (Directory > Directory Integrations > LDAP > Import), then run adopt again'
          : 'Rename one of the groups in the directory and run an import',
    });
  }

  for (const [i, mapping] of manifest.groupMappings.entries()) {
    const groupRow = await discoverGroup(api, mapping, `groupMappings[${i}]`);
    findings.push(groupRow);
    const ruleRow = await discoverRule(
      api,
      mapping,
      `groupMappings[${i}]`,
      groupRow,
      ldapIds.get(mapping.ldapGroup),
    );
    findings.push(ruleRow);
    const adopted: AdoptedGroupMapping = {
      ...(groupRow.status === 'adopt' ? { group: groupRow.id! } : {}),
      ...(ruleRow.status === 'adopt' ? { groupRule: ruleRow.id! } : {}),
    };
    if (Object.keys(adopted).length > 0) (adoption.groupMappings ??= {})[mapping.oktaGroup] = adopted;
  }

  const reads: RoleReads = { assignments: new Map(), appNames: new Map() };
  for (const [i, mapping] of manifest.roleMappings.entries()) {
    const ldapId = ldapIds.get(mapping.ldapGroup);
    const row = await discoverRole(api, mapping, `roleMappings[${i}]`, ldapId, reads);
    findings.push(row);
    if (row.status === 'adopt' && ldapId !== undefined) {
      const entry = ((adoption.roleMappings ??= {})[mapping.ldapGroup] ??= { group: ldapId, roles: {} });
      entry.roles[adoptionRoleKey(mapping)] = row.id!;
    }
  }

  if (manifest.passwordPolicy !== undefined) {
    const row = await discoverPolicy(api, manifest.passwordPolicy.name);
    findings.push(row);
    if (row.status === 'adopt') adoption.passwordPolicy = row.id!;
  }
  return { findings, adoption };
}

async function discoverGroup(
  api: OktaReader,
  mapping: LdapGroupMapping,
  at: string,
): Promise<AdoptionFinding> {
  const name = mapping.oktaGroup;
  const base = { resource: 'okta_group', mapping: at, name };
  const found = (
    await api.list<OktaGroup>(
      `/api/v1/groups?search=${encodeURIComponent(`profile.name eq ${oktaSearchString(name)}`)}&${PAGE}`,
    )
  ).filter((g) => (g.type === 'OKTA_GROUP' ? sameName(g.profile?.name, name) : g.profile?.name === name));
  // An OKTA_GROUP matches whatever the case (the apply renames it); a group of another type only
  // with exactly this name (an imported `engineering` next to an Okta `Engineering` is usual).
  const okta = found.filter((g) => g.type === 'OKTA_GROUP');
  const other = found.filter((g) => g.type !== 'OKTA_GROUP');
  if (found.length === 0) return { ...base, status: 'create', detail: `no group named "${name}" in Okta` };
  if (okta.length === 1 && other.length === 0) {
    const group = okta[0]!;
    const want = mapping.description ?? defaultOktaGroupDescription(mapping);
    const notes = [
      group.profile?.name !== name ? `the apply renames it from "${group.profile?.name}" to "${name}"` : '',
      (group.profile?.description ?? '') !== want
        ? `the apply sets its description to "${want}" (now "${group.profile?.description ?? ''}"; set description to keep it)`
        : '',
    ].filter(Boolean);
    return {
      ...base,
      status: 'adopt',
      id: group.id,
      detail: `existing OKTA_GROUP "${group.profile?.name}"${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`,
    };
  }
  if (okta.length > 1) {
    return {
      ...base,
      status: 'conflict',
      detail: `${okta.length} OKTA_GROUP groups are named "${name}" (${list(okta.map((g) => g.id))})`,
      fix: `Keep one (merge the members in the console) and run adopt again, or put the id of the one to manage at groupMappings["${name}"].group by hand`,
    };
  }
  const g = other[0]!;
  const source = groupSourceAppId(g);
  return {
    ...base,
    status: 'conflict',
    id: g.id,
    detail: `a group named "${g.profile?.name}" exists with type ${g.type}${source !== undefined ? ` (imported from app ${source})` : ''}${okta.length === 1 ? `, besides the OKTA_GROUP ${okta[0]!.id}` : ''}; okta_group manages only OKTA_GROUP groups, and creating one would leave two groups of that name`,
    fix: `Give the mapping another oktaGroup name${okta.length === 1 ? `, or put ${okta[0]!.id} at groupMappings["${name}"].group by hand to adopt the OKTA_GROUP` : ''}`,
  };
}

async function discoverRule(
  api: OktaReader,
  mapping: LdapGroupMapping,
  at: string,
  groupRow: AdoptionFinding,
  ldapGroupId: string | undefined,
): Promise<AdoptionFinding> {
  const name = effectiveGroupRuleName(mapping);
  const base: FindingBase = { resource: GROUP_RULES.resource, mapping: at, name };
  const named = await oneNamed<OktaGroupRule>(api, GROUP_RULES, base);
  if ('row' in named) return named.row;
  const rule = named.one;
  const targets = [...(rule.actions?.assignUserToGroups?.groupIds ?? [])];
  const expression = rule.conditions?.expression?.value ?? '';
  const conflict = (detail: string, fix: string): AdoptionFinding => ({
    ...base,
    status: 'conflict',
    id: rule.id,
    detail,
    fix,
  });
  if (rule.status === 'INVALID') {
    return conflict(
      `rule ${rule.id} is INVALID in Okta; the provider deletes and recreates an INVALID rule (okta/resource_okta_group_rule.go:70-72)`,
      'Fix or delete the rule in the console (an INVALID rule usually names a deleted group) and run adopt again',
    );
  }
  if (groupRow.status !== 'adopt') {
    return conflict(
      `rule ${rule.id} exists (it fills ${list(targets)}), but the Okta group "${mapping.oktaGroup}" is ${groupRow.status === 'create' ? 'not in Okta yet' : 'in conflict'}; group_assignments forces a new rule (okta/resource_okta_group_rule.go:38-45), so adopting it would replace it`,
      `Set ruleName to a new name (the hand-made rule then stays as it is; delete it in the console when the new one works), or make oktaGroup the name of the group the rule fills`,
    );
  }
  if (!sameSet(targets, [groupRow.id!])) {
    return conflict(
      `rule ${rule.id} fills ${list(targets)}, not only the group "${mapping.oktaGroup}" (${groupRow.id}); group_assignments forces a new rule (okta/resource_okta_group_rule.go:38-45), so adopting it would replace it`,
      `Set ruleName to a new name and delete the hand-made rule in the console once the new one works, or make the rule fill only ${groupRow.id} in the console and run adopt again`,
    );
  }
  if (ldapGroupId === undefined) {
    return conflict(
      `rule ${rule.id} exists, but the imported LDAP group "${mapping.ldapGroup}" was not found, so its expression cannot be checked`,
      'Import the LDAP group first (see its row) and run adopt again',
    );
  }
  const want = groupRuleExpression(ldapGroupId);
  if (normalizeExpression(expression) !== normalizeExpression(want)) {
    const byName = /isMemberOfGroupName/.test(expression);
    return conflict(
      `rule ${rule.id} uses ${JSON.stringify(expression)}; the construct writes ${JSON.stringify(want)}${byName ? ' (isMemberOfGroupName matches a group of that name from any source, not only the LDAP one)' : ''}; adopting it rewrites the expression on apply, which can change who is in "${mapping.oktaGroup}"`,
      `To adopt it and rewrite the expression in place, put ${rule.id} at groupMappings["${mapping.oktaGroup}"].groupRule by hand and read the plan; or set ruleName to a new name and delete the hand-made rule later`,
    );
  }
  const notes = [
    rule.name !== name ? `the apply renames it from "${rule.name}"` : '',
    rule.status === 'INACTIVE' ? 'it is INACTIVE: the apply activates it' : '',
  ].filter(Boolean);
  return {
    ...base,
    status: 'adopt',
    id: rule.id,
    detail: `existing rule fills "${mapping.oktaGroup}" from the LDAP group${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`,
  };
}

/** What the role rows read once per run: each imported group's assignments, each app instance's app name. */
interface RoleReads {
  readonly assignments: Map<string, OktaRoleAssignment[]>;
  readonly appNames: Map<string, string>;
}

async function discoverRole(
  api: OktaReader,
  mapping: LdapRoleMapping,
  at: string,
  ldapGroupId: string | undefined,
  reads: RoleReads,
): Promise<AdoptionFinding> {
  const name = `${mapping.ldapGroup} ${adoptionRoleKey(mapping)}`;
  const base: FindingBase = { resource: 'okta_group_role', mapping: at, name };
  if (ldapGroupId === undefined) {
    return {
      ...base,
      status: 'conflict',
      detail: `the imported LDAP group "${mapping.ldapGroup}" was not found, so its roles cannot be read`,
      fix: 'Import the LDAP group first (see its row) and run adopt again',
    };
  }
  let roles = reads.assignments.get(ldapGroupId);
  if (roles === undefined) {
    roles = await api.list<OktaRoleAssignment>(`/api/v1/groups/${encodeURIComponent(ldapGroupId)}/roles`);
    reads.assignments.set(ldapGroupId, roles);
  }
  const custom = mapping.role === OktaAdminRole.CUSTOM;
  const same = roles.filter(
    (r) =>
      r.type === mapping.role &&
      (!custom || (r.role === mapping.roleId && r['resource-set'] === mapping.resourceSetId)),
  );
  if (same.length === 0) {
    const held = roles.map((r) =>
      r.type === 'CUSTOM' ? `CUSTOM ${r.role} on ${r['resource-set']}` : r.type,
    );
    const what = custom
      ? `custom role ${mapping.roleId} on resource set ${mapping.resourceSetId}`
      : `${mapping.role} role`;
    return {
      ...base,
      status: 'create',
      detail: `the group holds no ${what} (holds: ${list(held.map(String))})`,
    };
  }
  if (same.length > 1) {
    return {
      ...base,
      status: 'conflict',
      detail: `the group holds ${same.length} matching ${mapping.role} assignments (${list(same.map((r) => r.id))}); which one the mapping means is not clear`,
      fix: `Put the right assignment id at roleMappings["${mapping.ldapGroup}"].roles["${adoptionRoleKey(mapping)}"] by hand (with "group": "${ldapGroupId}")`,
    };
  }
  const role = same[0]!;
  const targets = await targetsConflict(api, mapping, base, { group: ldapGroupId, role: role.id }, reads);
  if (targets !== undefined) return targets;
  return {
    ...base,
    status: 'adopt',
    id: role.id,
    detail: custom
      ? `existing assignment of custom role ${mapping.roleId} on resource set ${mapping.resourceSetId}`
      : `existing ${mapping.role} assignment with the same targets`,
  };
}

/** The conflict row when the assignment's targets are not the mapping's; undefined when they are. */
async function targetsConflict(
  api: OktaReader,
  mapping: LdapRoleMapping,
  base: FindingBase,
  assignment: { readonly group: string; readonly role: string },
  reads: RoleReads,
): Promise<AdoptionFinding | undefined> {
  const path = `/api/v1/groups/${encodeURIComponent(assignment.group)}/roles/${encodeURIComponent(assignment.role)}/targets`;
  if (ROLES_WITH_GROUP_TARGETS.includes(mapping.role)) {
    const has = (await api.list<OktaGroup>(`${path}/groups?${PAGE}`)).map((g) => g.id);
    const want = mapping.targetGroupIds ?? [];
    return sameSet(has, want)
      ? undefined
      : targetConflict(base, assignment.role, 'group targets', has, want, 'targetGroupIds');
  }
  if (ROLES_WITH_APP_TARGETS.includes(mapping.role)) {
    const has = await appTargetList(api, `${path}/catalog/apps`, reads.appNames);
    const want = mapping.targetApps ?? [];
    return sameSet(has, want)
      ? undefined
      : targetConflict(base, assignment.role, 'app targets', has, want, 'targetApps');
  }
  return undefined;
}

/**
 * The app targets of an APP_ADMIN assignment exactly as the okta provider keeps them in
 * `target_app_list` when it reads the role, so that adopt reports a difference only where the plan
 * will show one. The provider lists the ACTIVE targets only; Okta lists a whole catalog app by its app
 * name (`facebook`, no id), kept as it is, and one app instance by its label and id, kept as
 * `<app name>.<id>` with the app name read from GET /api/v1/apps/{id} (okta provider v4.20.0
 * okta/resource_okta_group_role.go:283-303; the same in v6.12.0
 * okta/services/idaas/resource_okta_group_role.go:284-304).
 */
async function appTargetList(
  api: OktaReader,
  path: string,
  appNames: Map<string, string>,
): Promise<string[]> {
  const names: string[] = [];
  for (const target of await api.list<OktaAppTarget>(`${path}?${PAGE}&status=ACTIVE`)) {
    const id = target.id;
    if (typeof id !== 'string' || id === '') names.push(target.name ?? '');
    else names.push(`${await instanceAppName(api, id, appNames)}.${id}`);
  }
  return names;
}

/** The app name (not the label) of the app instance `id`, read once per run. */
async function instanceAppName(api: OktaReader, id: string, appNames: Map<string, string>): Promise<string> {
  const known = appNames.get(id);
  if (known !== undefined) return known;
  const path = `/api/v1/apps/${encodeURIComponent(id)}`;
  const app = await api.read<OktaApp>(path);
  if (typeof app.name !== 'string' || app.name === '') {
    throw new OktaApiError(
      'OKTA-BAD-RESPONSE',
      `GET ${showHidden(clip(path, 200))}: the app an APP_ADMIN role targets has no app name; run adopt again (the app may have been deleted meanwhile)`,
    );
  }
  appNames.set(id, app.name);
  return app.name;
}

function targetConflict(
  base: FindingBase,
  id: string,
  what: string,
  has: string[],
  want: readonly string[],
  prop: string,
): AdoptionFinding {
  const all = what === 'group targets' ? 'all groups' : 'all apps';
  return {
    ...base,
    status: 'conflict',
    id,
    detail: `assignment ${id} has ${what} ${has.length === 0 ? `none (${all})` : list(has)}; the mapping has ${want.length === 0 ? `none (${all})` : list([...want])}; adopting it changes the targets on apply${want.length === 0 ? ', and removing every target replaces the assignment (okta/resource_okta_group_role.go:24-53)' : ''}`,
    fix: `Set ${prop} to ${JSON.stringify(has)} to adopt it as it is and run adopt again, or put ${id} in the file by hand to change the targets`,
  };
}

async function discoverPolicy(api: OktaReader, name: string): Promise<AdoptionFinding> {
  const base: FindingBase = { resource: PASSWORD_POLICIES.resource, mapping: 'passwordPolicy', name };
  const named = await oneNamed<OktaPasswordPolicy>(api, PASSWORD_POLICIES, base);
  if ('row' in named) return named.row;
  const policy = named.one;
  const provider = policy.conditions?.authProvider?.provider ?? 'OKTA';
  if (policy.system === true || provider !== 'LDAP') {
    return {
      ...base,
      status: 'conflict',
      id: policy.id,
      detail:
        policy.system === true
          ? `"${name}" is Okta's default (system) password policy; it cannot become the LDAP policy`
          : `policy ${policy.id} is for auth provider ${provider}, not LDAP; adopting it would switch it to LDAP, and its ${provider} users would lose it`,
      fix: 'Give passwordPolicy another name (a new LDAP policy is created), or change the policy in the console',
    };
  }
  return {
    ...base,
    status: 'adopt',
    id: policy.id,
    detail:
      "existing LDAP password policy; on apply its groups and every password setting the construct does not set take the construct's values and the provider's defaults (read the plan)",
  };
}
