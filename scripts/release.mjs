// Cuts a release: `npm run release -- <version>` (e.g. 0.2.0).
//
//   1. refuses unless the working tree is clean, the version is semver and above package.json's,
//      and CHANGELOG.md's [Unreleased] section has entries;
//   2. sets the version in package.json and package-lock.json (npm version, no git tag yet);
//   3. moves the [Unreleased] entries of CHANGELOG.md under "## [<version>] - <today>", leaving an
//      empty [Unreleased] above it;
//   4. commits "release <version>" and tags it v<version> (annotated).
//
// It publishes nothing and pushes nothing: docs/releasing.md says what comes before and after.
// `--dry-run` prints the new CHANGELOG.md head and changes no file.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;
const UNRELEASED = '## [Unreleased]';

/** CHANGELOG.md text with the [Unreleased] entries moved under `## [version] - date`. */
export function releaseChangelog(text, version, date) {
  const start = text.indexOf(`${UNRELEASED}\n`);
  if (start < 0) throw new Error(`CHANGELOG.md has no "${UNRELEASED}" heading`);
  const bodyStart = start + UNRELEASED.length + 1;
  const next = text.slice(bodyStart).search(/^## \[/m);
  const bodyEnd = next < 0 ? text.length : bodyStart + next;
  const body = text.slice(bodyStart, bodyEnd).trim();
  if (!/^\s*- /m.test(body))
    throw new Error(`CHANGELOG.md's ${UNRELEASED} section lists no change: nothing to release`);
  const released = `${UNRELEASED}\n\n## [${version}] - ${date}\n\n${body}\n\n`;
  return text.slice(0, start) + released + text.slice(bodyEnd);
}

function compareVersions(a, b) {
  const [, ...x] = SEMVER.exec(a).map(Number);
  const [, ...y] = SEMVER.exec(b).map(Number);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

function main(argv) {
  const dryRun = argv.includes('--dry-run');
  const version = argv.find((a) => !a.startsWith('--'));
  if (version === undefined || !SEMVER.test(version)) {
    throw new Error(
      `usage: npm run release -- <version> [--dry-run], e.g. 0.2.0; got ${JSON.stringify(version ?? '')}`,
    );
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (compareVersions(version, pkg.version) <= 0) {
    throw new Error(`version ${version} is not above the current ${pkg.version}`);
  }
  const changelogFile = path.join(root, 'CHANGELOG.md');
  const today = new Date().toISOString().slice(0, 10);
  const changelog = releaseChangelog(fs.readFileSync(changelogFile, 'utf8'), version, today);
  if (dryRun) {
    // The head up to the new section's first entry heading (the whole text when it has none).
    const firstEntry = changelog.indexOf('\n#### ', changelog.indexOf(`## [${version}]`));
    process.stdout.write(firstEntry < 0 ? changelog : changelog.slice(0, firstEntry + 1));
    return;
  }
  if (git('status', '--porcelain') !== '')
    throw new Error('the working tree has changes: commit or stash them first');
  execFileSync('npm', ['version', version, '--no-git-tag-version'], { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(changelogFile, changelog);
  git('add', 'package.json', 'package-lock.json', 'CHANGELOG.md');
  git('commit', '-m', `release ${version}`);
  git('tag', '-a', `v${version}`, '-m', `cdktf-okta-ldap ${version}`);
  process.stdout.write(
    `Tagged v${version}. Next: git push --follow-tags, then npm publish (docs/releasing.md).\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`release: ${error.message}\n`);
    process.exitCode = 2;
  }
}
