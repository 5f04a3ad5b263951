import type { IntegrationManifest, StackManifest } from '../manifest/integration-manifest';
import { canonicalJson } from '../text/canonical-json';
import { SETTING_FIELDS } from '../settings/settings-fields';
import { type ChangeKind, DiffArea, NO_INTEGRATION, roleMappingItem, type ValueChange } from './diff-model';
import {
  extraAttributeKey,
  groupMappingKey,
  groupMappingLabel,
  roleMappingKey,
  userMappingKey,
} from '../model/mapping-keys';
import { indexIntegrations, integrationKey, pairStacks } from './app-matching';
import { OktaAdminRole } from '../mappings/mapping-types';
import { pairReplacedMappings } from './replaced-mappings';
import { reviewStackResources } from './resource-review';
import { reviewStackConfig } from './stack-config-review';
import type { RiskRule } from './risk-rule';
import { riskRuleFor } from './risk-rules';
import { roleWithScope } from './role-scope';
import { terraformValueChange } from './terraform-changes';

/** Differences of one integration, identified by stack and construct id. */
export interface IntegrationDiff {
  readonly stack: string;
  /** Construct id; `NO_INTEGRATION` for the resources of the stack that no integration accounts for. */
  readonly id: string;
  readonly kind: ChangeKind;
  /**
   * Empty for added and removed integrations, but for the Terraform resource differences
   * (`DiffArea.TERRAFORM`) their manifest does not explain.
   */
  readonly changes: ValueChange[];
}

/**
 * A finding about a head stack beyond its integrations' manifests, as the review reports it: a file
 * or block Terraform loads that the reader cannot vouch for (HCL, a module, an unknown block, an
 * override file, provider binaries), a deploy guard that does not match its manifest, a side effect
 * (provisioner, `external`, `http`), a resource of another provider, a changed provider or
 * terraform setting, a password policy's scope.
 */
export interface StackFinding {
  /** The head stack it is about. */
  readonly stack: string;
  /** Construct id of the integration it is about; empty when none. */
  readonly integration: string;
  /** The risk rule the review ranks it by (the rule ids and fixes are in docs/review.md). */
  readonly rule: RiskRule;
  /** What was found, keyed by its file, block, address or setting; `label` says what it means. */
  readonly change: ValueChange;
}

/** Semantic diff of two synthesized apps. */
export interface AppDiff {
  /** Only integrations that differ, sorted by stack then id. */
  readonly integrations: IntegrationDiff[];
  /** The findings about the head's stacks, by stack name. */
  readonly stackFindings: readonly StackFinding[];
  /** True when no integration differs and no head stack has a finding. */
  readonly equal: boolean;
}

/**
 * Compares the integrations of two synthesized apps by meaning: items are matched by key (setting
 * path, Okta attribute, LDAP group → Okta group, role, resource address), never by position, so a
 * change of order alone is no difference. Stacks read from `cdk.tf.json` are compared at the
 * resource level too: an okta resource or data source added, removed or changed that the manifest
 * diff does not explain (see `AccountedChange.explained`) is a `DiffArea.TERRAFORM` change of the
 * integration that accounts for it, or of `NO_INTEGRATION` when none does. The findings the review
 * makes about each head stack beyond its manifests (`StackFinding`) are listed too.
 */
export function diffApps(base: readonly StackManifest[], head: readonly StackManifest[]): AppDiff {
  const before = indexIntegrations(base);
  const after = indexIntegrations(head);
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const diffs = new Map<string, IntegrationDiff>();
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    const { stack, integration } = (a ?? b)!;
    if (a === undefined || b === undefined) {
      diffs.set(key, { stack, id: integration.id, kind: a === undefined ? 'removed' : 'added', changes: [] });
      continue;
    }
    const changes = diffIntegration(b.integration, a.integration);
    if (changes.length > 0) diffs.set(key, { stack, id: integration.id, kind: 'changed', changes });
  }
  const stackFindings: StackFinding[] = [];
  for (const { stack, base: b, head: a } of pairStacks(base, head)) {
    for (const f of a === undefined ? [] : reviewStackConfig(b, a)) {
      const { id, level, title, reason } = riskRuleFor(f.subject);
      const rule = { id, level, title, reason };
      stackFindings.push({ stack, integration: f.integration, rule, change: f.change });
    }
    const computed = new Map<string, ValueChange[]>();
    const changesOf = (id: string): ValueChange[] => {
      const key = integrationKey(stack, id);
      let list = computed.get(key);
      if (list === undefined) {
        list = integrationChanges(before.get(key)?.integration, after.get(key)?.integration);
        computed.set(key, list);
      }
      return list;
    };
    for (const c of reviewStackResources(stack, b, a, changesOf).changes) {
      if (c.explained) continue;
      const id = c.integration === '' ? NO_INTEGRATION : c.integration;
      const key = integrationKey(stack, id);
      if (!diffs.has(key)) diffs.set(key, { stack, id, kind: 'changed', changes: [] });
      diffs.get(key)!.changes.push(terraformValueChange(c));
    }
  }
  const integrations = [...diffs.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, d]) => d);
  return { integrations, stackFindings, equal: integrations.length === 0 && stackFindings.length === 0 };
}

/**
 * Every difference of one integration between base and head. An added integration is compared with
 * itself without mappings, resources or warnings (so each of them is an addition), a removed one
 * the other way round; neither given is no difference.
 */
export function integrationChanges(base?: IntegrationManifest, head?: IntegrationManifest): ValueChange[] {
  if (base !== undefined && head !== undefined) return diffIntegration(base, head);
  if (head !== undefined) return diffIntegration(withoutMappings(head), head);
  if (base !== undefined) return diffIntegration(base, withoutMappings(base));
  return [];
}

/** The same integration with no mapping, resource or warning: the "other side" of an added or removed one. */
function withoutMappings(m: IntegrationManifest): IntegrationManifest {
  const { passwordPolicy: _policy, deleteWhenAbsent: _delete, ...rest } = m;
  return { ...rest, userMappings: {}, groupMappings: [], roleMappings: [], resources: [], warnings: [] };
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
    flat.set('profileMappingRemoval', m.profileMappingRemoval ?? 'PROTECT');
    return flat;
  };
  return pairReplacedMappings(base, head, [
    ...compareMaps(DiffArea.SETTING, settingsOf(base), settingsOf(head), SETTING_LABELS),
    ...compareMaps(DiffArea.USER_MAPPING, userMappingsOf(base), userMappingsOf(head)),
    ...compareKeyedObjects(DiffArea.GROUP_MAPPING, base.groupMappings, head.groupMappings, (g) => [
      groupMappingKey(g),
      ['oktaGroup'],
      { label: groupMappingLabel(g), labelFields: ['ldapGroup'] },
    ]),
    ...compareKeyedObjects(DiffArea.ROLE_MAPPING, base.roleMappings, head.roleMappings, (r) =>
      // A custom role reads with its scope: the role and resource set its two ids name in Okta.
      r.role === OktaAdminRole.CUSTOM
        ? [
            roleMappingItem(r),
            roleMappingKeyFields(r),
            { label: `${r.ldapGroup}: ${roleWithScope(r)}`, labelFields: [] },
          ]
        : [roleMappingItem(r), roleMappingKeyFields(r)],
    ),
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
  ]);
}

/**
 * Flattens settings to `path -> display value`. Arrays of scalars are sets (sorted); arrays of
 * objects are keyed by `extraAttributeKey` (extra user attributes) or their canonical JSON.
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
          const id =
            typeof item.ldapAttribute === 'string'
              ? extraAttributeKey(item as { ldapAttribute: string; profileProperty?: string })
              : canonicalJson(item);
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

/** The fields of a role mapping that are part of its key (`roleMappingItem`): a change of one is a new mapping. */
function roleMappingKeyFields(r: Parameters<typeof roleMappingItem>[0]): string[] {
  return [
    'ldapGroup',
    'role',
    ...(roleMappingKey(r).customIds !== undefined ? ['roleId', 'resourceSetId'] : []),
  ];
}

/** How a keyed item is printed when its key alone does not say what it is. */
interface ItemLabel {
  /** The printed key of the item, e.g. `engineering → Engineering`. */
  readonly label: string;
  /** Fields that are compared but already shown in the label (left out of an added or removed item). */
  readonly labelFields: readonly string[];
}

/** One keyed item of a side of a diff: its printed label and its other fields, flattened. */
interface KeyedItem {
  readonly label: string;
  readonly fields: Map<string, string>;
  /** `fields` without the label's fields: what an added or removed item lists. */
  readonly summary: string;
}

/**
 * Items matched by key; added/removed show the whole item, changed items one entry per field. The
 * key is the change's `item`; the label (the key unless given; head's for a changed item) is printed.
 */
function compareKeyedObjects<T extends object>(
  area: DiffArea,
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => [key: string, keyFields: string[], label?: ItemLabel],
): ValueChange[] {
  const index = (items: readonly T[]): Map<string, KeyedItem> => {
    const out = new Map<string, KeyedItem>();
    for (const item of items) {
      const [key, keyFields, label] = keyOf(item);
      const rest = Object.fromEntries(Object.entries(item).filter(([k]) => !keyFields.includes(k)));
      const fields = flatten(rest);
      const summary = [...fields]
        .filter(([k]) => !(label?.labelFields ?? []).includes(k))
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ');
      out.set(key, { label: label?.label ?? key, fields, summary });
    }
    return out;
  };
  const b = index(before);
  const a = index(after);
  const out: ValueChange[] = [];
  for (const key of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    const ib = b.get(key);
    const ia = a.get(key);
    if (ib === undefined || ia === undefined) {
      const { label, summary } = (ia ?? ib)!;
      out.push({
        area,
        kind: ib === undefined ? 'added' : 'removed',
        key: label,
        item: key,
        ...(ib === undefined ? { after: summary } : { before: summary }),
      });
      continue;
    }
    for (const change of compareMaps(area, ib.fields, ia.fields)) {
      out.push({
        ...change,
        kind: 'changed',
        key: `${ia.label}: ${change.key}`,
        item: key,
        field: change.key,
      });
    }
  }
  return out;
}

/** The user mappings of an integration by `userMappingKey`, values for display. */
function userMappingsOf(m: IntegrationManifest): Map<string, string> {
  return new Map(
    Object.entries(m.userMappings).map(([attribute, expression]) => [
      userMappingKey(attribute),
      display(expression),
    ]),
  );
}

function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
