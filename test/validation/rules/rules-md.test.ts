import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../../lib/validation/rules';

interface RulesMdRow {
  readonly id: string;
  readonly severity: string;
  readonly cause: string;
  readonly explanation: string;
  readonly fix: string;
}

function rulesMdRows(): RulesMdRow[] {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'RULES.md'), 'utf8');
  return text
    .split('\n')
    .filter((line) => /^\|\s*OKLDAP-\d+\s*\|/.test(line))
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim());
      expect(cells).toHaveLength(5);
      const [id, severity, cause, explanation, fix] = cells as [string, string, string, string, string];
      return { id, severity, cause, explanation, fix };
    });
}

describe('RULES.md', () => {
  const rows = rulesMdRows();

  test('lists exactly the ids of ALL_RULES, in the same order', () => {
    expect(rows.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
  });

  test('gives each rule its severity and its title as the cause (Markdown code marks aside)', () => {
    expect(rows.map((r) => [r.id, r.severity, r.cause.replace(/`/g, '')])).toEqual(
      ALL_RULES.map((r) => [r.id, r.severity, r.title]),
    );
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
    const tests = readdirSync(__dirname)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => readFileSync(join(__dirname, name), 'utf8'))
      .join('\n');
    const untested = ALL_RULES.map((r) => r.id).filter((id) => !tests.includes(`ruleId: '${id}'`));
    expect(untested).toEqual([]);
  });
});
