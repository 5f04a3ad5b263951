/**
 * The Okta API stand-in (test/support/okta-standin) is modelled on Okta's recorded behaviour, never on
 * the product: it imports nothing from lib/ or elsewhere in the repository (only Node and its own
 * files), so a product bug cannot be mirrored into it by a shared helper; and its files form no
 * import cycle.
 */
import * as path from 'path';
import { fileImports, folderCycles } from '../support/folder-imports';

const STANDIN = path.join(__dirname, '..', 'support', 'okta-standin');

test('the stand-in imports only its own files', () => {
  const outside = fileImports(STANDIN).filter((e) => e.target.startsWith('..'));
  expect(outside.map((e) => `${e.file} -> ${e.target}`)).toEqual([]);
  // The checker sees the stand-in's own imports (so the check above is not vacuous).
  expect(
    fileImports(STANDIN).some((e) => e.file === 'okta-standin.ts' && e.target === 'routes-groups.ts'),
  ).toBe(true);
});

test('no import cycle between the files of the stand-in', () => {
  expect(folderCycles(fileImports(STANDIN))).toEqual([]);
});
