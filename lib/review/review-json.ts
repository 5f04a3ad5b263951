import type { FindingsReport } from '../preflight/finding';
import type { ValueChange } from './diff-model';
import { orgAdminGrants, type OrgAdminGrant } from './org-admin-grants';
import { countByRisk, type IntegrationStatus, type Review, type ReviewedChange } from './review';
import type { RiskLevel } from './risk-rule';
import type { PlanAction } from './terraform-plan';

/** Schema tag of {@link ReviewJson} (`cdktf-okta-ldap review --json`). */
export const REVIEW_JSON_SCHEMA = 'cdktf-okta-ldap/review@1';

/** One integration of {@link ReviewJson}. */
export interface ReviewJsonIntegration {
  /** Stack holding the integration. */
  readonly stack: string;
  /** Construct id of the integration. */
  readonly id: string;
  /** Added, removed, changed or unchanged between base and head. */
  readonly status: IntegrationStatus;
}

/** One change of {@link ReviewJson}, most dangerous first. */
export interface ReviewJsonChange {
  /** Stack of the change. */
  readonly stack: string;
  /** Construct id of the integration; empty for a resource of no integration. */
  readonly integration: string;
  /** Risk level of the rule that ranked the change. */
  readonly risk: RiskLevel;
  /** Id of that rule, e.g. `RISK-INTEGRATION-REMOVED`. */
  readonly ruleId: string;
  /** Title of the rule. */
  readonly title: string;
  /** Why the rule ranks the change so. */
  readonly reason: string;
  /** Where the change comes from (see `ReviewedChange.source`). */
  readonly source: ReviewedChange['source'];
  /**
   * The diff change or resource change.
   * @default - absent for a planned resource or a whole integration
   */
  readonly change?: ValueChange;
  /**
   * Terraform address of the planned resource (source `plan`).
   * @default - absent unless the source is `plan`
   */
  readonly address?: string;
  /**
   * What the review says about the planned resource (source `plan`).
   * @default - absent unless the source is `plan`
   */
  readonly status?: string;
}

/** One resource of a plan in {@link ReviewJson}. */
export interface ReviewJsonPlannedResource {
  /** Terraform address. */
  readonly address: string;
  /** Terraform resource type, e.g. `okta_group_rule`. */
  readonly type: string;
  /** Construct id of the integration it belongs to; empty when none. */
  readonly integration: string;
  /** What Terraform will do to it. */
  readonly action: PlanAction;
  /** The attributes that force a replacement; empty unless replaced. */
  readonly replacePaths: readonly string[];
  /** True when it changed outside Terraform since the last apply. */
  readonly drifted: boolean;
  /**
   * The id an `import` block imports it from.
   * @default - absent when it is not imported
   */
  readonly importId?: string;
  /** What the review says about it, e.g. `replace (forced by group_assignments)`. */
  readonly status: string;
  /** Risk level of the rule that ranked it. */
  readonly risk: RiskLevel;
  /** Id of that rule. */
  readonly ruleId: string;
}

/** One plan file of {@link ReviewJson}. */
export interface ReviewJsonPlan {
  /** The plan file, as given. */
  readonly file: string;
  /** The head stack it was matched to. */
  readonly stack: string;
  /** Terraform's `format_version` of the plan. */
  readonly formatVersion: string;
  /** How many resources the plan leaves unchanged. */
  readonly unchanged: number;
  /** The resources Terraform will change, in plan order. */
  readonly resources: readonly ReviewJsonPlannedResource[];
}

/** One preflight report of {@link ReviewJson}. */
export interface ReviewJsonPreflight {
  /** `ldaps://host:port` of the report, for display. */
  readonly target: string;
  /** True when no check failed. */
  readonly ok: boolean;
  /** Findings per status. */
  readonly summary: FindingsReport['summary'];
  /**
   * Stack of the integration the report was run against.
   * @default - absent when the report matches no integration
   */
  readonly stack?: string;
  /**
   * Construct id of that integration.
   * @default - absent when the report matches no integration
   */
  readonly integration?: string;
}

/** What the summary of the comment says first, as data. */
export interface ReviewJsonSummary {
  /** How many changes are high risk. */
  readonly high: number;
  /** How many changes are medium risk. */
  readonly medium: number;
  /** How many changes are low risk. */
  readonly low: number;
  /** Every SUPER_ADMIN or ORG_ADMIN granted, called out first. */
  readonly orgAdminGrants: readonly OrgAdminGrant[];
  /** How many preflight reports failed (0 when none was given). */
  readonly preflightFailed: number;
}

/** The review for machines (`cdktf-okta-ldap review --json`): plain data, uncut. */
export interface ReviewJson {
  /** Always {@link REVIEW_JSON_SCHEMA}. */
  readonly schema: typeof REVIEW_JSON_SCHEMA;
  /** Counts per risk, the org-wide admin grants and the failed preflight reports. */
  readonly summary: ReviewJsonSummary;
  /** False when there was no base: the head was reviewed alone. */
  readonly hasBase: boolean;
  /** Every integration of base and head. */
  readonly integrations: readonly ReviewJsonIntegration[];
  /** Every change, most dangerous first. */
  readonly changes: readonly ReviewJsonChange[];
  /** What each plan will do. */
  readonly plans: readonly ReviewJsonPlan[];
  /** The preflight results. */
  readonly preflight: readonly ReviewJsonPreflight[];
}

/**
 * The review as plain data for machines, as `cdktf-okta-ldap review --json` prints it: no
 * renderer's wording beyond each rule's title and reason, nothing cut.
 */
export function reviewJson(review: Review): ReviewJson {
  return {
    schema: REVIEW_JSON_SCHEMA,
    summary: {
      ...countByRisk(review.changes),
      orgAdminGrants: orgAdminGrants(review),
      preflightFailed: review.preflight.filter((p) => !p.report.ok).length,
    },
    hasBase: review.hasBase,
    integrations: review.integrations.map(({ stack, id, status }) => ({ stack, id, status })),
    changes: review.changes.map((c) => ({
      stack: c.stack,
      integration: c.integration,
      risk: c.rule.level,
      ruleId: c.rule.id,
      title: c.rule.title,
      reason: c.rule.reason,
      source: c.source,
      ...(c.change !== undefined ? { change: c.change } : {}),
      ...(c.resource !== undefined ? { address: c.resource.address, status: c.resource.status } : {}),
    })),
    plans: review.plans.map((p) => ({
      file: p.file,
      stack: p.stack,
      formatVersion: p.formatVersion,
      unchanged: p.unchanged,
      resources: p.resources.map((r) => ({
        address: r.address,
        type: r.type,
        integration: r.integration,
        action: r.action,
        replacePaths: r.replacePaths,
        drifted: r.drifted,
        ...(r.importId !== undefined ? { importId: r.importId } : {}),
        status: r.status,
        risk: r.rule.level,
        ruleId: r.rule.id,
      })),
    })),
    preflight: review.preflight.map((p) => ({
      target: p.report.target,
      ok: p.report.ok,
      summary: p.report.summary,
      ...(p.stack !== undefined ? { stack: p.stack, integration: p.integration } : {}),
    })),
  };
}
