import * as fs from 'fs';
import * as path from 'path';
import { ALL_CHECKS, CHECK_IDS } from '../../lib/preflight/checks';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'preflight.md'), 'utf8');

describe('docs/preflight.md', () => {
  test('has a section for every check id, in the order the checks run', () => {
    const headings = [...DOC.matchAll(/^### (PF-[A-Z-]+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([...CHECK_IDS]);
  });

  test('names no check id the code does not have', () => {
    const mentioned = new Set([...DOC.matchAll(/PF-[A-Z]+(?:-[A-Z]+)*/g)].map((m) => m[0]));
    mentioned.delete('PF-BASE'); // "PF-BASE-*" in the common-errors table
    expect([...mentioned].filter((id) => !CHECK_IDS.includes(id))).toEqual([]);
  });

  test('every check has a unique id and a title', () => {
    expect(new Set(CHECK_IDS).size).toBe(ALL_CHECKS.length);
    for (const check of ALL_CHECKS) expect(check.title.length).toBeGreaterThan(5);
  });
});
