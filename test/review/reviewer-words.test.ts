/**
 * The review says a change the way a reviewer thinks of it, on apps really synthesized with
 * OktaLdapIntegration: one item for a role given to a group instead of another, a renamed group as a
 * replaced group, a custom role with its scope, org-wide admin grants and a failed preflight first.
 */
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { LdapGroupMapping, OktaAdminRole } from '../../lib/mappings/mapping-types';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { DiffArea } from '../../lib/review/diff-model';
import { renderReport } from '../../lib/review/report-markdown';
import { buildReview, Review, ReviewOptions } from '../../lib/review/review';
import { reviewJson } from '../../lib/review/review-json';
import { renderReviewMarkdown } from '../../lib/review/review-markdown';
import { renderReviewText } from '../../lib/review/review-text';
import { synthOrgApp } from './synth-org-app';
import { editStack, samplePreflightReport } from './synthesized-app-fixture';

const GROUPS: LdapGroupMapping[] = [
  { ldapGroup: 'engineering', oktaGroup: 'Engineering' },
  { ldapGroup: 'data', oktaGroup: 'JC Data' },
];

function props(overrides: Partial<OktaLdapIntegrationProps> = {}): OktaLdapIntegrationProps {
  return {
    directory: jumpCloudDirectory({ orgId: '5f3c0a1b2c3d4e5f60718293', bindUser: 'okta-bind' }),
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    userMappings: { firstName: 'appuser.givenName', lastName: 'appuser.sn', email: 'appuser.mail' },
    groupMappings: GROUPS,
    roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.READ_ONLY_ADMIN }],
    ...overrides,
  };
}

/** Synthesizes an app with one org stack holding one integration; returns its outdir. */
function synth(p: OktaLdapIntegrationProps): string {
  return synthOrgApp('review-words-', ['JumpCloud', p]);
}

const BASE = synth(props());

function review(head: Partial<OktaLdapIntegrationProps>, options: ReviewOptions = {}): Review {
  return buildReview(readSynthesizedApp(BASE), readSynthesizedApp(synth(props(head))), options);
}

const ruleIds = (r: Review): string[] => r.changes.map((c) => c.rule.id);

describe('an escalation is one item', () => {
  const r = review({ roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.SUPER_ADMIN }] });

  test('one change, of the role, ranked high; no grant plus removal', () => {
    expect(ruleIds(r)).toEqual(['RISK-ROLE-WIDE']);
    expect(r.changes[0]!.change).toMatchObject({
      area: DiffArea.ROLE_MAPPING,
      kind: 'changed',
      key: 'admins',
      field: 'role',
      before: 'READ_ONLY_ADMIN',
      after: 'SUPER_ADMIN',
      item: 'admins: SUPER_ADMIN',
      replaces: 'admins: READ_ONLY_ADMIN',
    });
  });

  test('in the reviewer’s words in Markdown, text and JSON', () => {
    expect(renderReviewMarkdown(r)).toContain('  - \\~ `admins`: `READ_ONLY_ADMIN` → `SUPER_ADMIN`\n');
    expect(renderReviewText(r)).toContain('      ~ admins: READ_ONLY_ADMIN → SUPER_ADMIN\n');
    expect(reviewJson(r).changes.map((c) => [c.ruleId, c.change?.before, c.change?.after])).toEqual([
      ['RISK-ROLE-WIDE', 'READ_ONLY_ADMIN', 'SUPER_ADMIN'],
    ]);
  });

  test('a role lowered is one medium change', () => {
    const down = buildReview(
      readSynthesizedApp(
        synth(props({ roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.SUPER_ADMIN }] })),
      ),
      readSynthesizedApp(BASE),
    );
    expect(ruleIds(down)).toEqual(['RISK-ROLE-GRANT']);
    expect(renderReviewText(down)).toContain('~ admins: SUPER_ADMIN → READ_ONLY_ADMIN\n');
  });
});

describe('a renamed Okta group', () => {
  const r = review({ groupMappings: [GROUPS[0]!, { ldapGroup: 'data', oktaGroup: 'Data Platform' }] });

  test('is one high-risk replacement, not a removal plus a low "other change"', () => {
    expect(ruleIds(r)).toEqual(['RISK-GROUP-RENAMED']);
    expect(r.changes[0]!.rule.reason).toMatch(
      /^the group is replaced: .* its app assignments and memberships are lost/,
    );
  });

  test('reads "JC Data renamed to Data Platform" in Markdown, text and JSON', () => {
    const md = renderReviewMarkdown(r);
    expect(md).toContain(
      '- **Okta group renamed** in `org/JumpCloud` (1): the group is replaced: Terraform deletes it',
    );
    expect(md).toContain('  - \\~ `JC Data` renamed to `Data Platform`\n');
    expect(renderReviewText(r)).toContain('      ~ JC Data renamed to Data Platform\n');
    expect(reviewJson(r).changes[0]).toMatchObject({
      ruleId: 'RISK-GROUP-RENAMED',
      change: { field: 'oktaGroup', before: 'JC Data', after: 'Data Platform', replaces: 'JC Data' },
    });
  });
});

describe('a CUSTOM role shows its role id and resource set as its scope', () => {
  const custom = { ldapGroup: 'ops', role: OktaAdminRole.CUSTOM, roleId: 'cr0abc', resourceSetId: 'iam0xyz' };
  const r = review({ roleMappings: [{ ldapGroup: 'admins', role: OktaAdminRole.READ_ONLY_ADMIN }, custom] });

  test('in the review, with its own rule (not "over the whole org")', () => {
    expect(ruleIds(r)).toEqual(['RISK-ROLE-CUSTOM']);
    expect(r.changes[0]!.rule.reason).not.toContain('whole org');
    expect(renderReviewMarkdown(r)).toContain('`ops: CUSTOM (role cr0abc, resource set iam0xyz)`');
    expect(renderReviewText(r)).toContain('+ ops: CUSTOM (role cr0abc, resource set iam0xyz)\n');
  });

  test('in the report and the review tables: never "(all)"', () => {
    const report = renderReport(readSynthesizedApp(synth(props({ roleMappings: [custom] }))));
    expect(report).toMatch(/\| `ops` +\| `CUSTOM` +\| role `cr0abc`, resource set `iam0xyz` +\| on +\|/);
    expect(report).not.toContain('_(all)_');
    expect(renderReviewMarkdown(r)).toMatch(/\| `admins` \| `READ_ONLY_ADMIN` \| _\(all\)_ \| on \|/);
    expect(renderReviewMarkdown(r)).toMatch(
      /\| `ops` \| `CUSTOM` \| role `cr0abc`, resource set `iam0xyz` \| on \|/,
    );
  });
});

describe('SUPER_ADMIN and ORG_ADMIN grants are called out first, on their own line', () => {
  const r = review({
    roleMappings: [
      { ldapGroup: 'admins', role: OktaAdminRole.SUPER_ADMIN },
      { ldapGroup: 'it', role: OktaAdminRole.ORG_ADMIN },
      { ldapGroup: 'help', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['00g1'] },
    ],
  });

  test('Markdown: the first line of the summary names each grant; a limited role is not named there', () => {
    const lines = renderReviewMarkdown(r).split('\n');
    expect(lines[2]).toBe(
      '**Org-wide admin granted (2): `SUPER_ADMIN` to LDAP group `admins` in `org/JumpCloud`, `ORG_ADMIN` to LDAP group `it` in `org/JumpCloud`.**',
    );
    expect(lines[4]).toBe('1 of 1 integration(s) changed: `org/JumpCloud`.');
  });

  test('text and JSON', () => {
    expect(renderReviewText(r).split('\n')[2]).toBe(
      'Org-wide admin granted (2): SUPER_ADMIN to LDAP group admins in org/JumpCloud, ORG_ADMIN to LDAP group it in org/JumpCloud.',
    );
    expect(reviewJson(r).summary.orgAdminGrants).toEqual([
      { stack: 'org', integration: 'JumpCloud', role: 'SUPER_ADMIN', ldapGroup: 'admins' },
      { stack: 'org', integration: 'JumpCloud', role: 'ORG_ADMIN', ldapGroup: 'it' },
    ]);
  });

  test('a grant written into cdk.tf.json by hand is named by its address', () => {
    const outdir = synth(props());
    editStack(outdir, 'org', (tf) => {
      tf.resource.okta_group_role.Forged = { group_id: '00gEveryone', role_type: 'SUPER_ADMIN' };
    });
    const forged = buildReview(readSynthesizedApp(BASE), readSynthesizedApp(outdir));
    expect(renderReviewMarkdown(forged).split('\n')[2]).toBe(
      '**Org-wide admin granted (1): `SUPER_ADMIN` to `okta_group_role.Forged` in `org`.**',
    );
  });

  test('no line when nothing grants them', () => {
    const none = review({ roleMappings: [{ ldapGroup: 'help', role: OktaAdminRole.HELP_DESK_ADMIN }] });
    expect(renderReviewMarkdown(none)).not.toContain('Org-wide admin granted');
    expect(reviewJson(none).summary.orgAdminGrants).toEqual([]);
  });
});

test('a failed preflight is in the summary line of Markdown and text, and counted in JSON', () => {
  const failed = review({}, { preflight: [samplePreflightReport({ ok: false })] });
  expect(renderReviewMarkdown(failed).split('\n')[2]).toBe(
    'No change to the 1 integration(s). **Preflight FAILED (1 of 1 report(s)).**',
  );
  expect(renderReviewText(failed).split('\n')[2]).toBe(
    'No change to the 1 integration(s). Preflight FAILED (1 of 1 report(s)).',
  );
  expect(reviewJson(failed).summary).toMatchObject({ preflightFailed: 1, high: 0 });
  const passed = review({}, { preflight: [samplePreflightReport({ ok: true })] });
  expect(renderReviewMarkdown(passed).split('\n')[2]).toBe('No change to the 1 integration(s).');
  expect(reviewJson(passed).summary.preflightFailed).toBe(0);
});

test('a single-item Markdown list keeps its + or - marker; several of one kind read without', () => {
  const one = review({
    roleMappings: [
      { ldapGroup: 'admins', role: OktaAdminRole.READ_ONLY_ADMIN },
      { ldapGroup: 'x', role: OktaAdminRole.SUPER_ADMIN },
    ],
  });
  expect(renderReviewMarkdown(one)).toContain(
    '(1): every member of the LDAP group becomes this Okta admin over the whole org (or all groups / all apps): whoever can add members to the group in the directory grants it.\n  \\+ `x: SUPER_ADMIN`\n',
  );
  const two = review({
    roleMappings: [
      { ldapGroup: 'admins', role: OktaAdminRole.READ_ONLY_ADMIN },
      { ldapGroup: 'x', role: OktaAdminRole.SUPER_ADMIN },
      { ldapGroup: 'y', role: OktaAdminRole.ORG_ADMIN },
    ],
  });
  expect(renderReviewMarkdown(two)).toContain(
    '(2): every member of the LDAP group becomes this Okta admin over the whole org (or all groups / all apps): whoever can add members to the group in the directory grants it.\n  `x: SUPER_ADMIN`, `y: ORG_ADMIN`\n',
  );
});
