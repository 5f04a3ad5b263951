/**
 * How the manifests of a stack account for its okta resources and data sources: which integration's
 * manifest describes each block, whether it describes it truly, and which manifest changes are about
 * it. The manifest is a comment Terraform ignores; the blocks are what Terraform applies.
 */
import type { IntegrationManifest, StackManifest, TerraformBlock } from '../manifest/integration-manifest';
import { type LdapGroupMapping, type LdapRoleMapping, OktaAdminRole } from '../mappings/mapping-types';
import { canonicalJson } from '../text/canonical-json';
import { isLiteralAppId } from '../manifest/ldap-app-id';
import { terraformLiteral } from '../terraform/terraform-literal';
import { groupMappingKey, groupMappingLabel } from '../model/mapping-keys';
import { DiffArea, roleMappingItem, type ValueChange } from './diff-model';
import { takesGroupTargets } from '../mappings/role-targets';
import { appGroupSearch, groupRuleExpressionId } from '../mappings/okta-expressions';

/** Where a manifest disagrees with the block Terraform will apply. */
export interface ManifestProblem {
  readonly address: string;
  /** Construct id of the integration whose manifest disagrees. */
  readonly integration: string;
  /** What disagrees: an attribute (`role_type`), `type`, or `address` when the block is absent. */
  readonly what: string;
  /** What the manifest says. */
  readonly manifest: string;
  /** What `cdk.tf.json` says; unset when the block is absent. */
  readonly terraform?: string;
}

/** How the manifests of a stack account for one okta block. */
export interface BlockAccount {
  /** Construct id of the integration whose manifest accounts for it; unset when none does. */
  readonly integration?: string;
  /** Whether a change of that integration's manifest diff is about the block (e.g. the mapping it implements). */
  readonly relates: (change: ValueChange) => boolean;
  /** Where that manifest disagrees with the block's attributes; empty when it describes it truly. */
  readonly problems: readonly ManifestProblem[];
}

/** The accounting of one stack. */
export interface StackAccounting {
  /** Every okta block of the stack, by address. */
  readonly blocks: ReadonlyMap<string, BlockAccount>;
  /** Okta addresses a manifest lists that the stack does not declare, or declares with another type. */
  readonly notDeclared: readonly ManifestProblem[];
}

type Problem = Omit<ManifestProblem, 'address' | 'integration'>;

/** The okta resource types OktaLdapIntegration makes: the only ones a manifest may account for. */
const CONSTRUCT_TYPES = new Set([
  'okta_group',
  'okta_group_rule',
  'okta_group_role',
  'okta_profile_mapping',
  'okta_policy_password',
  'okta_app_user_schema_property',
]);
type Blocks = ReadonlyMap<string, TerraformBlock>;
interface Check {
  readonly relates: (change: ValueChange) => boolean;
  readonly problems: readonly Problem[];
}

/**
 * The exact lookup of an imported LDAP group's id, as the construct writes it:
 * `${[for g in data.okta_groups.<name>.groups : g.id if g.source == <app>][0]}`.
 */
const LOOKUP_ID =
  /^\$\{\[for g in (data\.okta_groups\.[A-Za-z0-9_-]+)\.groups : g\.id if g\.source == ([^\]]+)\]\[0\]\}$/;
const GROUP_ID_REFERENCE = /^\$\{(okta_group\.[A-Za-z0-9_-]+)\.id\}$/;

/**
 * Accounts for every okta block of a stack (`stack.terraform`) by the manifests of its integrations.
 * A resource is accounted for by the manifest that lists its address with its type; a data source by
 * the manifest whose mappings need it (the exact lookup of one of its LDAP groups, the default user
 * type of its profile mapping). Each accounted resource is then checked against what its manifest says.
 */
export function accountStack(stack: StackManifest, terraform: readonly TerraformBlock[]): StackAccounting {
  const byAddress: Blocks = new Map(terraform.map((b) => [b.address, b]));
  const listedBy = new Map<string, IntegrationManifest>();
  const notDeclared: ManifestProblem[] = [];
  for (const m of stack.integrations) {
    for (const r of m.resources) {
      if (!r.type.startsWith('okta_') && !typeOfAddress(r.address).startsWith('okta_')) continue;
      const block = byAddress.get(r.address);
      const at = { address: r.address, integration: m.id };
      if (!CONSTRUCT_TYPES.has(r.type)) {
        // A manifest may only account for what the construct makes: anything else stays unaccounted.
        const terraform = `${block?.type ?? '(not declared)'}, a type OktaLdapIntegration never makes`;
        notDeclared.push({ ...at, what: 'type', manifest: r.type, terraform });
      } else if (block === undefined) notDeclared.push({ ...at, what: 'address', manifest: r.type });
      else if (block.type !== r.type)
        notDeclared.push({ ...at, what: 'type', manifest: r.type, terraform: block.type });
      else if (!listedBy.has(r.address)) listedBy.set(r.address, m);
    }
  }
  const blocks = new Map<string, BlockAccount>();
  for (const block of terraform) {
    const owner = block.mode === 'data' ? dataOwner(stack, block) : listedBy.get(block.address);
    if (owner === undefined) {
      blocks.set(block.address, { relates: () => false, problems: [] });
      continue;
    }
    const check = checkBlock(owner, block, byAddress);
    const common = (c: ValueChange): boolean =>
      (c.area === DiffArea.SETTING && c.key === 'ldapAppId') ||
      (c.area === DiffArea.RESOURCE && c.key === block.address);
    blocks.set(block.address, {
      integration: owner.id,
      relates: (c) => common(c) || check.relates(c),
      problems: [...check.problems, ...repeated(block)].map((p) => ({
        address: block.address,
        integration: owner.id,
        ...p,
      })),
    });
  }
  return { blocks, notDeclared };
}

/** `count` or `for_each` on a block: the construct never repeats one, and how many there will be is unknown. */
function repeated(b: TerraformBlock): Problem[] {
  return ['count', 'for_each']
    .filter((key) => b.attributes[key] !== undefined)
    .map((key) => ({ what: key, manifest: '(unset): one block', terraform: show(b.attributes[key]) }));
}

function checkBlock(m: IntegrationManifest, b: TerraformBlock, blocks: Blocks): Check {
  if (b.mode === 'data') {
    return b.type === 'okta_groups'
      ? dataLookupCheck(m, b)
      : { relates: (c) => c.area === DiffArea.USER_MAPPING, problems: [] };
  }
  switch (b.type) {
    case 'okta_group_role':
      return checkGroupRole(m, b, blocks);
    case 'okta_group_rule':
      return checkGroupRule(m, b, blocks);
    case 'okta_group':
      return checkGroup(m, b);
    case 'okta_profile_mapping':
      return checkProfileMapping(m, b);
    case 'okta_policy_password':
      return checkPasswordPolicy(m, b, blocks);
    case 'okta_app_user_schema_property':
      return checkSchemaProperty(m, b);
    default:
      return { relates: () => false, problems: [] };
  }
}

function checkGroupRole(m: IntegrationManifest, b: TerraformBlock, blocks: Blocks): Check {
  const a = b.attributes;
  const ldapGroup = lookedUpGroup(m, a.group_id, blocks);
  if (ldapGroup === undefined) {
    return {
      relates: () => false,
      problems: [
        {
          what: 'group_id',
          manifest: 'the exact lookup of an LDAP group it maps',
          terraform: show(a.group_id),
        },
      ],
    };
  }
  const roles = indexOf(m).rolesOf.get(ldapGroup) ?? [];
  const mapping = roles.find((r) => r.role === a.role_type);
  if (mapping === undefined) {
    const listed = roles.map((r) => r.role).join(', ') || 'no role';
    return {
      relates: () => false,
      problems: [
        {
          what: 'role_type',
          manifest: `${listed} for LDAP group ${ldapGroup}`,
          terraform: show(a.role_type),
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const compare = (what: string, expected: unknown, actual: unknown): void => {
    if (canonicalJson(expected) !== canonicalJson(actual)) {
      problems.push({ what, manifest: show(expected), terraform: show(actual) });
    }
  };
  const targets = (v: readonly string[] | undefined): string[] => (v ?? []).map(terraformLiteral).sort();
  const listed = (v: unknown): string[] => (Array.isArray(v) ? v.map(String).sort() : []);
  if (takesGroupTargets(mapping.role)) {
    compare('target_group_list', targets(mapping.targetGroupIds), listed(a.target_group_list));
  }
  if (mapping.role === OktaAdminRole.APP_ADMIN) {
    compare('target_app_list', targets(mapping.targetApps), listed(a.target_app_list));
  }
  if (mapping.role === OktaAdminRole.CUSTOM) {
    compare('role_id', literal(mapping.roleId), a.role_id);
    compare('resource_set_id', literal(mapping.resourceSetId), a.resource_set_id);
  }
  return {
    relates: (c) =>
      c.area === DiffArea.ROLE_MAPPING &&
      (c.item === roleMappingItem(mapping) || c.replaces === roleMappingItem(mapping)),
    problems,
  };
}

function checkGroupRule(m: IntegrationManifest, b: TerraformBlock, blocks: Blocks): Check {
  const a = b.attributes;
  const inner =
    typeof a.expression_value === 'string' ? groupRuleExpressionId(a.expression_value) : undefined;
  const ldapGroup = lookedUpGroup(m, inner, blocks);
  const assignments = Array.isArray(a.group_assignments) ? (a.group_assignments as unknown[]) : [];
  const groupRef =
    assignments.length === 1 ? GROUP_ID_REFERENCE.exec(String(assignments[0]))?.[1] : undefined;
  const groupName = groupRef === undefined ? undefined : blocks.get(groupRef)?.attributes.name;
  const problems: Problem[] = [];
  if (ldapGroup === undefined) {
    problems.push({
      what: 'expression_value',
      manifest: 'isMemberOfAnyGroup(<the exact lookup of an LDAP group it maps>)',
      terraform: show(a.expression_value),
    });
  }
  if (typeof groupName !== 'string') {
    problems.push({
      what: 'group_assignments',
      manifest: 'one Okta group it maps',
      terraform: show(a.group_assignments),
    });
  }
  const named = typeof groupName === 'string' ? indexOf(m).groupsNamed.get(groupName) : undefined;
  const mapping = named?.find((g) => g.ldapGroup === ldapGroup);
  if (problems.length === 0 && mapping === undefined) {
    problems.push({
      what: 'group mapping',
      manifest: m.groupMappings.map(groupMappingLabel).join(', ') || 'none',
      terraform: `${ldapGroup} → ${String(groupName)}`,
    });
  }
  return {
    relates: (c) =>
      mapping !== undefined &&
      c.area === DiffArea.GROUP_MAPPING &&
      (c.item === groupMappingKey(mapping) || c.replaces === groupMappingKey(mapping)),
    problems,
  };
}

function checkGroup(m: IntegrationManifest, b: TerraformBlock): Check {
  const keys = new Set(
    (typeof b.attributes.name === 'string' ? (indexOf(m).groupsNamed.get(b.attributes.name) ?? []) : []).map(
      groupMappingKey,
    ),
  );
  const problems: Problem[] =
    keys.size > 0
      ? []
      : [
          {
            what: 'name',
            manifest: m.groupMappings.map((g) => g.oktaGroup).join(', ') || 'no group',
            terraform: show(b.attributes.name),
          },
        ];
  return {
    relates: (c) =>
      c.area === DiffArea.GROUP_MAPPING && (keys.has(c.item ?? '') || keys.has(c.replaces ?? '')),
    problems,
  };
}

function checkProfileMapping(m: IntegrationManifest, b: TerraformBlock): Check {
  const a = b.attributes;
  const expected = Object.fromEntries(
    Object.entries(m.userMappings).map(([k, v]) => [terraformLiteral(k), terraformLiteral(v)]),
  );
  const rows = Array.isArray(a.mappings) ? (a.mappings as { id?: unknown; expression?: unknown }[]) : [];
  const actual = Object.fromEntries(rows.map((r) => [String(r?.id), r?.expression]));
  const problems: Problem[] = [];
  if (canonicalJson(expected) !== canonicalJson(actual)) {
    problems.push({ what: 'mappings', manifest: canonicalJson(expected), terraform: canonicalJson(actual) });
  }
  if ((a.delete_when_absent === true) !== (m.deleteWhenAbsent === true)) {
    problems.push({
      what: 'delete_when_absent',
      manifest: String(m.deleteWhenAbsent === true),
      terraform: show(a.delete_when_absent),
    });
  }
  problems.push(...appIdProblems(m, 'source_id', a.source_id));
  return {
    relates: (c) =>
      c.area === DiffArea.USER_MAPPING ||
      (c.area === DiffArea.SETTING && (c.key === 'deleteWhenAbsent' || c.key === 'profileMappingRemoval')),
    problems,
  };
}

function checkPasswordPolicy(m: IntegrationManifest, b: TerraformBlock, blocks: Blocks): Check {
  const a = b.attributes;
  const problems: Problem[] = policyScopeProblems(m, a, blocks);
  if (m.passwordPolicy === undefined) {
    problems.push({ what: 'name', manifest: 'no password policy', terraform: show(a.name) });
  } else if (terraformLiteral(m.passwordPolicy.name) !== a.name) {
    problems.push({ what: 'name', manifest: m.passwordPolicy.name, terraform: show(a.name) });
  }
  if (a.auth_provider !== 'LDAP')
    problems.push({ what: 'auth_provider', manifest: 'LDAP', terraform: show(a.auth_provider) });
  return {
    relates: (c) => c.area === DiffArea.PASSWORD_POLICY || c.area === DiffArea.GROUP_MAPPING,
    problems,
  };
}

function checkSchemaProperty(m: IntegrationManifest, b: TerraformBlock): Check {
  const a = b.attributes;
  const attribute = m.settings.user.extraAttributes.find(
    (x) => terraformLiteral(x.ldapAttribute) === a.external_name,
  );
  const problems: Problem[] = [...appIdProblems(m, 'app_id', a.app_id)];
  if (attribute === undefined) {
    const listed =
      m.settings.user.extraAttributes.map((x) => x.ldapAttribute).join(', ') || 'no extra attribute';
    problems.push({ what: 'external_name', manifest: listed, terraform: show(a.external_name) });
  }
  const prefix = attribute === undefined ? undefined : `user.extraAttributes[${attribute.ldapAttribute}]`;
  return {
    relates: (c) => prefix !== undefined && c.area === DiffArea.SETTING && c.key.startsWith(prefix),
    problems,
  };
}

/**
 * The policy's scope against the manifest: `groups_included` (a mapped Okta group by its reference,
 * any other group by its id as written; every mapped group when the manifest names none), `priority`
 * (absent when the manifest has none) and `status` (ACTIVE).
 */
function policyScopeProblems(
  m: IntegrationManifest,
  a: Readonly<Record<string, unknown>>,
  blocks: Blocks,
): Problem[] {
  const policy = m.passwordPolicy;
  if (policy === undefined) return [];
  const refs = new Map<string, string>();
  for (const r of m.resources) {
    const group = r.type === 'okta_group' ? blocks.get(r.address) : undefined;
    const name = group?.attributes.name;
    if (typeof name === 'string' && !refs.has(name)) refs.set(name, `\${${r.address}.id}`);
  }
  const expected =
    policy.groups === undefined
      ? [...new Set(m.groupMappings.map((g) => refs.get(terraformLiteral(g.oktaGroup))))].filter(
          (g) => g !== undefined,
        )
      : policy.groups.map((g) => refs.get(terraformLiteral(g)) ?? terraformLiteral(g));
  const problems: Problem[] = [];
  const sorted = (v: unknown): string =>
    canonicalJson(Array.isArray(v) ? [...new Set(v.map(String))].sort() : (v ?? []));
  if (sorted(expected) !== sorted(a.groups_included)) {
    problems.push({
      what: 'groups_included',
      manifest: sorted(expected),
      terraform: show(a.groups_included),
    });
  }
  if (canonicalJson(policy.priority ?? null) !== canonicalJson(a.priority ?? null)) {
    problems.push({
      what: 'priority',
      manifest: String(policy.priority ?? '(unset)'),
      terraform: show(a.priority),
    });
  }
  if (a.status !== 'ACTIVE') problems.push({ what: 'status', manifest: 'ACTIVE', terraform: show(a.status) });
  return problems;
}

/** The manifest that needs a data source: the exact lookup of one of its LDAP groups, or its profile mapping's user type. */
function dataOwner(stack: StackManifest, b: TerraformBlock): IntegrationManifest | undefined {
  const candidates = stack.integrations.filter((m) =>
    b.type === 'okta_groups'
      ? ldapGroupOfSearch(m, b.attributes.search) !== undefined
      : b.type === 'okta_user_type' && b.attributes.name === 'user' && Object.keys(m.userMappings).length > 0,
  );
  // Two integrations may need the same data source: the construct names each after its integration
  // (`<id>_LdapGroup-…`), and a group lookup names its app.
  const name = b.address.split('.').pop() ?? '';
  const text = canonicalJson(b.attributes);
  return (
    candidates.find((m) => name.startsWith(`${m.id.replace(/[^A-Za-z0-9_-]/g, '_')}_`)) ??
    candidates.find((m) => text.includes(JSON.stringify(JSON.stringify(m.ldapAppId)).slice(1, -1))) ??
    candidates[0]
  );
}

function dataLookupCheck(m: IntegrationManifest, b: TerraformBlock): Check {
  const ldapGroup = ldapGroupOfSearch(m, b.attributes.search);
  const keys = (ldapGroup === undefined ? undefined : indexOf(m).keysOf.get(ldapGroup)) ?? new Set<string>();
  return {
    relates: (c) =>
      (c.area === DiffArea.GROUP_MAPPING || c.area === DiffArea.ROLE_MAPPING) && keys.has(c.item ?? ''),
    problems: [],
  };
}

/** The LDAP group whose exact lookup (of this integration's app) an id expression reads, if it is one. */
function lookedUpGroup(m: IntegrationManifest, idExpression: unknown, blocks: Blocks): string | undefined {
  const match = typeof idExpression === 'string' ? LOOKUP_ID.exec(idExpression) : null;
  if (match === null) return undefined;
  if (isLiteralAppId(m.ldapAppId) && match[2] !== JSON.stringify(m.ldapAppId)) return undefined;
  return ldapGroupOfSearch(m, blocks.get(match[1]!)?.attributes.search);
}

function ldapGroupOfSearch(m: IntegrationManifest, search: unknown): string | undefined {
  return typeof search === 'string' ? indexOf(m).groupOfSearch.get(search) : undefined;
}

/** A manifest's mappings indexed for the checks (a stack may hold thousands of them). */
interface ManifestIndex {
  /** The exact lookup's `search` (as written in Terraform JSON) → its LDAP group. */
  readonly groupOfSearch: ReadonlyMap<string, string>;
  /** Group mappings by their Okta group's name as written in Terraform JSON. */
  readonly groupsNamed: ReadonlyMap<string, LdapGroupMapping[]>;
  readonly rolesOf: ReadonlyMap<string, LdapRoleMapping[]>;
  /** Keys of the group and role mappings of each LDAP group. */
  readonly keysOf: ReadonlyMap<string, Set<string>>;
}

const INDEXES = new WeakMap<IntegrationManifest, ManifestIndex>();

function indexOf(m: IntegrationManifest): ManifestIndex {
  let index = INDEXES.get(m);
  if (index !== undefined) return index;
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  const groupOfSearch = new Map<string, string>();
  const groupsNamed = new Map<string, LdapGroupMapping[]>();
  const rolesOf = new Map<string, LdapRoleMapping[]>();
  const keysOf = new Map<string, string[]>();
  for (const g of m.groupMappings) {
    push(groupsNamed, terraformLiteral(g.oktaGroup), g);
    push(keysOf, g.ldapGroup, groupMappingKey(g));
  }
  for (const r of m.roleMappings) {
    push(rolesOf, r.ldapGroup, r);
    push(keysOf, r.ldapGroup, roleMappingItem(r));
  }
  for (const g of keysOf.keys()) groupOfSearch.set(terraformLiteral(appGroupSearch(g)), g);
  index = {
    groupOfSearch,
    groupsNamed,
    rolesOf,
    keysOf: new Map([...keysOf].map(([g, k]) => [g, new Set(k)])),
  };
  INDEXES.set(m, index);
  return index;
}

function appIdProblems(m: IntegrationManifest, what: string, value: unknown): Problem[] {
  if (!isLiteralAppId(m.ldapAppId) || value === m.ldapAppId) return [];
  return [{ what, manifest: m.ldapAppId, terraform: show(value) }];
}

function literal(v: string | undefined): string | undefined {
  return v === undefined ? undefined : terraformLiteral(v);
}

/** The resource or data source type of a Terraform address (`okta_group.x`, `data.okta_groups.y`). */
export function typeOfAddress(address: string): string {
  const parts = address.split('.');
  return (parts[0] === 'data' ? parts[1] : parts[0]) ?? '';
}

function show(v: unknown): string {
  return v === undefined ? '(unset)' : typeof v === 'string' ? v : canonicalJson(v);
}
