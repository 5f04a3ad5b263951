/**
 * The release script (scripts/release.mjs): what it does to CHANGELOG.md, package.json,
 * package-lock.json and git, and what it refuses. The script reads the project from the folder above
 * its own, so each run uses an unchanged copy of it in a fixture project (its own git repository),
 * never this repository's CHANGELOG.md or version.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../support/temp-dir';

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'release.mjs');

/** `releaseChangelog(text, version, date)` of the script, run in a child node. */
function releaseChangelog(text: string, version: string): string {
  const program = `import { releaseChangelog } from ${JSON.stringify(SCRIPT)};
process.stdout.write(releaseChangelog(${JSON.stringify(text)}, ${JSON.stringify(version)}, '2027-01-02'));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
}

/** The fixture project's version, and the one released from it. */
const CURRENT = '1.4.2';
const NEXT = '1.5.0';
const HEAD = '# Changelog\n\nintro\n\n';
const UNRELEASED = `## [Unreleased]

### For users

#### Preflight

- a change

### Internal (no change to a plan, an output or the public API)

- a refactor

`;
const PREVIOUS = `## [${CURRENT}] - 2026-01-01\n\n- first\n`;
const FIXTURE_CHANGELOG = HEAD + UNRELEASED + PREVIOUS;

/** The fixture CHANGELOG.md released as `version` on `date`, built from its parts. */
const released = (version: string, date: string): string =>
  `${HEAD}## [Unreleased]\n\n## [${version}] - ${date}\n\n${UNRELEASED.replace('## [Unreleased]\n\n', '').trim()}\n\n${PREVIOUS}`;

/**
 * A fixture project in a fresh git repository, all committed: package.json and package-lock.json at
 * `CURRENT`, the given CHANGELOG.md, and a copy of the release script in scripts/.
 */
function fixtureProject(changelog = FIXTURE_CHANGELOG): string {
  const root = tempDir('release-');
  fs.mkdirSync(path.join(root, 'scripts'));
  fs.copyFileSync(SCRIPT, path.join(root, 'scripts', 'release.mjs'));
  const json = (file: string, value: unknown): void =>
    fs.writeFileSync(path.join(root, file), `${JSON.stringify(value, null, 2)}\n`);
  json('package.json', { name: 'release-fixture', version: CURRENT, private: true });
  json('package-lock.json', {
    name: 'release-fixture',
    version: CURRENT,
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: 'release-fixture', version: CURRENT } },
  });
  fs.writeFileSync(path.join(root, 'CHANGELOG.md'), changelog);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.name', 'Release Test');
  git(root, 'config', 'user.email', 'release-test@example.com');
  git(root, 'config', 'tag.gpgSign', 'false');
  git(root, 'config', 'commit.gpgSign', 'false');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'fixture');
  return root;
}

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

/** Runs the fixture's copy of the script with `args`. */
function release(root: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'release.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The fixture's files the script may change, to show that a refused or dry run changed none. */
const files = (root: string): string[] =>
  ['package.json', 'package-lock.json', 'CHANGELOG.md'].map((f) =>
    fs.readFileSync(path.join(root, f), 'utf8'),
  );

const today = (): string => new Date().toISOString().slice(0, 10);

test('releaseChangelog moves the [Unreleased] entries under the new version, leaving [Unreleased] empty above it', () => {
  expect(releaseChangelog(FIXTURE_CHANGELOG, NEXT)).toBe(released(NEXT, '2027-01-02'));
});

test('a release bumps package.json and package-lock.json, moves the entries, commits and tags', () => {
  const root = fixtureProject();
  const before = today();
  const run = release(root, NEXT);
  const dates = [before, today()];
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(
    `Tagged v${NEXT}. Next: git push --follow-tags, then npm publish (docs/releasing.md).\n`,
  );
  const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
  expect(dates.map((d) => released(NEXT, d))).toContain(changelog);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  expect([pkg.version, lock.version, lock.packages[''].version]).toEqual([NEXT, NEXT, NEXT]);
  expect(git(root, 'status', '--porcelain')).toBe('');
  expect(git(root, 'log', '-1', '--format=%s')).toBe(`release ${NEXT}`);
  expect(git(root, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
    'CHANGELOG.md',
    'package-lock.json',
    'package.json',
  ]);
  expect(
    git(root, 'for-each-ref', '--format=%(objecttype) %(refname:short) %(contents:subject)', 'refs/tags'),
  ).toBe(`tag v${NEXT} cdktf-okta-ldap ${NEXT}`);
  expect(git(root, 'rev-list', '-n', '1', `v${NEXT}`)).toBe(git(root, 'rev-parse', 'HEAD'));
});

test('--dry-run prints the new CHANGELOG.md head up to the first entry heading and changes nothing', () => {
  const root = fixtureProject();
  const unchanged = files(root);
  const before = today();
  const run = release(root, NEXT, '--dry-run');
  const dates = [before, today()];
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  const heads = dates.map((d) => {
    const whole = released(NEXT, d);
    return whole.slice(0, whole.indexOf('\n#### ') + 1);
  });
  expect(heads[0]).toMatch(/### For users\n\n$/);
  expect(heads).toContain(run.stdout);
  expect(files(root)).toEqual(unchanged);
  expect(git(root, 'status', '--porcelain')).toBe('');
  expect(git(root, 'tag')).toBe('');
});

test('--dry-run prints the whole new CHANGELOG.md when the new section has no entry heading', () => {
  const root = fixtureProject(FIXTURE_CHANGELOG.replace('#### Preflight\n\n', ''));
  const before = today();
  const run = release(root, NEXT, '--dry-run');
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  const expected = [before, today()].map((d) => released(NEXT, d).replace('#### Preflight\n\n', ''));
  expect(expected).toContain(run.stdout);
});

describe('refusals exit 2 with the reason on stderr and change no file', () => {
  test.each([
    [
      'a version that is not semver',
      ['next'],
      'usage: npm run release -- <version> [--dry-run], e.g. 0.2.0; got "next"',
    ],
    ['no version', ['--dry-run'], 'usage: npm run release -- <version> [--dry-run], e.g. 0.2.0; got ""'],
    ['the current version', [CURRENT], `version ${CURRENT} is not above the current ${CURRENT}`],
    ['a lower version', ['1.4.1', '--dry-run'], `version 1.4.1 is not above the current ${CURRENT}`],
  ])('%s', (_name, args, reason) => {
    const root = fixtureProject();
    const unchanged = files(root);
    expect(release(root, ...args)).toEqual({ status: 2, stdout: '', stderr: `release: ${reason}\n` });
    expect(files(root)).toEqual(unchanged);
    expect(git(root, 'tag')).toBe('');
  });

  test('an [Unreleased] section without entries: nothing to release', () => {
    const root = fixtureProject(`${HEAD}## [Unreleased]\n\n${PREVIOUS}`);
    const unchanged = files(root);
    expect(release(root, NEXT)).toEqual({
      status: 2,
      stdout: '',
      stderr: "release: CHANGELOG.md's ## [Unreleased] section lists no change: nothing to release\n",
    });
    expect(files(root)).toEqual(unchanged);
  });

  test('a working tree with changes: nothing is bumped, committed or tagged', () => {
    const root = fixtureProject();
    fs.writeFileSync(path.join(root, 'notes.txt'), 'uncommitted\n');
    const unchanged = files(root);
    const commit = git(root, 'rev-parse', 'HEAD');
    expect(release(root, NEXT)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'release: the working tree has changes: commit or stash them first\n',
    });
    expect(files(root)).toEqual(unchanged);
    expect(git(root, 'rev-parse', 'HEAD')).toBe(commit);
    expect(git(root, 'tag')).toBe('');
  });
});
