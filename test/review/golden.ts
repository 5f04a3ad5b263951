import * as fs from 'fs';
import * as path from 'path';

/**
 * Compares `actual` with a golden file in test/review/golden. With UPDATE_GOLDEN=1 the file is
 * (re)written instead: review the change by eye, then commit it.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(__dirname, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
  }
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}
