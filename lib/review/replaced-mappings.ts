/**
 * Mappings that Terraform replaces while the reviewer sees one change: an LDAP group given another
 * admin role (an escalation reads `admins: READ_ONLY_ADMIN → SUPER_ADMIN`, not a grant and a
 * removal), and an LDAP group mapped to a renamed Okta group (`JC Data` renamed to `Data Platform`).
 * The keyed diff sees each as one mapping removed and another added; these pair them.
 */
import type { IntegrationManifest } from '../manifest/integration-manifest';
import type { LdapGroupMapping, LdapRoleMapping } from '../mappings/mapping-types';
import { groupMappingKey, groupMappingLabel } from '../model/mapping-keys';
import { canonicalJson } from '../text/canonical-json';
import { DiffArea, roleMappingItem, type ValueChange } from './diff-model';
import { roleWithScope } from './role-scope';

/** The `field` of a role mapping change whose role (or custom role ids) changed. */
export const ROLE_FIELD = 'role';
/** The `field` of a group mapping change whose Okta group was renamed. */
export const OKTA_GROUP_FIELD = 'oktaGroup';

/**
 * `changes` with every replaced role or group mapping as one change: where an LDAP group has exactly
 * one role mapping (or maps to exactly one Okta group) in base and head and its key differs, the
 * removal and the addition become one `changed` change of `field` `role` (`oktaGroup`), keyed and
 * matched (`item`) as the head's mapping, followed by a change for each other field that differs.
 */
export function pairReplacedMappings(
  base: IntegrationManifest,
  head: IntegrationManifest,
  changes: readonly ValueChange[],
): ValueChange[] {
  const pairs = [
    ...pairsOf(base.roleMappings, head.roleMappings).map(([b, a]) =>
      replacement(DiffArea.ROLE_MAPPING, roleMappingItem(b), roleMappingItem(a), {
        key: a.ldapGroup,
        field: ROLE_FIELD,
        before: roleWithScope(b),
        after: roleWithScope(a),
        rest: restChanges(b, a, [
          'ldapGroup',
          'role',
          'roleId',
          'resourceSetId',
          'targetGroupIds',
          'targetApps',
        ]),
        label: `${a.ldapGroup}: ${a.role}`,
      }),
    ),
    ...pairsOf(base.groupMappings, head.groupMappings).map(([b, a]) =>
      replacement(DiffArea.GROUP_MAPPING, groupMappingKey(b), groupMappingKey(a), {
        key: groupMappingLabel(a),
        field: OKTA_GROUP_FIELD,
        before: b.oktaGroup,
        after: a.oktaGroup,
        rest: restChanges(b, a, ['ldapGroup', 'oktaGroup']),
        label: groupMappingLabel(a),
      }),
    ),
  ];
  const at = (area: DiffArea, kind: string, item: string): string => `${area}\u0000${kind}\u0000${item}`;
  const index = new Map(changes.map((c, i) => [at(c.area, c.kind, c.item ?? ''), i]));
  const replaced = new Map<number, ValueChange[]>();
  const dropped = new Set<number>();
  for (const p of pairs) {
    const removed = index.get(at(p.area, 'removed', p.removed));
    const added = index.get(at(p.area, 'added', p.added));
    if (removed === undefined || added === undefined) continue;
    replaced.set(removed, p.changes);
    dropped.add(added);
  }
  return changes.flatMap((c, i) => replaced.get(i) ?? (dropped.has(i) ? [] : [c]));
}

/** A pair found: the items of the removed and the added mapping, and the changes that replace them. */
interface Replacement {
  readonly area: DiffArea;
  readonly removed: string;
  readonly added: string;
  readonly changes: ValueChange[];
}

function replacement(
  area: DiffArea,
  removed: string,
  added: string,
  o: {
    key: string;
    field: string;
    before: string;
    after: string;
    rest: [string, string?, string?][];
    label: string;
  },
): Replacement {
  const main: ValueChange = {
    area,
    kind: 'changed',
    key: o.key,
    item: added,
    field: o.field,
    before: o.before,
    after: o.after,
    replaces: removed,
  };
  const rest = o.rest.map(([field, before, after]): ValueChange => ({
    area,
    kind: 'changed',
    key: `${o.label}: ${field}`,
    item: added,
    field,
    replaces: removed,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
  }));
  return { area, removed, added, changes: [main, ...rest] };
}

/** The LDAP groups with exactly one mapping on each side, as `[base, head]`, when the two differ. */
function pairsOf<T extends LdapRoleMapping | LdapGroupMapping>(
  base: readonly T[],
  head: readonly T[],
): [T, T][] {
  const byGroup = (items: readonly T[]): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const m of items) out.set(m.ldapGroup, [...(out.get(m.ldapGroup) ?? []), m]);
    return out;
  };
  const before = byGroup(base);
  const after = byGroup(head);
  const out: [T, T][] = [];
  for (const [group, [b, ...moreB]] of before) {
    const [a, ...moreA] = after.get(group) ?? [];
    if (b !== undefined && a !== undefined && moreB.length === 0 && moreA.length === 0) out.push([b, a]);
  }
  return out;
}

/** The other top-level fields that differ, as `[field, before, after]` display values. */
function restChanges(b: object, a: object, skip: readonly string[]): [string, string?, string?][] {
  const text = (v: unknown): string | undefined =>
    v === undefined
      ? undefined
      : Array.isArray(v)
        ? v.map(String).sort().join(', ')
        : typeof v === 'string'
          ? v
          : canonicalJson(v);
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(rb), ...Object.keys(ra)])]
    .filter((f) => !skip.includes(f))
    .sort();
  return fields
    .map((f): [string, string?, string?] => [f, text(rb[f]), text(ra[f])])
    .filter(([, x, y]) => x !== y);
}
