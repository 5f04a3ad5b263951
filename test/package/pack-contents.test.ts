import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import { PACKAGE_JSON, REPO, requireBuild } from './built-package';

interface Bundle {
  readonly name: string;
  readonly entry: string;
  readonly outfile: string;
  readonly selfContained: boolean;
}

/** The bundles `scripts/build-bundles.mjs` makes (its own list). */
function bundles(): Bundle[] {
  const r = spawnSync(process.execPath, ['scripts/build-bundles.mjs', '--list'], {
    cwd: REPO,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Bundle[];
}

/** The files `npm pack` puts in the tarball (no build: `npm test` has just built). */
function packedFiles(): string[] {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: REPO,
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  const [pack] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
  return pack!.files.map((f) => f.path).sort();
}

/** Every `.ts` file under `dir` (relative to the repository), recursively. */
function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(REPO, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f.split(path.sep).join('/')}`);
}

beforeAll(requireBuild);

describe('npm pack', () => {
  test('holds exactly what a user needs: compiled library, bin, bundles, README, RULES, CHANGELOG, the docs they link to', () => {
    const expected = [
      'package.json',
      'README.md',
      'RULES.md',
      'CHANGELOG.md',
      ...fs
        .readdirSync(path.join(REPO, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
      ...fs
        .readdirSync(path.join(REPO, 'api'))
        .filter((f) => f.endsWith('.api.md'))
        .map((f) => `api/${f}`),
      'examples/github-actions/pr.yml',
      ...sources('lib').flatMap((f) => [
        `dist/${f.replace(/\.ts$/, '.js')}`,
        `dist/${f.replace(/\.ts$/, '.d.ts')}`,
      ]),
      ...sources('bin').map((f) => `dist/${f.replace(/\.ts$/, '.js')}`),
      ...bundles().map((b) => b.outfile),
    ].sort();
    // No tests, no TypeScript sources, no source maps, no stale output of a deleted source.
    expect(packedFiles()).toEqual(expected);
  });

  test('every relative link of the packed Markdown and of the CLI help resolves inside the tarball', () => {
    const packed = packedFiles();
    const has = (target: string): boolean =>
      packed.includes(target) ||
      packed.some((f) => f.startsWith(target.endsWith('/') ? target : `${target}/`));
    const broken: string[] = [];
    for (const file of packed.filter((f) => f.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(REPO, file), 'utf8');
      for (const [, link] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(link!) || link!.startsWith('#')) continue;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), link!.split('#')[0]!));
        if (!has(target)) broken.push(`${file}: ${link}`);
      }
    }
    // The CLI's --help texts name docs/… pages.
    for (const file of packed.filter((f) => f.startsWith('dist/lib/cli/') && f.endsWith('.js'))) {
      for (const [doc] of fs.readFileSync(path.join(REPO, file), 'utf8').matchAll(/docs\/[a-z-]+\.md/g)) {
        if (!has(doc)) broken.push(`${file}: ${doc}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every file package.json points at is in the tarball', () => {
    const packed = new Set(packedFiles());
    const targets = [
      PACKAGE_JSON.main,
      PACKAGE_JSON.types,
      ...Object.values(PACKAGE_JSON.bin),
      ...Object.values(PACKAGE_JSON.exports).flatMap((t) =>
        typeof t === 'string' ? [t] : [t.types, t.default],
      ),
      ...Object.values(PACKAGE_JSON.typesVersions['*'] ?? {}).flat(),
    ].map((t) => t.replace(/^\.\//, ''));
    expect(targets.filter((t) => !packed.has(t))).toEqual([]);
  });

  test('cdktf, constructs and the okta bindings are peers (one copy in the app), ldapts a dependency', () => {
    expect(Object.keys(PACKAGE_JSON.dependencies)).toEqual(['ldapts']);
    expect(PACKAGE_JSON.peerDependencies).toEqual({
      '@cdktf/provider-okta': '^14.1.1',
      cdktf: '>=0.21.0 <0.25.0',
      constructs: '^10.4.2',
    });
    for (const peer of Object.keys(PACKAGE_JSON.peerDependencies)) {
      expect(PACKAGE_JSON.devDependencies[peer]).toBeDefined();
    }
  });
});

describe('bundles (scripts/build-bundles.mjs)', () => {
  test('a self-contained bundle requires only Node built-ins', () => {
    const builtins = new Set(builtinModules);
    for (const bundle of bundles().filter((b) => b.selfContained)) {
      const text = fs.readFileSync(path.join(REPO, bundle.outfile), 'utf8');
      const required = [...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!);
      expect({
        bundle: bundle.name,
        nonBuiltin: required.filter((r) => !builtins.has(r.replace(/^node:/, ''))),
      }).toEqual({
        bundle: bundle.name,
        nonBuiltin: [],
      });
    }
  });
});
