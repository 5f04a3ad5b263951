import type { IntegrationManifest, StackManifest } from '../manifest/integration-manifest';
import { canonicalJson } from '../shared/canonical-json';
import type { LdapGroupMapping, LdapRoleMapping } from '../mappings/mapping-types';
import { SETTING_FIELDS } from '../settings/settings-fields';

/** What happened to one keyed item between base and head. */
export type ChangeKind = 'added' | 'removed' | 'changed';

/** The part of an integration a change belongs to. */
export enum DiffArea {
  SETTING = 'Setting',
  USER_MAPPING = 'User mapping',
  GROUP_MAPPING = 'Group mapping',
  ROLE_MAPPING = 'Role mapping',
  PASSWORD_POLICY = 'Password policy',
  RESOURCE = 'Okta resource',
  WARNING = 'Validation warning',
}

/** One difference inside an integration. Values are display strings; `undefined` means absent. */
export interface ValueChange {
  readonly area: DiffArea;
  readonly kind: ChangeKind;
  /** Stable key of the item, e.g. `user.searchBase`, `engineering → Engineering: ruleName`. */
  readonly key: string;
  /** The console label when the key is a setting an admin enters, e.g. "User Search Base". */
  readonly label?: string;
  readonly before?: string;
  readonly after?: string;
  /**
   * Key of the keyed item (mapping, policy, resource, warning) the change belongs to, e.g.
   * `engineering → Engineering`; unset for settings and user mappings, whose `key` is the item.
   */
  readonly item?: string;
  /** The field of `item` that changed, e.g. `targetGroupIds`; unset when the whole item was added or removed. */
  readonly field?: string;
}

/** Differences of one integration, identified by stack and construct id. */
export interface IntegrationDiff {
  readonly stack: string;
  readonly id: string;
  readonly kind: ChangeKind;
  /** Empty for added and removed integrations. */
  readonly changes: ValueChange[];
}

/** Semantic diff of two synthesized apps. */
export interface AppDiff {
  /** Only integrations that differ, sorted by stack then id. */
  readonly integrations: IntegrationDiff[];
  readonly equal: boolean;
}

/**
 * Compares the integrations of two synthesized apps by meaning: items are matched by key (setting
 * path, Okta attribute, LDAP group → Okta group, role, resource address), never by position, so a
 * change of order alone is no difference.
 */
export function diffApps(base: readonly StackManifest[], head: readonly StackManifest[]): AppDiff {
  const before = indexIntegrations(base);
  const after = indexIntegrations(head);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const integrations: IntegrationDiff[] = [];
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    if (b !== undefined && a === undefined) {
      integrations.push({ stack: b.stack, id: b.integration.id, kind: 'removed', changes: [] });
    } else if (b === undefined && a !== undefined) {
      integrations.push({ stack: a.stack, id: a.integration.id, kind: 'added', changes: [] });
    } else if (b !== undefined && a !== undefined) {
      const changes = diffIntegration(b.integration, a.integration);
      if (changes.length > 0)
        integrations.push({ stack: a.stack, id: a.integration.id, kind: 'changed', changes });
    }
  }
  return { integrations, equal: integrations.length === 0 };
}

/** Console labels of the settings, by path (`user.searchBase` → "User Search Base"). */
const SETTING_LABELS: ReadonlyMap<string, string> = new Map(
  SETTING_FIELDS.flatMap((f) => (f.label !== undefined ? [[f.path, f.label] as const] : [])),
);

/** Every difference between two versions of one integration. */
export function diffIntegration(base: IntegrationManifest, head: IntegrationManifest): ValueChange[] {
  const settingsOf = (m: IntegrationManifest): Map<string, string> => {
    const flat = flatten(m.settings as unknown as Record<string, unknown>);
    flat.set('ldapAppId', display(m.ldapAppId));
    flat.set('bindPasswordVariable', display(m.bindPasswordVariable));
    flat.set('deleteWhenAbsent', display(m.deleteWhenAbsent === true));
    return flat;
  };
  return [
    ...compareMaps(DiffArea.SETTING, settingsOf(base), settingsOf(head), SETTING_LABELS),
    ...compareMaps(
      DiffArea.USER_MAPPING,
      mapValues(new Map(Object.entries(base.userMappings)), display),
      mapValues(new Map(Object.entries(head.userMappings)), display),
    ),
    ...compareKeyedObjects(DiffArea.GROUP_MAPPING, base.groupMappings, head.groupMappings, (g) => [
      groupMappingKey(g),
      ['ldapGroup', 'oktaGroup'],
    ]),
    ...compareKeyedObjects(DiffArea.ROLE_MAPPING, base.roleMappings, head.roleMappings, (r) => [
      roleMappingKey(r),
      ['ldapGroup', 'role'],
    ]),
    ...compareKeyedObjects(
      DiffArea.PASSWORD_POLICY,
      base.passwordPolicy === undefined ? [] : [base.passwordPolicy],
      head.passwordPolicy === undefined ? [] : [head.passwordPolicy],
      () => ['password policy', []],
    ),
    ...compareKeyedObjects(DiffArea.RESOURCE, base.resources, head.resources, (r) => [
      r.address,
      ['address'],
    ]),
    ...compareKeyedObjects(DiffArea.WARNING, base.warnings, head.warnings, (w) => [
      `${w.ruleId} ${w.path}`,
      ['ruleId', 'path'],
    ]),
  ];
}

/** The key a group mapping is matched by in a diff, e.g. `engineering → Engineering`. */
export function groupMappingKey(g: Pick<LdapGroupMapping, 'ldapGroup' | 'oktaGroup'>): string {
  return `${g.ldapGroup} → ${g.oktaGroup}`;
}

/** The key a role mapping is matched by in a diff, e.g. `it-admins: ORG_ADMIN`. */
export function roleMappingKey(r: Pick<LdapRoleMapping, 'ldapGroup' | 'role'>): string {
  return `${r.ldapGroup}: ${r.role}`;
}

function indexIntegrations(
  stacks: readonly StackManifest[],
): Map<string, { stack: string; integration: IntegrationManifest }> {
  const out = new Map<string, { stack: string; integration: IntegrationManifest }>();
  for (const s of stacks) {
    for (const i of s.integrations) out.set(`${s.stack}\u0000${i.id}`, { stack: s.stack, integration: i });
  }
  return out;
}

/**
 * Flattens settings to `path -> display value`. Arrays of scalars are sets (sorted); arrays of
 * objects are keyed by `ldapAttribute` (extra user attributes) or their canonical JSON.
 */
function flatten(
  value: Record<string, unknown>,
  prefix = '',
  out = new Map<string, string>(),
): Map<string, string> {
  for (const [key, member] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (member === undefined) continue;
    if (Array.isArray(member)) {
      if (member.every((item) => typeof item !== 'object' || item === null)) {
        if (member.length > 0) out.set(path, member.map(display).sort().join(', '));
      } else {
        for (const item of member as Record<string, unknown>[]) {
          const id = typeof item.ldapAttribute === 'string' ? item.ldapAttribute : canonicalJson(item);
          flatten(item, `${path}[${id}]`, out);
        }
      }
    } else if (typeof member === 'object' && member !== null) {
      flatten(member as Record<string, unknown>, path, out);
    } else {
      out.set(path, display(member));
    }
  }
  return out;
}

function compareMaps(
  area: DiffArea,
  before: Map<string, string>,
  after: Map<string, string>,
  labels: ReadonlyMap<string, string> = new Map(),
): ValueChange[] {
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: ValueChange[] = [];
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    if (b === a) continue;
    const label = labels.get(key) ?? labels.get(key.replace(/\[.*$/, ''));
    out.push({
      area,
      kind: b === undefined ? 'added' : a === undefined ? 'removed' : 'changed',
      key,
      ...(label !== undefined ? { label } : {}),
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
    });
  }
  return out;
}

/** Items matched by key; added/removed show the whole item, changed items one entry per field. */
function compareKeyedObjects<T extends object>(
  area: DiffArea,
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => [string, string[]],
): ValueChange[] {
  const index = (items: readonly T[]): Map<string, Map<string, string>> => {
    const out = new Map<string, Map<string, string>>();
    for (const item of items) {
      const [key, keyFields] = keyOf(item);
      const rest = Object.fromEntries(Object.entries(item).filter(([k]) => !keyFields.includes(k)));
      out.set(key, flatten(rest));
    }
    return out;
  };
  const b = index(before);
  const a = index(after);
  const out: ValueChange[] = [];
  for (const key of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    const fb = b.get(key);
    const fa = a.get(key);
    if (fb === undefined || fa === undefined) {
      const fields = (fa ?? fb)!;
      const summary = [...fields].map(([k, v]) => `${k}: ${v}`).join('; ');
      out.push({
        area,
        kind: fb === undefined ? 'added' : 'removed',
        key,
        item: key,
        ...(fb === undefined ? { after: summary } : { before: summary }),
      });
      continue;
    }
    for (const change of compareMaps(area, fb, fa)) {
      out.push({ ...change, kind: 'changed', key: `${key}: ${change.key}`, item: key, field: change.key });
    }
  }
  return out;
}

function mapValues(map: Map<string, unknown>, fn: (v: unknown) => string): Map<string, string> {
  return new Map([...map].map(([k, v]) => [k, fn(v)]));
}

function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
