import type { IntegrationModel } from '../model/integration-model';

/**
 * The key under the top-level Terraform JSON comment ("//") where each stack records its
 * integrations. Terraform ignores "//" keys, so nothing here reaches a plan.
 */
export const MANIFEST_COMMENT_KEY = 'cdktf-okta-ldap';

/** Schema tag of `IntegrationManifest`; bump when the shape changes incompatibly. */
export const MANIFEST_SCHEMA = 'cdktf-okta-ldap/integration@1';

/**
 * A validation warning recorded at synth (errors stop synth, so they never reach a manifest).
 *
 * @jsii ignore (TypeScript-only: a shape of the synthesized manifest that the CLI and the review read)
 */
export interface ManifestWarning {
  readonly ruleId: string;
  /** Property path, e.g. `directory.schema.uniqueIdentifierAttribute`. */
  readonly path: string;
  readonly message: string;
}

/**
 * A warning acknowledged by a suppression (`suppressions` prop), with its reason.
 *
 * @jsii ignore (TypeScript-only: a shape of the synthesized manifest that the CLI and the review read)
 */
export interface ManifestSuppressedWarning extends ManifestWarning {
  /** The reason given in the suppression. */
  readonly reason: string;
}

/**
 * One Okta (or built-in) resource the integration creates, for review.
 *
 * @jsii ignore (TypeScript-only: a shape of the synthesized manifest that the CLI and the review read)
 */
export interface ManifestResource {
  /** Terraform type, e.g. `okta_group_rule`. */
  readonly type: string;
  /** Terraform address, e.g. `okta_group_rule.JumpCloud_GroupRule_engineering_1A2B3C`. */
  readonly address: string;
  /** What it is for, in one line. */
  readonly purpose: string;
  /**
   * Id of the existing Okta object the resource adopts (its `import` block's id), when it adopts one
   * (an adoption file): the plan imports it instead of creating it.
   */
  readonly importId?: string;
}

/**
 * What an `OktaLdapIntegration` records about itself before it adds its resources: its model
 * (settings and mappings), where it is and how its resources are built. What the deploy guard is
 * built from. Never holds a secret.
 *
 * @jsii ignore (TypeScript-only: a shape of the synthesized manifest that the CLI and the review read)
 */
export interface IntegrationManifestBase extends IntegrationModel {
  readonly schema: typeof MANIFEST_SCHEMA;
  /** Construct id of the integration (unique within its stack's manifest). */
  readonly id: string;
  /** Full construct path, e.g. `org/JumpCloud`. */
  readonly path: string;
  /** Id of the LDAP directory app in Okta (`0oa…`), or a Terraform expression if it was a token. */
  readonly ldapAppId: string;
  /**
   * True when the profile mapping deletes properties mapped in Okta but not listed (`delete_when_absent`).
   * Written only when true; absent means false.
   */
  readonly deleteWhenAbsent?: boolean;
  /**
   * `'CLEAR'` when the construct lets Terraform destroy the profile mapping (`profileMappingRemoval:
   * CLEAR`, which clears every property but login); absent for the default, which protects it.
   */
  readonly profileMappingRemoval?: string;
  /** Name of the sensitive Terraform variable that carries the bind password. */
  readonly bindPasswordVariable: string;
}

/**
 * Everything non-secret about one `OktaLdapIntegration`, written into the synthesized stack so that
 * the CLI (preflight, report, diff) can read it back from `cdktf.out`: its model, the resources made
 * of it and the validation warnings. Never holds a secret.
 *
 * @jsii ignore (TypeScript-only: a shape of the synthesized manifest that the CLI and the review read)
 */
export interface IntegrationManifest extends IntegrationManifestBase {
  /** The resources the integration creates, in construction order. */
  readonly resources: ManifestResource[];
  /** Warnings no suppression names. */
  readonly warnings: ManifestWarning[];
  /** Warnings acknowledged by a suppression, with the reason. Written only when there is one. */
  readonly suppressedWarnings?: ManifestSuppressedWarning[];
}

/** Whether a Terraform block is a resource (`managed`) or a data source (`data`), as Terraform says. */
export type TerraformBlockMode = 'managed' | 'data';

/**
 * One okta resource or data source as the stack's `cdk.tf.json` declares it: what Terraform will
 * act on, whatever the manifest says.
 *
 * @jsii ignore (TypeScript-only: a shape of the synthesized manifest that the CLI and the review read)
 */
export interface TerraformBlock {
  /** Terraform address: `okta_group_role.<name>`, or `data.okta_groups.<name>` for a data source. */
  readonly address: string;
  /** Terraform type, e.g. `okta_group_role`. */
  readonly type: string;
  readonly mode: TerraformBlockMode;
  /**
   * Its arguments as written (`role_type`, `lifecycle`, `provider`, …), without cdktf's `"//"`
   * comment and without `depends_on` (which orders the apply but changes nothing in Okta).
   */
  readonly attributes: Readonly<Record<string, unknown>>;
  /**
   * Its `depends_on` list as written.
   * @default - none
   */
  readonly dependsOn?: readonly string[];
  /**
   * The file of the stack folder that declares it, when not `cdk.tf.json` (an extra `*.tf.json`).
   * @default - cdk.tf.json
   */
  readonly file?: string;
}

/**
 * Something in a stack folder that Terraform loads and the review cannot vouch for, found by the
 * reader: each is a high-risk finding of the review, named by its file and block.
 */
export enum StackLoadFindingKind {
  /** A JSON object repeats a key: Terraform reads both, `JSON.parse` only the last. */
  DUPLICATE_KEY = 'duplicate-key',
  /** A `*.tf.json` besides `cdk.tf.json`: Terraform loads its blocks into the same stack. */
  EXTRA_FILE = 'extra-file',
  /** An override file (`override.tf.json`, `*_override.tf.json`): Terraform merges it into the blocks. */
  OVERRIDE_FILE = 'override-file',
  /** A file Terraform loads that the review cannot read (HCL `*.tf`, an automatic `*.tfvars`). */
  UNREADABLE_FILE = 'unreadable-file',
  /** A `module` block: Terraform loads the module's files from its source. */
  MODULE = 'module',
  /** A top-level block the review does not understand (e.g. `check`). */
  UNKNOWN_BLOCK = 'unknown-block',
  /**
   * An `import`, `moved` or `removed` block no integration's manifest accounts for: Terraform takes
   * over, renames or forgets an Okta object without a resource change to review.
   */
  STATE_BLOCK = 'state-block',
  /** Provider binaries or plugins shipped in the stack folder (`terraform.d`, `.terraform`). */
  PROVIDER_FILES = 'provider-files',
  /** `synthesizedStackPath` is not `<workingDirectory>/cdk.tf.json`, or the folder is outside the output folder. */
  STACK_PATH = 'stack-path',
  /** A stack folder under `stacks/` that `manifest.json` does not list. */
  UNLISTED_STACK = 'unlisted-stack',
}

/** One finding of the reader. */
export interface StackLoadFinding {
  /** What was found. */
  readonly kind: StackLoadFindingKind;
  /** The file (or folder), relative to the output folder. */
  readonly file: string;
  /** The block or key path inside it, e.g. `module.extra` or `resource.okta_group_role`; empty for a whole file. */
  readonly block: string;
  /** What Terraform will do with it, in one line. */
  readonly detail: string;
}

/** The integrations of one synthesized stack. */
export interface StackManifest {
  readonly stack: string;
  /** Directory of the stack's `cdk.tf.json`, relative to the outdir. */
  readonly workingDirectory: string;
  readonly integrations: IntegrationManifest[];
  /**
   * Every okta resource and data source of the stack's `cdk.tf.json`, sorted by address: what the
   * review checks the manifests against. `readSynthesizedApp` always sets it.
   * @default - not read (a stack built by hand): only its manifests are reviewed
   */
  readonly terraform?: readonly TerraformBlock[];
  /**
   * Every other resource and data source of the stack folder (`terraform_data`, `null_resource`,
   * `http`, …), sorted by address: what runs beside the okta resources. `readSynthesizedApp` sets it.
   * @default - not read
   */
  readonly otherBlocks?: readonly TerraformBlock[];
  /**
   * The stack's `provider` and `terraform` settings, flattened, each value as canonical JSON: keys
   * like `provider.okta.base_url`, `provider.okta[alias].org_name`, `terraform.required_providers.okta.source`,
   * `terraform.backend.local`, `terraform.required_version`. `readSynthesizedApp` sets it.
   * @default - not read
   */
  readonly settings?: Readonly<Record<string, string>>;
  /**
   * What the stack folder holds that Terraform loads and the review cannot vouch for.
   * @default - none
   */
  readonly loadFindings?: readonly StackLoadFinding[];
  /**
   * The MD5 (upper-case hex, as cdktf names asset folders) of each file under the stack's `assets/`
   * that a `local-exec` runs or a guard trusts as its CA file, by its path relative to the stack
   * folder (`assets/…/guard-runner.js`).
   * @default - not read
   */
  readonly assets?: Readonly<Record<string, string>>;
}
