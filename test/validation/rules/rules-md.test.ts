import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../../lib/validation/all-rules';
import { DIRECTORY_PROFILES } from '../../../lib/presets/directory-profiles';
import { GENERIC_RULES } from '../../../lib/validation/rules';
import type { ValidationRule } from '../../../lib/validation-rule/validation-rule';

interface RulesMdRow {
  /** The `## ` heading the row's table is under. */
  readonly section: string;
  readonly id: string;
  readonly severity: string;
  readonly cause: string;
  readonly explanation: string;
  readonly fix: string;
}

function rulesMdRows(): RulesMdRow[] {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'RULES.md'), 'utf8');
  let section = '';
  const rows: RulesMdRow[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).trim();
    if (!/^\|\s*OKLDAP-\d+\s*\|/.test(line)) continue;
    const cells = line
      .slice(1, -1)
      .split(' | ')
      .map((c) => c.trim());
    expect(cells).toHaveLength(5);
    const [id, severity, cause, explanation, fix] = cells as [string, string, string, string, string];
    rows.push({ section, id, severity, cause, explanation, fix });
  }
  return rows;
}

/** The rules RULES.md lists under each heading. */
const SECTIONS: readonly (readonly [string, readonly ValidationRule[]])[] = [
  ['Generic rules', GENERIC_RULES],
  ...DIRECTORY_PROFILES.map((p) => [`${p.vendorName} profile`, p.rules] as const),
];

describe('RULES.md', () => {
  const rows = rulesMdRows();

  test("lists the generic rules and each profile's under its own heading, in the same order", () => {
    for (const [section, rules] of SECTIONS) {
      expect(rows.filter((r) => r.section === section).map((r) => r.id)).toEqual(rules.map((r) => r.id));
    }
    expect(rows.map((r) => r.id).sort()).toEqual(ALL_RULES.map((r) => r.id));
  });

  test('gives each rule its severity and its title as the cause (Markdown code marks aside)', () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(
      ALL_RULES.map((r) => [r.id, byId.get(r.id)?.severity, byId.get(r.id)?.cause.replace(/`/g, '')]),
    ).toEqual(ALL_RULES.map((r) => [r.id, r.severity, r.title]));
  });

  test('has an explanation and a fix on every row', () => {
    for (const row of rows) {
      expect(row.explanation.length).toBeGreaterThan(20);
      expect(row.fix.length).toBeGreaterThan(10);
    }
  });

  test('rule ids are unique, well-formed and in id order (1xx settings, 2xx mappings, 3xx adoption, 4xx construct options)', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^OKLDAP-[1234]\d\d$/);
    expect([...ids].sort()).toEqual(ids);
  });

  test('every rule has a test asserting a full violation with its id', () => {
    const presetTests = join(__dirname, '..', '..', 'presets');
    const tests = [__dirname, ...readdirSync(presetTests).map((vendor) => join(presetTests, vendor))]
      .filter((dir) => !dir.endsWith('.ts'))
      .flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)))
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const untested = ALL_RULES.map((r) => r.id).filter((id) => !tests.includes(`ruleId: '${id}'`));
    expect(untested).toEqual([]);
  });
});
