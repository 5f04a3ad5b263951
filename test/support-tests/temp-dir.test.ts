/**
 * `tempDir` folders live as long as their test file: a jest run of a small test file (in a child
 * process, with its own TMPDIR) shares a folder between two tests, and the folder is gone once the
 * run ends.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../support/temp-dir';

const ROOT = path.join(__dirname, '..', '..');

test('a tempDir folder is kept across the tests of a file and removed when the file ends', () => {
  const work = tempDir('temp-dir-run-');
  const tmp = path.join(work, 'tmp');
  fs.mkdirSync(tmp);
  const seen = path.join(work, 'seen.txt');
  const tempDirModule = path.join(ROOT, 'test', 'support', 'temp-dir').split(path.sep).join('/');
  fs.writeFileSync(
    path.join(work, 'shared-folder.test.ts'),
    [
      "import * as fs from 'fs';",
      "import * as path from 'path';",
      `import { tempDir } from '${tempDirModule}';`,
      "const shared = tempDir('shared-');",
      `test('one', () => { fs.writeFileSync(path.join(shared, 'a'), 'a'); fs.writeFileSync(${JSON.stringify(seen)}, shared); });`,
      "test('two', () => { expect(fs.readFileSync(path.join(shared, 'a'), 'utf8')).toBe('a'); });",
      '',
    ].join('\n'),
  );
  const config = {
    rootDir: work,
    testEnvironment: 'node',
    testMatch: ['**/*.test.ts'],
    transform: {
      '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(ROOT, 'tsconfig.json'), isolatedModules: true }],
    },
  };
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--config', JSON.stringify(config), '--ci'],
    { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8', timeout: 120_000 },
  );
  expect({ status: run.status, passed: /Tests: +2 passed, 2 total/.test(run.stderr) }).toEqual({
    status: 0,
    passed: true,
  });
  const shared = fs.readFileSync(seen, 'utf8');
  expect(shared.startsWith(path.join(tmp, 'shared-'))).toBe(true);
  expect(fs.existsSync(shared)).toBe(false);
}, 120_000);
