/**
 * What a hostile pull request can do to the review: names, descriptions, DNs, filters, rule names,
 * keys and preflight texts taken from a corpus of markup, control and invisible characters are
 * pushed through the review comment, the report, the diff and their text forms. The Markdown is
 * rendered by a GitHub-flavoured renderer and the HTML compared with the rendering of the same
 * change made with plain names: the same headings, lists, tables and details blocks, no element,
 * comment, link or mention the product did not write, every high-risk change present and ranked.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { IntegrationManifest, StackManifest } from '../../lib/manifest/integration-manifest';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import type { PreflightReport } from '../../lib/preflight/finding';
import { renderMarkdown } from '../../lib/preflight/render/markdown';
import { renderText } from '../../lib/preflight/render/text';
import { diffApps } from '../../lib/review/app-diff';
import { renderDiffMarkdown, renderDiffText } from '../../lib/review/diff-render';
import { renderReport } from '../../lib/review/report-markdown';
import { buildReview, Review } from '../../lib/review/review';
import { renderReviewMarkdown } from '../../lib/review/review-markdown';
import { changeItem, MARKDOWN_SIGNS, NO_SIGNS } from '../../lib/review/review-parts';
import { renderReviewText } from '../../lib/review/review-text';
import { RiskLevel } from '../../lib/review/risk-rule';
import { code } from '../../lib/text/markdown';
import { hasHiddenCharacters } from '../../lib/text/untrusted-text';
import { sampleManifest, samplePreflightReport } from './synthesized-app-fixture';

/** The corpus: each entry is a value a pull request could put into its app. */
export const HOSTILE: readonly string[] = [
  // Breaking out of an inline code span with newlines: a fake heading, list item and details block.
  'x`\n\n## Low risk (0)\n\n- nothing to see\n\n<details>\n\n`y',
  // Raw HTML and Markdown in a table cell: closes details, opens a comment, mentions a team.
  '</details><!-- <img src=x onerror=alert(1)> @someorg/admins #123 | a | b |',
  // A right-to-left override making a grant read as harmless.
  'helpdesk\u202eYLNO_DAER (low risk)',
  // Zero-width characters: two names that look equal.
  'Engi\u200bneer\u200ding\u2060',
  // Terminal escapes: erase lines, move up, print a green all-clear.
  '\u001b[2K\u001b[1A\u001b[32mNo risky change.\u001b[0m',
  // An integration-id-like value opening an HTML comment.
  'A\n<!--',
  '-->',
  '<details><summary>click</summary>hidden</details>',
  '```\nfenced\n```',
  '``````````',
  '~~~',
  '| a | b |\n| --- | --- |\n| c | d |',
  '\n# Heading at line start',
  '**bold** _em_ ~~strike~~',
  '[click](https://evil.example/phish)',
  '![x](https://evil.example/x.png)',
  'https://evil.example www.evil.example <https://evil.example>',
  '&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;b&#x3E; &amp;',
  'carriage\rreturn',
  'lone \ud800 surrogate \udfff',
  'a\\|b \\\\| c',
  '`` ` ``',
  'line\u2028separator\u2029paragraph',
  '@someorg/admins #42 GH-7 :smile:',
  `long-${'n'.repeat(10_000)}`,
];

const app = (integration: IntegrationManifest): StackManifest[] => [
  { stack: 'org', workingDirectory: 'stacks/org', integrations: [integration] },
];

/** A base and a head that add, for every value of `names`, a group mapping and a SUPER_ADMIN grant. */
function changeWith(names: readonly string[]): { base: StackManifest[]; head: StackManifest[] } {
  const base = sampleManifest();
  const s = base.settings;
  const v = (i: number): string => names[i % names.length]!;
  const head = sampleManifest({
    settings: {
      ...s,
      user: { ...s.user, objectFilter: `(&(objectclass=inetorgperson)(cn=${v(0)}))` },
      group: { ...s.group, searchBase: `ou=${v(1)},${s.group.searchBase}` },
    },
    userMappings: { ...base.userMappings, [`x${v(2)}`]: `appuser.${v(3)}` },
    groupMappings: [
      ...base.groupMappings,
      ...names.map((n, i) => ({
        ldapGroup: `l${i}-${n}`,
        oktaGroup: `o${i}-${n}`,
        description: n,
        ruleName: `r${i}-${n}`,
      })),
    ],
    roleMappings: names.map((n, i) => ({ ldapGroup: `g${i}-${n}`, role: OktaAdminRole.SUPER_ADMIN })),
    passwordPolicy: { name: `p-${v(4)}`, description: v(5) },
    warnings: names.map((n, i) => ({ ruleId: `OKLDAP-${i}`, path: `groupMappings[${i}]`, message: n })),
    suppressedWarnings: [{ ruleId: 'OKLDAP-1', path: v(6), message: v(7), reason: v(8) }],
    resources: [
      ...base.resources,
      ...names.map((n, i) => ({ type: 'okta_group', address: `okta_group.G${i}`, purpose: n })),
    ],
  });
  return { base: app(base), head: app(head) };
}

/** A preflight report whose every text is a corpus value (a report is an input file too). */
function hostileReport(names: readonly string[]): PreflightReport {
  const r = samplePreflightReport();
  return {
    ...r,
    findings: r.findings.map((f, i) => ({
      ...f,
      title: names[i % names.length]!,
      message: names[(i + 1) % names.length]!,
      ...(f.fix !== undefined ? { fix: names[(i + 2) % names.length]! } : {}),
    })),
  };
}

/** The report with the product's own titles back (the preflight writes them; a report file may not). */
function ownTitles(report: PreflightReport): PreflightReport {
  const titles = samplePreflightReport().findings.map((f) => f.title);
  return { ...report, findings: report.findings.map((f, i) => ({ ...f, title: titles[i]! })) };
}

/**
 * The same change with plain names. A plain name holds a no-break space where the hostile one holds a
 * hidden character, so both reviews rank the same changes under the same rules (hidden characters
 * are a high risk of their own) and differ only in the text of the values.
 */
const PLAIN = HOSTILE.map((h, i) => `plain-name-${i}${hasHiddenCharacters(h) ? '\u00a0' : ''}`);

interface HtmlNode {
  readonly tag?: string;
  readonly attrs?: Record<string, string>;
  readonly children?: readonly HtmlNode[];
  readonly text?: string;
  readonly comment?: string;
}

/** Renders Markdown documents with a GitHub-flavoured renderer (one child process for all). */
function renderGfm(documents: readonly string[]): { html: string; tree: HtmlNode[] }[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, '..', 'support', 'gfm-render.mjs')], {
    input: JSON.stringify(documents),
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out.toString('utf8')) as { html: string; tree: HtmlNode[] }[];
}

/** The element structure of a rendering: tags in document order, with what sits inside code left out. */
function skeleton(nodes: readonly HtmlNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.comment !== undefined) out.push('<!--comment-->');
    if (n.tag === undefined) continue;
    out.push(n.tag);
    if (n.tag !== 'code') skeleton(n.children ?? [], out);
  }
  return out;
}

/** Every text node outside `code` and `pre` (where GitHub links mentions, references and addresses). */
function proseText(nodes: readonly HtmlNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.text !== undefined) out.push(n.text);
    if (n.tag !== undefined && n.tag !== 'code' && n.tag !== 'pre') proseText(n.children ?? [], out);
  }
  return out;
}

/** Checks one rendering of a hostile document against the rendering of the plain one. */
function expectSameStructure(hostile: { html: string; tree: HtmlNode[] }, plain: { tree: HtmlNode[] }): void {
  expect(skeleton(hostile.tree)).toEqual(skeleton(plain.tree));
  expectNothingInjected(hostile, plain);
}

/** No element the plain rendering lacks, no HTML comment, mention, reference, address or hidden character. */
function expectNothingInjected(
  hostile: { html: string; tree: HtmlNode[] },
  plain: { tree: HtmlNode[] },
): void {
  const allowed = new Set(skeleton(plain.tree));
  expect([...new Set(skeleton(hostile.tree))].filter((t) => !allowed.has(t))).toEqual([]);
  expect(skeleton(hostile.tree)).not.toContain('<!--comment-->');
  const prose = proseText(hostile.tree).join(' ');
  expect(prose).not.toMatch(/@[A-Za-z0-9]/); // no @mention
  expect(prose).not.toMatch(/(^|\W)#\d/); // no #123 reference
  expect(prose).not.toMatch(/https?:|www\./); // no autolink
  expect(hasHiddenCharacters(hostile.html.replace(/\n/g, ''))).toBe(false);
}

/** The high-risk items of a review in rank order, as the comment prints them (either sign style). */
function highItems(review: Review): string[][] {
  const quote = (v: string): string => code(v, { max: 300 });
  return review.changes
    .filter((c) => c.rule.level === RiskLevel.HIGH)
    .map((c) => [changeItem(c, quote, MARKDOWN_SIGNS), changeItem(c, quote, NO_SIGNS)]);
}

describe('a hostile pull request cannot change the structure of what the review prints', () => {
  const hostile = changeWith(HOSTILE);
  const plain = changeWith(PLAIN);
  const preflight = { hostile: hostileReport(HOSTILE), plain: hostileReport(PLAIN) };
  const hostileReview = buildReview(hostile.base, hostile.head, { preflight: [preflight.hostile] });
  const plainReview = buildReview(plain.base, plain.head, { preflight: [preflight.plain] });

  const documents = {
    comment: [renderReviewMarkdown(hostileReview), renderReviewMarkdown(plainReview)],
    uncut: [
      renderReviewMarkdown(hostileReview, { maxChars: Infinity }),
      renderReviewMarkdown(plainReview, { maxChars: Infinity }),
    ],
    report: [
      renderReport(hostile.head, { preflight: [preflight.hostile] }),
      renderReport(plain.head, { preflight: [preflight.plain] }),
    ],
    diff: [
      renderDiffMarkdown(diffApps(hostile.base, hostile.head)),
      renderDiffMarkdown(diffApps(plain.base, plain.head)),
    ],
    // The preflight's own Markdown: titles are the product's, messages and fixes carry values.
    preflight: [renderMarkdown(ownTitles(preflight.hostile)), renderMarkdown(ownTitles(preflight.plain))],
  };
  const names = Object.keys(documents) as (keyof typeof documents)[];
  const rendered = renderGfm(names.flatMap((n) => documents[n]));
  const html = Object.fromEntries(
    names.map((n, i) => [n, { hostile: rendered[2 * i]!, plain: rendered[2 * i + 1]! }]),
  );

  test.each(names)(
    '%s: the same elements as with plain names, no injected element, comment or mention',
    (name) => {
      expectSameStructure(html[name]!.hostile, html[name]!.plain);
    },
  );

  test('a comment cut short: the plain review’s headings in order, details closed, nothing injected', () => {
    const comment = renderReviewMarkdown(hostileReview, { maxChars: 3000 });
    expect(comment.length).toBeLessThanOrEqual(3000);
    expect(comment).toMatch(/\*\*\d+ high-risk change\(s\) are not shown here\.\*\*/);
    const cut = renderGfm([comment, documents.uncut[1]!]);
    const [hostileCut, plainWhole] = [cut[0]!, cut[1]!];
    expectNothingInjected(hostileCut, plainWhole);
    const headings = (nodes: readonly HtmlNode[]): string[] =>
      nodes
        .filter((n) => n.tag !== undefined && /^h\d$/.test(n.tag) && !skeleton([n]).includes('code'))
        .map((n) => `${n.tag} ${proseText([n]).join('')}`);
    const shown = headings(hostileCut.tree);
    expect(headings(plainWhole.tree).filter((h) => shown.includes(h))).toEqual(shown);
    expect(shown).toContain(`h3 High risk (${highItems(hostileReview).length})`);
    // The product's own <details> is whole or absent; no value opens one.
    const details = (nodes: readonly HtmlNode[]): number =>
      skeleton(nodes).filter((t) => t === 'details').length;
    expect(details(hostileCut.tree)).toBeLessThanOrEqual(details(plainWhole.tree));
    // The high-risk changes shown are the first ones of the ranking; the note counts the others.
    const shownItems = highItems(hostileReview).filter((forms) =>
      forms.some((f) => comment.includes(f)),
    ).length;
    expect(
      highItems(hostileReview)
        .slice(0, shownItems)
        .every((forms) => forms.some((f) => comment.includes(f))),
    ).toBe(true);
    expect(comment).toContain(
      `**${highItems(hostileReview).length - shownItems} high-risk change(s) are not shown here.**`,
    );
  });

  test('every high-risk change is present in the comment, in rank order, its hidden characters shown', () => {
    const comment = documents.comment[0]!;
    const items = highItems(hostileReview);
    expect(items.length).toBeGreaterThanOrEqual(HOSTILE.length);
    let at = -1;
    for (const forms of items) {
      const found = Math.max(...forms.map((f) => comment.indexOf(f)));
      expect(found).toBeGreaterThan(at);
      at = found;
    }
    expect(comment).toContain('`g2-helpdesk<U+202E>YLNO_DAER (low risk): SUPER_ADMIN`');
    expect(comment).toContain('Engi<U+200B>neer<U+200D>ing<U+2060>');
    // The hidden characters themselves are a high risk of their own.
    expect(
      hostileReview.changes.filter(
        (c) => c.rule.id === 'RISK-HIDDEN-CHARACTERS' && c.rule.level === RiskLevel.HIGH,
      ).length,
    ).toBeGreaterThanOrEqual(HOSTILE.filter((h) => hasHiddenCharacters(h)).length);
    expect(plainReview.changes.some((c) => c.rule.id === 'RISK-HIDDEN-CHARACTERS')).toBe(true);
  });

  test('text forms: no byte below 0x20 but the line break, no hidden character, from any value', () => {
    const texts = [renderReviewText(hostileReview), renderDiffText(diffApps(hostile.base, hostile.head))];
    for (const text of [...texts, renderText(preflight.hostile)]) {
      expect([...Buffer.from(text, 'utf8')].filter((b) => b < 0x20 && b !== 0x0a)).toEqual([]);
      expect(hasHiddenCharacters(text.replace(/\n/g, ''))).toBe(false);
    }
    for (const text of texts) {
      expect(text).toContain('<U+001B>[2K<U+001B>[1A<U+001B>[32mNo risky change.<U+001B>[0m');
    }
    // Each value stays on its line: the fake all-clear never starts a line of its own.
    expect(renderReviewText(hostileReview)).not.toMatch(/^No risky change\./m);
  });
});
