/**
 * The release script (scripts/release.mjs): what it does to CHANGELOG.md, and what it refuses.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'release.mjs');

/** `releaseChangelog(text, version, date)` of the script, run in a child node. */
function releaseChangelog(text: string, version: string): string {
  const program = `import { releaseChangelog } from ${JSON.stringify(SCRIPT)};
process.stdout.write(releaseChangelog(${JSON.stringify(text)}, ${JSON.stringify(version)}, '2027-01-02'));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
}

const CHANGELOG = `# Changelog

intro

## [Unreleased]

### For users

- a change

### Internal (no change to a plan, an output or the public API)

- a refactor

## [0.1.0] - 2026-01-01

- first
`;

test('moves the [Unreleased] entries under the new version, leaving [Unreleased] empty above it', () => {
  expect(releaseChangelog(CHANGELOG, '0.2.0')).toBe(`# Changelog

intro

## [Unreleased]

## [0.2.0] - 2027-01-02

### For users

- a change

### Internal (no change to a plan, an output or the public API)

- a refactor

## [0.1.0] - 2026-01-01

- first
`);
});

test('refuses an [Unreleased] section without entries, and a version not above the current one', () => {
  expect(() => releaseChangelog('# Changelog\n\n## [Unreleased]\n\n## [0.1.0]\n', '0.2.0')).toThrow(
    /lists no change: nothing to release/,
  );
  const old = spawnSync(process.execPath, [SCRIPT, '0.0.9', '--dry-run'], { cwd: ROOT, encoding: 'utf8' });
  expect({ status: old.status, stderr: old.stderr }).toEqual({
    status: 2,
    stderr: 'release: version 0.0.9 is not above the current 0.1.0\n',
  });
  const bad = spawnSync(process.execPath, [SCRIPT, 'next'], { cwd: ROOT, encoding: 'utf8' });
  expect(bad.stderr).toBe(
    'release: usage: npm run release -- <version> [--dry-run], e.g. 0.2.0; got "next"\n',
  );
});

test('--dry-run prints the head of the new CHANGELOG.md and changes no file', () => {
  const before = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
  const out = execFileSync(process.execPath, [SCRIPT, '99.0.0', '--dry-run'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(out).toMatch(
    /^# Changelog\n[\s\S]*## \[Unreleased\]\n\n## \[99\.0\.0\] - \d{4}-\d{2}-\d{2}\n\n### For users\n/,
  );
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' })).toBe(before);
});
