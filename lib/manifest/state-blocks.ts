/**
 * The `import`, `moved` and `removed` blocks of a stack: they change which Okta object Terraform
 * manages without a resource block to review (`removed` with `destroy = false` forgets an object and
 * leaves it in Okta as it is, an admin role still granted). Deny by default: each is a finding
 * unless it is one the construct writes, as its integration's manifest records it: an adoption's
 * `import` block (`resources[].importId`, lib/resources/adoption-imports.ts) or the `removed` block
 * that keeps a protected profile mapping (lib/resources/profile-mapping-removal.ts).
 */
import { canonicalJson } from '../text/canonical-json';
import { clip } from '../text/untrusted-text';
import { cdktfLogicalId } from './cdktf-logical-id';
import {
  type IntegrationManifest,
  type StackLoadFinding,
  StackLoadFindingKind,
  type TerraformBlock,
} from './integration-manifest';

/** The top-level blocks that act on Terraform's state rather than on a resource's arguments. */
export const STATE_BLOCK_KINDS = ['import', 'moved', 'removed'] as const;

/** One `import`, `moved` or `removed` block, as written. */
export interface StateBlock {
  readonly kind: (typeof STATE_BLOCK_KINDS)[number];
  /** The file that declares it, relative to the output folder. */
  readonly file: string;
  readonly body: Readonly<Record<string, unknown>>;
}

/** What the state blocks are checked against: the stack's name, manifests and okta blocks. */
export interface StateBlockContext {
  readonly stack: string;
  readonly integrations: readonly IntegrationManifest[];
  readonly okta: readonly TerraformBlock[];
}

/** A finding for each of `blocks` that no integration's manifest accounts for, in file order. */
export function unaccountedStateBlocks(
  blocks: readonly StateBlock[],
  context: StateBlockContext,
): StackLoadFinding[] {
  const imports = adoptionImports(context);
  const removals = protectedProfileMappings(context);
  return blocks
    .filter((b) => {
      if (b.kind === 'import') return !imports.has(canonicalJson(b.body));
      if (b.kind === 'removed') return !removals.has(canonicalJson(b.body));
      return true;
    })
    .map((b) => ({
      kind: StackLoadFindingKind.STATE_BLOCK,
      file: b.file,
      block: blockName(b),
      detail: whatTerraformDoes(b),
    }));
}

/** The `import` blocks the construct writes for the adopted resources of the manifests, as canonical JSON. */
function adoptionImports({ integrations, okta }: StateBlockContext): Set<string> {
  const byAddress = new Map(okta.map((b) => [b.address, b]));
  const out = new Set<string>();
  for (const integration of integrations) {
    for (const r of integration.resources) {
      const block = byAddress.get(r.address);
      if (r.importId === undefined || block === undefined) continue;
      const provider = block.attributes.provider;
      out.add(
        canonicalJson({ ...(provider !== undefined ? { provider } : {}), id: r.importId, to: r.address }),
      );
    }
  }
  return out;
}

/**
 * The `removed` blocks the construct writes for an integration without user mappings whose profile
 * mapping is protected (the default): `okta_profile_mapping.<the id its ProfileMapping would have>`,
 * `destroy = false`, when the stack declares no such resource.
 */
function protectedProfileMappings({ stack, integrations, okta }: StateBlockContext): Set<string> {
  const declared = new Set(okta.map((b) => b.address));
  const out = new Set<string>();
  for (const integration of integrations) {
    const mapped = Object.keys(integration.userMappings ?? {}).length > 0;
    if (mapped || integration.profileMappingRemoval === 'CLEAR') continue;
    if (!integration.path.startsWith(`${stack}/`)) continue;
    const ids = integration.path.slice(stack.length + 1).split('/');
    const from = `okta_profile_mapping.${cdktfLogicalId([...ids, 'ProfileMapping'])}`;
    if (!declared.has(from)) out.add(canonicalJson({ from, lifecycle: { destroy: false } }));
  }
  return out;
}

/** A value of the block as a finding shows it: an address as it is, anything else as clipped JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' && /^[\w./\-[\]"]{1,200}$/.test(value)
    ? value
    : clip(canonicalJson(value ?? null), 200);
}

function blockName({ kind, body }: StateBlock): string {
  if (kind === 'import') return `import to ${shown(body.to)}`;
  if (kind === 'moved') return `moved from ${shown(body.from)} to ${shown(body.to)}`;
  return `removed from ${shown(body.from)}`;
}

/** What Terraform will do with the block, in a reviewer's words. */
function whatTerraformDoes({ kind, body }: StateBlock): string {
  if (kind === 'import') {
    return `Terraform will take over the existing Okta object ${shown(body.id)} as ${shown(body.to)}, an import no integration's manifest adopts: the apply then changes the object to match ${shown(body.to)}`;
  }
  if (kind === 'moved') {
    return `Terraform will manage the object of ${shown(body.from)} as ${shown(body.to)}: nothing is destroyed, and what ${shown(body.to)} says is applied to that object`;
  }
  const from = shown(body.from);
  const lifecycle = body.lifecycle;
  const keeps =
    typeof lifecycle === 'object' &&
    lifecycle !== null &&
    (lifecycle as { destroy?: unknown }).destroy === false;
  const runs = provisionerNote(body.provisioner);
  if (!keeps) {
    return `Terraform will destroy ${from} in Okta and forget it, with no resource block left to review (a "removed" block)${runs}`;
  }
  const undo = from.startsWith('okta_group_role.')
    ? 'revoking it in Okta: the admin role stays granted'
    : 'deleting it in Okta: it stays as it is';
  return `Terraform will forget ${from} without ${undo}, and no later plan or review shows it${runs}`;
}

/**
 * What a `removed` block's provisioners run, in a reviewer's words; empty without one. Terraform JSON
 * writes them as a list of `{ "<type>": { … } }` objects, or as one object keyed by type.
 */
function provisionerNote(provisioner: unknown): string {
  if (provisioner === undefined || provisioner === null) return '';
  const items: unknown[] = Array.isArray(provisioner) ? provisioner : [provisioner];
  const types = items.flatMap((p) => (typeof p === 'object' && p !== null ? Object.keys(p) : []));
  const named = types.length > 0 ? ` (${types.map(shown).join(', ')})` : '';
  return `; it carries a provisioner${named}: a command Terraform runs where the deploy runs when it destroys the object, with the Okta token and the bind password in its environment`;
}
