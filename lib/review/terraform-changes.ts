/**
 * Differences between the okta resources and data sources of two versions of a stack, read from
 * their Terraform JSON: what Terraform will create, change or delete, matched by address.
 */
import type { TerraformBlock, TerraformBlockMode } from '../manifest/integration-manifest';
import { canonicalJson } from '../text/canonical-json';
import { compareNames } from '../text/compare-names';
import { type ChangeKind, DiffArea, type ValueChange } from './diff-model';

/** One okta resource or data source added, removed or changed between base and head. */
export interface TerraformChange {
  readonly stack: string;
  readonly address: string;
  readonly type: string;
  readonly mode: TerraformBlockMode;
  readonly kind: ChangeKind;
  /** Its attributes in the base (unset when added). */
  readonly before?: Readonly<Record<string, unknown>>;
  /** Its attributes in the head (unset when removed). */
  readonly after?: Readonly<Record<string, unknown>>;
  /** The attributes whose canonical JSON differs (every attribute of an added or removed block), sorted. */
  readonly attributes: readonly string[];
}

/**
 * The blocks of `head` that are new, gone or different from `base` (canonical JSON of each attribute,
 * so key order is no difference), sorted by address. A block that changed type at the same address
 * is one removal and one addition.
 */
export function diffTerraformBlocks(
  stack: string,
  base: readonly TerraformBlock[],
  head: readonly TerraformBlock[],
): TerraformChange[] {
  const before = new Map(base.map((b) => [b.address, b]));
  const after = new Map(head.map((b) => [b.address, b]));
  const out: TerraformChange[] = [];
  const addresses = [...new Set([...before.keys(), ...after.keys()])].sort(compareNames);
  for (const address of addresses) {
    const b = before.get(address);
    const a = after.get(address);
    if (b !== undefined && a !== undefined && b.type === a.type) {
      const attributes = differingAttributes(b.attributes, a.attributes);
      if (attributes.length > 0) {
        out.push({
          ...identity(a, stack),
          kind: 'changed',
          before: b.attributes,
          after: a.attributes,
          attributes,
        });
      }
      continue;
    }
    if (b !== undefined) {
      out.push({ ...identity(b, stack), kind: 'removed', before: b.attributes, attributes: names(b) });
    }
    if (a !== undefined) {
      out.push({ ...identity(a, stack), kind: 'added', after: a.attributes, attributes: names(a) });
    }
  }
  return out;
}

/**
 * A Terraform change as a diff line (`DiffArea.TERRAFORM`, keyed by address): the attributes of an
 * added or removed block, or only those that differ, as canonical JSON; `field` names the differing
 * attributes of a changed block.
 */
export function terraformValueChange(c: TerraformChange): ValueChange {
  const only = (attrs: Readonly<Record<string, unknown>> | undefined): string =>
    canonicalJson(Object.fromEntries(c.attributes.map((k) => [k, attrs?.[k]])));
  return {
    area: DiffArea.TERRAFORM,
    kind: c.kind,
    key: c.address,
    item: c.address,
    ...(c.kind === 'changed' ? { field: c.attributes.join(', ') } : {}),
    ...(c.before !== undefined ? { before: only(c.before) } : {}),
    ...(c.after !== undefined ? { after: only(c.after) } : {}),
  };
}

/**
 * Top-level attributes that differ between two versions of a block, sorted. Values are compared as
 * canonical JSON with lists in any order: the list arguments of the okta resources the construct
 * writes (`group_assignments`, `groups_included`, `target_group_list`, `mappings`, …) are sets to
 * Terraform, so reordering mappings reorders them without changing anything.
 */
export function differingAttributes(
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>> | undefined,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => unordered(before?.[k]) !== unordered(after?.[k])).sort();
}

/** Canonical JSON with the items of every list sorted by their own canonical JSON. */
function unordered(value: unknown): string | undefined {
  const sortLists = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      return v
        .map(sortLists)
        .map((item) => [canonicalJson(item), item] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, item]) => item);
    }
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, m]) => [k, sortLists(m)]));
    }
    return v;
  };
  return value === undefined ? undefined : canonicalJson(sortLists(value));
}

function identity(
  b: TerraformBlock,
  stack: string,
): Pick<TerraformChange, 'stack' | 'address' | 'type' | 'mode'> {
  return { stack, address: b.address, type: b.type, mode: b.mode };
}

function names(b: TerraformBlock): string[] {
  return Object.keys(b.attributes).sort();
}
