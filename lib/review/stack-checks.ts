/**
 * The checks of what a stack's Terraform will run and where it sends its credentials, besides the
 * okta resources the manifests account for: commands and outside calls (provisioners, `external`,
 * `http`), resources of other providers, the provider and terraform settings, and the scope of the
 * password policies. Each finding is a diff line keyed by the block's address or the setting.
 */
import * as path from 'path';
import type { StackManifest, TerraformBlock } from '../manifest/integration-manifest';
import { canonicalJson } from '../text/canonical-json';
import { compareNames } from '../text/compare-names';
import { DiffArea, type ValueChange } from './diff-model';
import { StackCheckKind } from './risk-rule';

/** One finding of the stack checks. */
export interface StackCheckFinding {
  /** Construct id of the integration it is about; empty when none. */
  readonly integration: string;
  readonly kind: StackCheckKind;
  readonly change: ValueChange;
}

/** Data sources that run a program or call a URL at plan time. */
const CALLING_DATA_SOURCES = new Set(['external', 'http']);
/** Built-in resources that do nothing by themselves (without a provisioner). */
const INERT_TYPES = new Set(['terraform_data', 'null_resource']);

/**
 * Side effects and resources of other providers, added or changed from `base` to `head` (every block
 * of `head` when there is no base). `skip` holds the addresses another check reviews (the guards).
 */
export function sideEffects(
  base: StackManifest | undefined,
  head: StackManifest,
  skip: ReadonlySet<string>,
): StackCheckFinding[] {
  const before = new Map(
    [...(base?.terraform ?? []), ...(base?.otherBlocks ?? [])].map((b) => [b.address, b]),
  );
  const out: StackCheckFinding[] = [];
  for (const block of [...(head.terraform ?? []), ...(head.otherBlocks ?? [])]) {
    const found = sideEffectOf(block);
    if (found === undefined || skip.has(block.address)) continue;
    const old = before.get(block.address);
    if (old !== undefined && blockText(old) === blockText(block)) continue;
    const kind = old === undefined ? 'added' : 'changed';
    out.push(finding(found.kind, block.address, kind, found.what, found.value));
  }
  return out;
}

/** What a block runs or calls beside Okta, if anything: most blocks (okta resources) are skipped at once. */
function sideEffectOf(
  block: TerraformBlock,
): { kind: StackCheckKind; what: string; value: string } | undefined {
  const where = block.file === undefined ? '' : ` (in ${block.file})`;
  const provisioner = block.attributes.provisioner;
  if (provisioner !== undefined) {
    const count = Array.isArray(provisioner) ? provisioner.length : 1;
    const what = `${count} provisioner(s)${where}: Terraform runs them where the deploy runs`;
    return { kind: StackCheckKind.SIDE_EFFECT, what, value: canonicalJson(provisioner) };
  }
  if (block.mode === 'data' && CALLING_DATA_SOURCES.has(block.type)) {
    const what = `data source ${block.type}${where}: runs a program or calls a URL at every plan`;
    return { kind: StackCheckKind.SIDE_EFFECT, what, value: canonicalJson(block.attributes) };
  }
  if (!block.type.startsWith('okta_') && !INERT_TYPES.has(block.type)) {
    const what = `${block.mode === 'data' ? 'data source' : 'resource'} of the ${block.type.split('_')[0]} provider${where}`;
    return { kind: StackCheckKind.OTHER_RESOURCE, what, value: canonicalJson(block.attributes) };
  }
  return undefined;
}

function blockText(b: TerraformBlock): string {
  return canonicalJson({ a: b.attributes, d: b.dependsOn ?? [] });
}

function finding(
  kind: StackCheckKind,
  key: string,
  change: 'added' | 'changed' | 'removed',
  label: string,
  value?: string,
  before?: string,
  integration = '',
): StackCheckFinding {
  return {
    integration,
    kind,
    change: {
      area: DiffArea.TERRAFORM,
      kind: change,
      key,
      item: key,
      label,
      ...(before !== undefined ? { before } : {}),
      ...(value !== undefined && change !== 'removed' ? { after: value } : {}),
      ...(value !== undefined && change === 'removed' ? { before: value } : {}),
    },
  };
}

/** Settings that decide where the okta provider sends the API token, or which program gets it. */
const CREDENTIAL_SETTING =
  /^(?:provider\.okta(?:\[[^\]]*\])?\.(?:base_url|org_name|http_proxy|api_token|client_id|private_key|private_key_id|scopes)|terraform\.required_providers\.[^.]+\.source|provider\.(?!okta(?:\[|$))[^.[]+(?:\[[^\]]*\])?)$/;

/**
 * The provider and terraform settings that differ from `base` to `head`. With no base, only the
 * settings that route credentials are listed (where the token goes is worth a look on a first
 * pull request), and a provider source other than the okta provider's registry address.
 */
export function settingChanges(base: StackManifest | undefined, head: StackManifest): StackCheckFinding[] {
  const after = normalised(head.settings ?? {});
  const before = base === undefined ? undefined : normalised(base.settings ?? {});
  const out: StackCheckFinding[] = [];
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before ?? {})])].sort(compareNames);
  for (const key of keys) {
    const a = after[key];
    const b = before?.[key];
    if (a === b) continue;
    const credential = CREDENTIAL_SETTING.test(key);
    if (
      before === undefined &&
      (!credential || (key === 'terraform.required_providers.okta.source' && a === '"okta/okta"'))
    ) {
      continue;
    }
    const kind = credential ? StackCheckKind.CREDENTIALS : StackCheckKind.TERRAFORM_SETTING;
    const change = b === undefined ? 'added' : a === undefined ? 'removed' : 'changed';
    const label = credential ? credentialLabel(key, a) : 'provider or terraform setting';
    out.push(finding(kind, key, change, label, a ?? b, change === 'changed' ? b : undefined));
  }
  return out;
}

function credentialLabel(key: string, value: string | undefined): string {
  if (key.endsWith('.source'))
    return `the provider binary comes from ${value ?? '(the default)'}, and runs with the token`;
  if (/^provider\.okta/.test(key)) return `the API token goes where this says (${key.split('.').pop()})`;
  return 'another provider runs where the deploy runs, with the Okta token in its environment';
}

/** A local backend's state path is the checkout's: only its file name is compared. */
function normalised(settings: Readonly<Record<string, string>>): Record<string, string> {
  const out = { ...settings };
  const local = out['terraform.backend.local'];
  if (local !== undefined) {
    const config = JSON.parse(local) as { path?: unknown };
    if (typeof config.path === 'string') {
      out['terraform.backend.local'] = canonicalJson({ ...config, path: path.basename(config.path) });
    }
  }
  return out;
}

/**
 * Each `okta_policy_password` whose scope grows from `base` to `head`: a group added to
 * `groups_included` (Everyone: every user of the org) other than an Okta group the head itself adds
 * (a new group mapping, which a policy without `groups` covers). Its priority and status are compared
 * with the manifest (`resource-accounting.ts`). With no base, nothing.
 */
export function policyScopeChanges(
  base: StackManifest | undefined,
  head: StackManifest,
): StackCheckFinding[] {
  if (base === undefined) return [];
  const before = new Map((base.terraform ?? []).map((b) => [b.address, b]));
  const inHead = new Set((head.terraform ?? []).map((b) => b.address));
  const out: StackCheckFinding[] = [];
  for (const block of head.terraform ?? []) {
    if (block.type !== 'okta_policy_password' || block.mode !== 'managed') continue;
    const old = before.get(block.address);
    if (old === undefined) continue;
    const list = (v: unknown): string[] =>
      Array.isArray(v)
        ? v.map((x) => (typeof x === 'string' ? x : canonicalJson(x)))
        : [canonicalJson(v ?? null)];
    const had = new Set(list(old.attributes.groups_included));
    const isNewGroup = (g: string): boolean => {
      const ref = /^\$\{(okta_group\.[A-Za-z0-9_-]+)\.id\}$/.exec(g)?.[1];
      return ref !== undefined && !before.has(ref) && inHead.has(ref);
    };
    const added = list(block.attributes.groups_included).filter((g) => !had.has(g) && !isNewGroup(g));
    if (added.length > 0) {
      const what = `groups_included: ${added.length} group(s) added to the LDAP password policy`;
      out.push(finding(StackCheckKind.POLICY_SCOPE, block.address, 'changed', what, added.join(', ')));
    }
  }
  return out;
}
