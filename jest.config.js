// Two jest projects: `unit` (in-process, no server, no child process: `npm run test:unit`, seconds)
// and `live` (a real slapd, the fault proxy in front of it, terraform, or the CLI and tools as child
// processes). `npm test` and a bare `npx jest` run both; `npx jest --selectProjects live` the live half.
//
// A test file belongs to `live` when it imports the slapd fixture, the fault proxy, the Okta API
// stand-in (test/support/okta-standin/okta-standin.ts), the terraform harness or child_process, itself or through a helper under test/: the classification follows the
// code, so a new test lands in the right half without a list to keep
// (test/support-tests/jest-projects.test.ts pins it).
//
// TMPDIR is pointed at a disposable folder: every cdktf Testing.app() leaves a cdktf.outdir.* behind.
const path = require('path');
const fs = require('fs');
const tmp = path.join(__dirname, '.tmp', 'jest');
fs.mkdirSync(tmp, { recursive: true });
process.env.TMPDIR = tmp;

/** An import that makes a module live: a real server or process (the module names, wherever the file sits). */
const LIVE_IMPORT =
  /from '[^']*\/(?:slapd-fixture|fault-proxy|terraform-harness|okta-standin)'|from 'child_process'/;
/** Relative imports, followed so that a test using a helper that runs terraform is live too. */
const RELATIVE_IMPORT = /from '(\.{1,2}\/[^']+)'/g;

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

const testRoot = path.join(__dirname, 'test');
const liveMemo = new Map();
/** True when a test-side module (test/**) or one it imports from test/ starts a server or a process. */
function isLive(file) {
  if (liveMemo.has(file)) return liveMemo.get(file);
  liveMemo.set(file, false); // an import cycle adds nothing
  const source = fs.readFileSync(file, 'utf8');
  let live = LIVE_IMPORT.test(source);
  for (const [, spec] of live ? [] : source.matchAll(RELATIVE_IMPORT)) {
    const target = path.resolve(path.dirname(file), spec);
    const candidate = [`${target}.ts`, path.join(target, 'index.ts')].find((f) => fs.existsSync(f));
    if (candidate !== undefined && candidate.startsWith(testRoot + path.sep) && isLive(candidate)) {
      live = true;
      break;
    }
  }
  liveMemo.set(file, live);
  return live;
}

const live = testFiles(testRoot).filter(isLive);
/** Regular expressions that match exactly the live files (jest matches them against absolute paths). */
const livePatterns = live.map((file) => `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFilesAfterEnv: ['<rootDir>/test/setup-jest.ts'],
  // Builds the guard runner bundle when a lib/ source is newer (the construct copies it into stacks).
  // Jest runs a globalSetup module once, however many projects name it.
  globalSetup: '<rootDir>/test/global-setup.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...livePatterns],
    },
    {
      ...shared,
      displayName: 'live',
      testRegex: livePatterns.length > 0 ? livePatterns : ['^$'],
    },
  ],
};
