/**
 * The review of what Terraform will do to a stack's okta resources and data sources, read from
 * `cdk.tf.json`: each block added, removed or changed between base and head, the integration whose
 * manifest accounts for it and whether that manifest's diff explains it; and the findings where the
 * manifests fail to account for the blocks or disagree with them. Shared by `buildReview` and `diffApps`.
 */
import type { StackManifest, TerraformBlock } from '../manifest/integration-manifest';
import { DiffArea, type ValueChange } from './diff-model';
import { accountStack, type ManifestProblem, type StackAccounting } from './resource-accounting';
import { diffTerraformBlocks, type TerraformChange } from './terraform-changes';

/** A Terraform change with the manifest that accounts for its block. */
export interface AccountedChange extends TerraformChange {
  /** Construct id of the integration whose manifest accounts for the block; empty when none does. */
  readonly integration: string;
  /** The changes of that integration's manifest diff that are about the block. */
  readonly related: readonly ValueChange[];
  /**
   * True when the manifest explains the change: it accounts for the block, describes it truly, and
   * its diff has a change about it (for a resource added or removed, that very change of its
   * `resources`; for anything else, a change of a mapping or setting the block implements).
   */
  readonly explained: boolean;
}

/** What a manifest check found: a block no manifest accounts for, or a manifest that disagrees with one. */
export type ManifestFindingKind = 'unaccounted' | 'mismatch';

/** One finding of the manifest check, in the head. */
export interface ManifestFinding {
  readonly stack: string;
  /** Construct id of the integration whose manifest disagrees; empty for an unaccounted block. */
  readonly integration: string;
  readonly kind: ManifestFindingKind;
  /**
   * The finding as a diff line keyed by the block's address (`DiffArea.TERRAFORM`): `added` for an
   * unaccounted block, `removed` for a listed address the stack does not declare, `changed` with the
   * manifest's value before and the block's after for a disagreement (`field` names the attribute).
   */
  readonly change: ValueChange;
}

/** The resource-level review of one stack. */
export interface StackResourceReview {
  readonly stack: string;
  readonly changes: readonly AccountedChange[];
  readonly findings: readonly ManifestFinding[];
}

/**
 * Reviews the okta blocks of one stack between `base` and `head` (either unset when the stack is new
 * or gone; `base` unset too when there is no base app). `changesOf` gives the manifest diff of an
 * integration of the stack by construct id, as the caller computed it. Nothing is reviewed when a
 * given stack was not read from `cdk.tf.json` (`terraform` unset).
 */
export function reviewStackResources(
  stack: string,
  base: StackManifest | undefined,
  head: StackManifest | undefined,
  changesOf: (integration: string) => readonly ValueChange[],
): StackResourceReview {
  if (
    (head !== undefined && head.terraform === undefined) ||
    (base !== undefined && base.terraform === undefined)
  ) {
    return { stack, changes: [], findings: [] };
  }
  const side = (
    s: StackManifest | undefined,
  ): { blocks: readonly TerraformBlock[]; accounting?: StackAccounting } =>
    s === undefined ? { blocks: [] } : { blocks: s.terraform!, accounting: accountStack(s, s.terraform!) };
  const before = side(base);
  const after = side(head);
  const changes = diffTerraformBlocks(stack, before.blocks, after.blocks).map((c): AccountedChange => {
    const account = (c.kind === 'removed' ? before : after).accounting?.blocks.get(c.address);
    const integration = account?.integration ?? '';
    const related = integration === '' ? [] : changesOf(integration).filter((v) => account!.relates(v));
    const covered =
      c.mode === 'managed' && c.kind !== 'changed'
        ? related.some((v) => v.area === DiffArea.RESOURCE && v.key === c.address && v.kind === c.kind)
        : related.some((v) => v.area !== DiffArea.RESOURCE);
    const explained = integration !== '' && account!.problems.length === 0 && covered;
    return { ...c, integration, related, explained };
  });
  const findings: ManifestFinding[] = [];
  if (head !== undefined) {
    const accounting = after.accounting!;
    // New or changed in the head, or accounted for in the base (a manifest that dropped it).
    const touched = new Set(changes.filter((c) => c.kind !== 'removed').map((c) => c.address));
    const reported = (address: string): boolean =>
      touched.has(address) || before.accounting?.blocks.get(address)?.integration !== undefined;
    for (const [address, account] of accounting.blocks) {
      if (account.integration === undefined && reported(address)) {
        findings.push({ stack, integration: '', kind: 'unaccounted', change: unaccountedChange(address) });
      }
      for (const p of account.problems) findings.push(mismatch(stack, p));
    }
    for (const p of accounting.notDeclared) findings.push(mismatch(stack, p));
  }
  return { stack, changes, findings };
}

function unaccountedChange(address: string): ValueChange {
  return {
    area: DiffArea.TERRAFORM,
    kind: 'added',
    key: address,
    item: address,
    label: 'in cdk.tf.json, in no manifest',
  };
}

function mismatch(stack: string, p: ManifestProblem): ManifestFinding {
  const at = { area: DiffArea.TERRAFORM, key: p.address, item: p.address } as const;
  const change: ValueChange =
    p.what === 'address'
      ? { ...at, kind: 'removed', label: `listed by the manifest as ${p.manifest}, not in cdk.tf.json` }
      : {
          ...at,
          kind: 'changed',
          field: p.what,
          label: `${p.what}: manifest → cdk.tf.json`,
          before: p.manifest,
          ...(p.terraform !== undefined ? { after: p.terraform } : {}),
        };
  return { stack, integration: p.integration, kind: 'mismatch', change };
}
