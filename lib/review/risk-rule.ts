/**
 * The words of the risk table: risk levels, what a rule looks at, and one rule. The rules are in
 * `risk-rules.ts` (the integrations' changes) and `config-risk-rules.ts` (what else Terraform loads).
 */
import type { IntegrationManifest, StackLoadFinding } from '../manifest/integration-manifest';
import type { ValueChange } from './diff-model';
import type { ManifestFindingKind } from './resource-review';
import type { TerraformChange } from './terraform-changes';
import type { PlannedResource } from './terraform-plan';

/** How dangerous a change is for the users and admins of the org. */
export enum RiskLevel {
  HIGH = 'high',
  MEDIUM = 'medium',
  LOW = 'low',
}

/** Risk levels from the most to the least dangerous. */
export const RISK_LEVELS: readonly RiskLevel[] = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW];

/**
 * What a risk rule looks at: a change of the static diff, of a whole integration, a planned resource,
 * an okta resource changed in `cdk.tf.json`, or a finding of the manifest check.
 */
export type RiskSubject =
  | {
      readonly kind: 'diff';
      readonly change: ValueChange;
      /** The integration before and after (unset when it is new, or removed). */
      readonly base?: IntegrationManifest;
      readonly head?: IntegrationManifest;
    }
  | { readonly kind: 'integration'; readonly change: 'added' | 'removed' }
  | {
      readonly kind: 'plan';
      readonly resource: PlannedResource;
      /** The static diff already explains the action (a resource of a removed mapping is deleted). */
      readonly explained: boolean;
      /**
       * The resource is one an integration's manifest lists (in the head, or in the base when deleted).
       * @default false
       */
      readonly owned?: boolean;
    }
  | {
      readonly kind: 'terraform';
      /** An okta resource or data source added, removed or changed in the stack's `cdk.tf.json`. */
      readonly change: TerraformChange;
      /** The manifest diff explains it (`AccountedChange.explained`). */
      readonly explained: boolean;
    }
  | {
      readonly kind: 'manifest-check';
      readonly finding: ManifestFindingKind;
      /** Terraform type of the block the finding is about. */
      readonly type?: string;
    }
  | {
      readonly kind: 'load';
      /** Something Terraform loads from the stack folder that the review cannot vouch for. */
      readonly finding: StackLoadFinding;
    }
  | {
      readonly kind: 'stack-check';
      /** A finding of the checks of the guard, side effects and Terraform settings (`stack-checks.ts`). */
      readonly check: StackCheckKind;
    };

/** What a check of a stack's guard, side effects or settings found. */
export enum StackCheckKind {
  /** A guard that differs from its manifest, or a guard turned off. */
  GUARD = 'guard',
  /** A provisioner, a command, an `external`/`http` data source added or changed. */
  SIDE_EFFECT = 'side-effect',
  /** A resource or data source of another provider (not okta), added or changed. */
  OTHER_RESOURCE = 'other-resource',
  /** Where the okta provider's credentials go changed: base_url, org_name, http_proxy, a provider source. */
  CREDENTIALS = 'credentials',
  /** Another provider or terraform setting changed (version, backend, required_version). */
  TERRAFORM_SETTING = 'terraform-setting',
  /** A group added to the password policy's scope, or its priority or status changed. */
  POLICY_SCOPE = 'policy-scope',
}

/** The risk rule a reviewed change was ranked by: its id, level, title and reason. */
export interface RiskRule {
  /** Stable id, e.g. `RISK-ROLE-WIDE`. */
  readonly id: string;
  readonly level: RiskLevel;
  /** Short title of the change, e.g. "Admin role granted over the whole org". */
  readonly title: string;
  /** The one-line reason shown with the change, in the admin's words. */
  readonly reason: string;
}

/** One row of the risk table: a rule and when it applies. */
export interface RiskTableRule extends RiskRule {
  /** Whether the rule applies. The first rule of the table that applies decides. */
  readonly applies: (subject: RiskSubject) => boolean;
}
