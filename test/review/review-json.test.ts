import * as path from 'path';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { buildReview } from '../../lib/review/review';
import { REVIEW_JSON_SCHEMA, reviewJson } from '../../lib/review/review-json';
import { RiskLevel } from '../../lib/review/risk-rule';
import { PlanAction, readTerraformPlan } from '../../lib/review/terraform-plan';
import { tempDir } from '../support/temp-dir';
import { samplePreflightReport, sampleManifest, writeSynthesizedApp } from './synthesized-app-fixture';

const OKTA_PLAN = path.join(__dirname, 'plans', 'okta-resources.plan.json');

function apps(): {
  base: ReturnType<typeof readSynthesizedApp>;
  head: ReturnType<typeof readSynthesizedApp>;
} {
  const dir = tempDir('review-json-');
  const m = sampleManifest();
  writeSynthesizedApp(path.join(dir, 'base'), { org: [m] });
  writeSynthesizedApp(path.join(dir, 'head'), {
    org: [
      sampleManifest({
        roleMappings: [{ ldapGroup: 'it-admins', role: OktaAdminRole.SUPER_ADMIN }],
        groupMappings: [m.groupMappings[0]!],
      }),
    ],
  });
  return {
    base: readSynthesizedApp(path.join(dir, 'base')),
    head: readSynthesizedApp(path.join(dir, 'head')),
  };
}

describe('reviewJson', () => {
  test('every change with its risk and rule, the plans and the preflight, as plain data', () => {
    const { base, head } = apps();
    const review = buildReview(base, head, {
      plans: [{ plan: readTerraformPlan(OKTA_PLAN), stack: 'org' }],
      preflight: [samplePreflightReport()],
    });
    const json = reviewJson(review);
    expect(json.schema).toBe(REVIEW_JSON_SCHEMA);
    expect(REVIEW_JSON_SCHEMA).toBe('cdktf-okta-ldap/review@1');
    expect(json.hasBase).toBe(true);
    expect(json.integrations).toEqual([{ stack: 'org', id: 'JumpCloud', status: 'changed' }]);
    expect(json.changes.filter((c) => c.risk === RiskLevel.HIGH).map((c) => c.ruleId)).toEqual([
      'RISK-ROLE-WIDE',
      'RISK-GROUP-MAPPING-REMOVED',
      'RISK-RULE-REPLACED',
    ]);
    const planned = json.changes.find((c) => c.source === 'plan');
    expect(planned).toMatchObject({ address: expect.any(String), status: expect.any(String) });
    expect(json.plans).toHaveLength(1);
    expect(json.plans[0]!.resources.find((r) => r.action === PlanAction.REPLACE)).toMatchObject({
      address: 'okta_group_rule.JumpCloud_Rule_engineering',
      replacePaths: ['group_assignments'],
      risk: 'high',
    });
    expect(json.preflight).toHaveLength(1);
    // JSON through and through: what `review --json` prints parses back to the same value.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test('without a base, every head integration is added', () => {
    const { head } = apps();
    const json = reviewJson(buildReview(undefined, head));
    expect(json.hasBase).toBe(false);
    expect(json.integrations).toEqual([{ stack: 'org', id: 'JumpCloud', status: 'added' }]);
    expect(json.plans).toEqual([]);
    expect(json.preflight).toEqual([]);
  });
});
