#!/usr/bin/env node
// Builds the construct library for the other cdktf languages with jsii. The npm package stays
// built by `npm run build` (tsc + esbuild, its own tsconfig and exports map); jsii compiles a copy
// of lib/ in a staging folder, .jsii-build/stage, with the package.json and tsconfig jsii needs, so
// neither the root tsconfig nor the npm package changes. jsii-pacmak then writes each language's
// package under dist/<language> (and a cached copy under .jsii-build/dist/<language>).
//
//   node scripts/jsii/jsii-package.mjs [--if-stale] python
//
// --if-stale: a language whose cached package was built from the current sources (same
// source hash) is not rebuilt, only copied to dist/<language> if missing there.
//
// The staged package bundles its one runtime dependency (ldapts): jsii requires every other
// dependency to be a jsii module. Only the root entry (the construct, its props, the presets,
// enums and suppressions) crosses into the other languages; what is TypeScript-only is marked
// `@jsii ignore` where it is declared.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLES, buildBundle } from '../build-bundles.mjs';
import { withBuildLock } from './build-lock.mjs';
import { sourceHash } from './source-hash.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILD = join(ROOT, '.jsii-build');
const STAGE = join(BUILD, 'stage');
// Java and Go are not built: their packages compile against the okta bindings, which the
// registries this project builds from do not serve (README, "Other languages").
const LANGUAGES = ['python'];

/** The package.json jsii reads: the npm package's name, version and peers, and the jsii targets. */
function stagedPackageJson() {
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const peers = root.peerDependencies;
  return {
    name: root.name,
    version: root.version,
    description: root.description,
    license: root.license,
    author: { name: 'cdktf-okta-ldap authors', organization: false },
    repository: { type: 'git', url: 'https://github.com/cdktf-okta-ldap/cdktf-okta-ldap.git' },
    main: 'lib/index.js',
    types: 'lib/index.d.ts',
    files: ['lib/**/*.js', 'lib/**/*.d.ts', 'dist/bundle/guard-runner.js', '.jsii', 'README.md'],
    dependencies: root.dependencies,
    bundledDependencies: Object.keys(root.dependencies),
    peerDependencies: peers,
    devDependencies: Object.fromEntries(Object.keys(peers).map((n) => [n, root.devDependencies[n]])),
    jsii: {
      outdir: 'dist',
      tsconfig: 'tsconfig.json',
      validateTsconfig: 'minimal',
      versionFormat: 'full',
      targets: {
        python: { distName: 'cdktf-okta-ldap', module: 'cdktf_okta_ldap' },
      },
    },
  };
}

/** The root tsconfig's compiler options, for lib/ alone (declarations on, no test types). */
function stagedTsconfig() {
  const root = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'));
  const { outDir: _o, rootDir: _r, types: _t, ...options } = root.compilerOptions;
  return {
    compilerOptions: { ...options, types: ['node'], declaration: true, experimentalDecorators: true },
    include: ['lib/**/*.ts'],
  };
}

const QUIET_NODE_WARNINGS = {
  JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1',
  JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION: '1',
  JSII_SUPPRESS_UPGRADE_PROMPT: '1',
};

function run(command, args, cwd) {
  console.log(`$ ${relative(ROOT, command)} ${args.join(' ')}`);
  const r = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ...QUIET_NODE_WARNINGS },
  });
  if (r.status !== 0) {
    throw new Error(`${relative(ROOT, command)} failed (exit ${r.status ?? r.signal}); its output is above`);
  }
}

/** Copies lib/ and the guard runner into the staging folder and runs jsii there. */
async function compile() {
  rmSync(STAGE, { recursive: true, force: true });
  mkdirSync(STAGE, { recursive: true });
  cpSync(join(ROOT, 'lib'), join(STAGE, 'lib'), { recursive: true, filter: (f) => !f.endsWith('.js') });
  cpSync(join(ROOT, 'README.md'), join(STAGE, 'README.md'));
  writeFileSync(join(STAGE, 'package.json'), JSON.stringify(stagedPackageJson(), null, 2) + '\n');
  writeFileSync(join(STAGE, 'tsconfig.json'), JSON.stringify(stagedTsconfig(), null, 2) + '\n');
  symlinkSync(join(ROOT, 'node_modules'), join(STAGE, 'node_modules'), 'dir');
  // The deploy guard copies its runner from <package root>/dist/bundle (lib/guard/guard-command.ts).
  const guardRunner = BUNDLES.find((b) => b.outfile === 'dist/bundle/guard-runner.js');
  await buildBundle({ ...guardRunner, outfile: relative(ROOT, join(STAGE, guardRunner.outfile)) });
  run(join(ROOT, 'node_modules', '.bin', 'jsii'), ['--fail-on-warnings'], STAGE);
}

/** jsii-pacmak builds the wheel in a Python virtual environment: python3 and its venv module. */
function requirePython() {
  const python3 = process.env.PYTHON ?? 'python3';
  const r = spawnSync(python3, ['-c', 'import venv, ensurepip'], { encoding: 'utf8' });
  if (r.status !== 0) {
    const what = r.error?.code === 'ENOENT' ? `'${python3}' was not found` : `${python3} has no venv module`;
    throw new Error(
      `building the Python wheel needs python3 with its venv module: ${what}. Install Python 3.9 or later ` +
        'with its venv module (Debian/Ubuntu: sudo apt-get install python3 python3-venv; macOS: brew install python).',
    );
  }
}

async function main(argv) {
  const ifStale = argv.includes('--if-stale');
  const languages = argv.filter((a) => a !== '--if-stale');
  const unknown = languages.filter((l) => !LANGUAGES.includes(l));
  if (languages.length === 0 || unknown.length > 0) {
    const what = unknown.length > 0 ? `unknown language: ${unknown.join(', ')}` : 'no language given';
    throw new Error(
      `${what}. Usage: jsii-package.mjs [--if-stale] <language>... (of: ${LANGUAGES.join(', ')})`,
    );
  }
  await withBuildLock(BUILD, async () => {
    const hash = sourceHash(ROOT);
    const cached = (l) => join(BUILD, 'dist', l);
    const stampOf = (l) => join(cached(l), '.source-hash');
    const current = (l) => existsSync(stampOf(l)) && readFileSync(stampOf(l), 'utf8').trim() === hash;
    const toBuild = ifStale ? languages.filter((l) => !current(l)) : languages;
    if (toBuild.length > 0) {
      if (toBuild.includes('python')) requirePython();
      await compile();
      for (const l of toBuild) rmSync(cached(l), { recursive: true, force: true });
      run(
        join(ROOT, 'node_modules', '.bin', 'jsii-pacmak'),
        ['--targets', ...toBuild, '--outdir', join(BUILD, 'dist')],
        STAGE,
      );
      for (const l of toBuild) writeFileSync(stampOf(l), `${hash}\n`);
    }
    for (const l of languages) {
      const target = join(ROOT, 'dist', l);
      if (toBuild.includes(l) || !existsSync(target)) {
        rmSync(target, { recursive: true, force: true });
        cpSync(cached(l), target, { recursive: true, filter: (f) => !f.endsWith('.source-hash') });
      }
      console.log(`${toBuild.includes(l) ? 'built' : 'current'}: ${relative(ROOT, target)}`);
    }
  });
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`jsii-package: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
