import * as path from 'path';
import fc from 'fast-check';
import { IntegrationManifest, StackManifest } from '../../lib/manifest/integration-manifest';
import { LdapGroupMapping, LdapRoleMapping, OktaAdminRole } from '../../lib/mappings/mapping-types';
import { buildReview, Review } from '../../lib/review/review';
import {
  CommentTooSmallError,
  GITHUB_COMMENT_MAX_CHARS,
  MIN_COMMENT_CHARS,
  renderReviewMarkdown,
} from '../../lib/review/review-markdown';
import { changeItem, MARKDOWN_SIGNS, NO_SIGNS } from '../../lib/review/review-parts';
import { renderReviewText } from '../../lib/review/review-text';
import { RiskLevel } from '../../lib/review/risk-rule';
import { readTerraformPlan } from '../../lib/review/terraform-plan';
import { LdapConnectionSecurity } from '../../lib/settings/setting-choices';
import { code } from '../../lib/text/markdown';
import { expectGolden } from './golden';
import { sampleManifest, samplePreflightReport } from './synthesized-app-fixture';

const app = (...integrations: IntegrationManifest[]): StackManifest[] => [
  { stack: 'org', workingDirectory: 'stacks/org', integrations },
];
const base = sampleManifest();

/** A pull request touching one of everything: risky settings, roles, mappings, a plan and a preflight. */
function sampleReview(): Review {
  const s = base.settings;
  const head = sampleManifest({
    settings: {
      ...s,
      agent: { ...s.agent, connectionSecurity: LdapConnectionSecurity.STARTTLS, port: 389 },
      user: { ...s.user, searchBase: `ou=Staff,${s.user.searchBase}` },
    },
    userMappings: { ...base.userMappings, email: 'appuser.mail', mobilePhone: 'appuser.mobile' },
    groupMappings: [
      base.groupMappings[0]!,
      { ldapGroup: 'support', oktaGroup: 'Support', description: 'Help desk' },
    ],
    roleMappings: [
      { ldapGroup: 'it-admins', role: OktaAdminRole.SUPER_ADMIN },
      { ldapGroup: 'helpdesk', role: OktaAdminRole.HELP_DESK_ADMIN, targetGroupIds: ['00g1'] },
    ],
  });
  const plan = readTerraformPlan(path.join(__dirname, 'plans', 'okta-resources.plan.json'), 'plan.json');
  return buildReview(app(base), app(head), {
    plans: [{ plan }],
    preflight: [
      samplePreflightReport({
        target: 'ldap://ldap.jumpcloud.com:389 (StartTLS)',
        port: 389,
        connectionSecurity: LdapConnectionSecurity.STARTTLS,
      }),
      samplePreflightReport({ target: 'ldaps://ldap.eu.jumpcloud.com:636', host: 'ldap.eu.jumpcloud.com' }),
    ],
  });
}

/** Whether the comment prints every high-risk change of the review (inline lists carry no sign). */
const containsItem = (comment: string, review: Review) =>
  review.changes
    .filter((c) => c.rule.level === RiskLevel.HIGH)
    .every(
      (c) =>
        comment.includes(changeItem(c, code, MARKDOWN_SIGNS)) ||
        comment.includes(changeItem(c, code, NO_SIGNS)),
    );

describe('renderReviewMarkdown', () => {
  test('golden comment: summary, ranked changes, preflight, plan, collapsed tables (reviewed by eye)', () => {
    const review = sampleReview();
    const comment = renderReviewMarkdown(review);
    expectGolden('review-jumpcloud.md', comment);
    const order = [
      '### High risk',
      '### Medium risk',
      '### Low risk',
      '### Preflight',
      '### Terraform plan',
      '<details>',
    ];
    const at = order.map((h) => comment.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(comment).not.toContain('_This comment is cut');
  });

  test('golden text form of the same review', () => {
    expectGolden('review-jumpcloud.txt', renderReviewText(sampleReview()));
  });

  test('golden cut comment: lower sections cut with "… and N more", a closing note, high risk whole', () => {
    const review = sampleReview();
    const comment = renderReviewMarkdown(review, { maxChars: 4000, fullReviewAt: 'the job summary' });
    expect(comment.length).toBeLessThanOrEqual(4000);
    expect(containsItem(comment, review)).toBe(true);
    expect(comment).toMatch(
      /_This comment is cut to fit 4000 characters \(\d+ lines left out\)\._ Every high-risk change is shown\. The full review: the job summary\.\n$/,
    );
    expectGolden('review-jumpcloud-cut.md', comment);
  });

  test('a cut <details> is always closed', () => {
    const review = sampleReview();
    const full = renderReviewMarkdown(review, { maxChars: Infinity });
    for (const maxChars of [4000, 6000, 8000, 10000, full.length - 1]) {
      const comment = renderReviewMarkdown(review, { maxChars });
      expect({
        maxChars,
        open: comment.split('<details>').length,
        close: comment.split('</details>').length,
      }).toEqual({
        maxChars,
        open: comment.split('</details>').length,
        close: comment.split('<details>').length,
      });
    }
  });

  test('no change: says so', () => {
    const comment = renderReviewMarkdown(buildReview(app(base), app(sampleManifest())));
    expect(comment).toContain('No change to the 1 integration(s).');
    expect(comment).not.toContain('### High risk');
  });

  test('below MIN_COMMENT_CHARS: CommentTooSmallError naming the floor; at the floor a comment is written', () => {
    const review = sampleReview();
    expect(() => renderReviewMarkdown(review, { maxChars: 500 })).toThrow(CommentTooSmallError);
    expect(() => renderReviewMarkdown(review, { maxChars: 500 })).toThrow(
      `--max-chars 500 is too small: a review comment needs at least ${MIN_COMMENT_CHARS} characters for its summary and the note on what is cut. Pass --max-chars ${MIN_COMMENT_CHARS} or more (GitHub takes ${GITHUB_COMMENT_MAX_CHARS}).`,
    );
    const comment = renderReviewMarkdown(review, { maxChars: MIN_COMMENT_CHARS });
    expect(comment.length).toBeLessThanOrEqual(MIN_COMMENT_CHARS);
    expect(comment).toContain('Changes by risk: **');
  });

  test('a summary too long for the budget (long names) falls back to its shortest form: counts only', () => {
    const long = (i: number): string => `Integration${i}-${'x'.repeat(400)}`;
    const ids = Array.from({ length: 12 }, (_, i) => long(i));
    const stacks = (withRole: boolean): StackManifest[] => [
      {
        stack: 'org',
        workingDirectory: 'stacks/org',
        integrations: ids.map((id) =>
          sampleManifest({
            id,
            roleMappings: withRole ? [{ ldapGroup: 'it-admins', role: OktaAdminRole.SUPER_ADMIN }] : [],
          }),
        ),
      },
    ];
    const review = buildReview(stacks(false), stacks(true));
    const comment = renderReviewMarkdown(review, { maxChars: MIN_COMMENT_CHARS });
    expect(comment.length).toBeLessThanOrEqual(MIN_COMMENT_CHARS);
    expect(comment).toMatch(
      /^## Okta LDAP integration review\n\n\*\*Org-wide admin granted \(12\): SUPER_ADMIN or ORG_ADMIN\.\*\*\n\n12 of 12 integration\(s\) changed\.\n\nChanges by risk: \*\*12 high\*\*/,
    );
    expect(comment.split('\n').slice(0, 5).join('\n')).not.toContain('Integration0-');
    expect(comment).toMatch(/\*\*1[0-2] high-risk change\(s\) are not shown here\.\*\*/);
    // With room, the usual summary names them (each cut to 300 characters).
    expect(renderReviewMarkdown(review)).toContain(`\`${`org/${long(0)}`.slice(0, 300)}…(+117 characters)\``);
  });

  test('never refuses: when the high-risk changes do not fit, the first ones in rank order are shown and the rest counted', () => {
    const review = sampleReview();
    const high = highItems(review);
    expect(high.length).toBeGreaterThan(3);
    for (const maxChars of [MIN_COMMENT_CHARS, 1500, 2000]) {
      const comment = renderReviewMarkdown(review, { maxChars, fullReviewAt: 'https://ci.example/run/1' });
      expect(comment.length).toBeLessThanOrEqual(maxChars);
      const shown = shownPrefix(comment, high);
      expect(shown).toBeLessThan(high.length);
      expect(comment).toContain(`**${high.length - shown} high-risk change(s) are not shown here.**`);
      expect(comment).toContain('The full review: <https://ci.example/run/1>.');
    }
  });
});

/** The high-risk items of a review in rank order, each as a comment prints it (either sign style). */
function highItems(review: Review): [string, string][] {
  return review.changes
    .filter((c) => c.rule.level === RiskLevel.HIGH)
    .map((c) => [changeItem(c, code, MARKDOWN_SIGNS), changeItem(c, code, NO_SIGNS)]);
}

/** How many high-risk items the comment shows; fails when they are not a prefix of the ranking. */
function shownPrefix(comment: string, items: readonly [string, string][]): number {
  const shown = items.map(([a, b]) => comment.includes(a) || comment.includes(b));
  const n = shown.indexOf(false) === -1 ? shown.length : shown.indexOf(false);
  expect(shown.slice(n)).toEqual(shown.slice(n).map(() => false));
  return n;
}

// ----- property: any pair of apps up to 2,000 mappings ------------------------------------------

const ldapName = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const oktaName = fc.stringMatching(/^[A-Z][A-Za-z0-9 ]{0,11}$/);
const roles = Object.values(OktaAdminRole);

/** Group mappings with unique pairs, up to `max`, plus a description now and then. */
const groupMappings = (max: number) =>
  fc
    .uniqueArray(fc.record({ ldapGroup: ldapName, oktaGroup: oktaName, described: fc.boolean() }), {
      maxLength: max,
      // Lengths over the whole range, not fast-check's default of small arrays.
      size: 'max',
      selector: (g) => g.oktaGroup,
    })
    .map((gs) =>
      gs.map((g): LdapGroupMapping => ({
        ldapGroup: g.ldapGroup,
        oktaGroup: g.oktaGroup,
        ...(g.described ? { description: `d ${g.ldapGroup}` } : {}),
      })),
    );
const roleMappings = fc
  .uniqueArray(fc.record({ ldapGroup: ldapName, role: fc.constantFrom(...roles), targeted: fc.boolean() }), {
    maxLength: 12,
    selector: (r) => `${r.ldapGroup}:${r.role}`,
  })
  .map((rs) =>
    rs.map((r): LdapRoleMapping => ({
      ldapGroup: r.ldapGroup,
      role: r.role,
      ...(r.targeted ? { targetGroupIds: ['00g1'] } : {}),
    })),
  );
const settingsChange = fc.record({
  security: fc.constantFrom(LdapConnectionSecurity.LDAPS, LdapConnectionSecurity.STARTTLS),
  uniqueId: fc.constantFrom('entrydn', 'entryuuid'),
  filter: fc.constantFrom('(objectclass=inetorgperson)', '(&(objectclass=inetorgperson)(!(pwdlock=true)))'),
});

interface SettingsChange {
  security: LdapConnectionSecurity;
  uniqueId: string;
  filter: string;
}

function manifest(
  groups: LdapGroupMapping[],
  rolesOf: LdapRoleMapping[],
  s: SettingsChange,
): IntegrationManifest {
  const settings = base.settings;
  return sampleManifest({
    groupMappings: groups,
    roleMappings: rolesOf,
    settings: {
      ...settings,
      agent: { ...settings.agent, connectionSecurity: s.security },
      schema: { ...settings.schema, uniqueIdentifierAttribute: s.uniqueId },
      user: { ...settings.user, objectFilter: s.filter },
    },
  });
}

/** A base app and a head that keeps, drops and adds mappings at random (both up to 2,000 group mappings). */
const appPair = fc
  .record({
    shared: groupMappings(2000),
    keep: fc.double({ min: 0, max: 1, noNaN: true }),
    added: groupMappings(300),
    baseRoles: roleMappings,
    headRoles: roleMappings,
    baseSettings: settingsChange,
    headSettings: settingsChange,
    firstPr: fc.boolean(),
  })
  .map((p) => {
    const kept = p.shared.filter((_, i) => (i * 7919) % 1000 < p.keep * 1000);
    const taken = new Set(p.shared.map((g) => g.oktaGroup));
    const added = p.added.filter((g) => !taken.has(g.oktaGroup)).slice(0, 2000 - kept.length);
    return {
      base: p.firstPr ? undefined : app(manifest(p.shared, p.baseRoles, p.baseSettings)),
      head: app(manifest([...kept, ...added], p.headRoles, p.headSettings)),
    };
  });

test('property: any pair of apps up to 2,000 mappings gives a comment within --max-chars that shows the high-risk changes in rank order and counts the rest', () => {
  fc.assert(
    fc.property(
      appPair,
      fc.integer({ min: MIN_COMMENT_CHARS, max: GITHUB_COMMENT_MAX_CHARS }),
      ({ base: b, head: h }, maxChars) => {
        const review = buildReview(b, h);
        const comment = renderReviewMarkdown(review, { maxChars });
        expect(comment.length).toBeLessThanOrEqual(maxChars);
        // Never refused: the high-risk changes shown are the first ones of the ranking, the rest counted.
        const high = highItems(review);
        const shown = shownPrefix(comment, high);
        if (shown < high.length) {
          expect(comment).toContain(`**${high.length - shown} high-risk change(s) are not shown here.**`);
        }
        return true;
      },
    ),
    { numRuns: 25, seed: 20261201 },
  );
});

test('at GitHub’s limit, 2,000 group mappings removed at once still fit with every one of them listed', () => {
  const groups = Array.from({ length: 2000 }, (_, i) => ({ ldapGroup: `grp-${i}`, oktaGroup: `Group ${i}` }));
  const review = buildReview(
    app(sampleManifest({ groupMappings: groups })),
    app(sampleManifest({ groupMappings: [] })),
  );
  expect(review.changes.filter((c) => c.rule.id === 'RISK-GROUP-MAPPING-REMOVED')).toHaveLength(2000);
  const comment = renderReviewMarkdown(review);
  expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_CHARS);
  expect(containsItem(comment, review)).toBe(true);
});

test('the generator reaches large apps: head sizes over the runs go past 1,000 mappings', () => {
  const sizes = fc
    .sample(appPair, { numRuns: 25, seed: 20261201 })
    .map((p) => p.head[0]!.integrations[0]!.groupMappings.length);
  expect(Math.max(...sizes)).toBeGreaterThan(1000);
});
