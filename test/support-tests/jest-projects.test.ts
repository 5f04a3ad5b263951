import * as fs from 'fs';
import * as path from 'path';

/**
 * jest.config.js splits the suite into `unit` and `live` by what a test file imports. These tests
 * pin the split: every test file runs in exactly one project, and a file that starts a server or a
 * process never lands in the fast half.
 */
interface ProjectConfig {
  readonly displayName: string;
  readonly testMatch?: string[];
  readonly testPathIgnorePatterns?: string[];
  readonly testRegex?: string[];
}

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.config.js is CommonJS JavaScript
const config = require(path.join(ROOT, 'jest.config.js')) as { projects: ProjectConfig[] };

function project(name: string): ProjectConfig {
  const found = config.projects.find((p) => p.displayName === name);
  if (!found) throw new Error(`jest.config.js has no project '${name}'`);
  return found;
}

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

const matchesAny = (patterns: readonly string[] | undefined, file: string): boolean =>
  (patterns ?? []).some((p) => new RegExp(p).test(file));
const inUnit = (file: string): boolean => !matchesAny(project('unit').testPathIgnorePatterns, file);
const inLive = (file: string): boolean => matchesAny(project('live').testRegex, file);
const rel = (file: string): string => path.relative(ROOT, file);

describe('jest projects', () => {
  const files = testFiles(path.join(ROOT, 'test'));

  test('has exactly the projects unit and live', () => {
    expect(config.projects.map((p) => p.displayName)).toEqual(['unit', 'live']);
  });

  test('every test file runs in exactly one project', () => {
    expect(files.length).toBeGreaterThan(20);
    const wrong = files.filter((f) => inUnit(f) === inLive(f)).map(rel);
    expect(wrong).toEqual([]);
  });

  test('files that start slapd, terraform or a child process, themselves or through a helper, are live; pure files are unit', () => {
    expect(inLive(path.join(ROOT, 'test/preflight/run-preflight.test.ts'))).toBe(true); // slapd
    expect(inLive(path.join(ROOT, 'test/guard/preflight-guard-terraform.test.ts'))).toBe(true); // terraform
    expect(inLive(path.join(ROOT, 'test/hardening/faults.test.ts'))).toBe(true); // fault proxy + slapd
    // terraform through a helper (test/resources/okta-stand-ins.ts imports the terraform harness)
    expect(inLive(path.join(ROOT, 'test/resources/ldap-app-group-lookup-terraform.test.ts'))).toBe(true);
    // the Okta API stand-in, directly or through the tests' provider client
    expect(inLive(path.join(ROOT, 'test/support-tests/okta-standin/okta-standin.test.ts'))).toBe(true);
    expect(inLive(path.join(ROOT, 'test/support-tests/okta-standin/groups.test.ts'))).toBe(true);
    expect(inUnit(path.join(ROOT, 'test/support-tests/okta-standin/seed.test.ts'))).toBe(true);
    expect(inUnit(path.join(ROOT, 'test/validation/dn.test.ts'))).toBe(true);
    expect(inUnit(__filename)).toBe(true);
  });

  test('no unit test file starts slapd, runs terraform or spawns a process', () => {
    const starts = /\bstartSlapd\(|\bstartFaultProxy\(|\bspawn(?:Sync)?\(|\bexecFile(?:Sync)?\(|\bexecSync\(/;
    const offenders = files
      .filter((f) => f !== __filename && inUnit(f) && starts.test(fs.readFileSync(f, 'utf8')))
      .map(rel);
    expect(offenders).toEqual([]);
  });
});
