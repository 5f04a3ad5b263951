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
}
