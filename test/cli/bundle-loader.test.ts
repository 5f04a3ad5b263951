/**
 * bin/bundle-loader.ts: the bin runs the CLI bundle through V8's code cache. These tests run the
 * BUILT loader (dist/bin/bundle-loader.js) in child processes, on a small bundle of their own and
 * on the built CLI bundle.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { REPO, requireBuild } from '../package/built-package';
import { tempDir } from '../support/temp-dir';

const LOADER = path.join(REPO, 'dist', 'bin', 'bundle-loader.js');

beforeAll(requireBuild);

let dir: string;
beforeEach(() => {
  dir = tempDir('bundle-loader-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A bundle that prints what the module system gave it, then exits with `code`. */
function writeBundle(marker: string, code = 0): string {
  const file = path.join(dir, 'cli.js');
  fs.writeFileSync(
    file,
    `#!/usr/bin/env node\n"use strict";\n` +
      `const strict = (function () { return this === undefined; })();\n` +
      `module.exports.answer = 42;\n` +
      `process.stdout.write(JSON.stringify({ marker: ${JSON.stringify(marker)}, strict, file: __filename, ` +
      `dir: __dirname, path: typeof require('path').join, exportsSame: exports === module.exports }));\n` +
      `process.exitCode = ${code};\n`,
  );
  return file;
}

/** Runs the loader on `bundle` with `argv`; returns the bundle's output and the loader's answer. */
function load(bundle: string, argv: string[], env: Record<string, string> = {}) {
  const script =
    `const r = require(${JSON.stringify(LOADER)}).runBundle(${JSON.stringify(bundle)}, ${JSON.stringify(argv)});` +
    `process.stderr.write(JSON.stringify(r));`;
  const run = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
  });
  return {
    status: run.status,
    out: JSON.parse(run.stdout || 'null'),
    loader: JSON.parse(run.stderr || 'null'),
  };
}

function cacheFiles(): string[] {
  const cache = path.join(dir, '.cache');
  return fs.existsSync(cache) ? fs.readdirSync(cache) : [];
}

test('runs the bundle as a CommonJS module; the first run writes the cache, the next uses it', () => {
  const bundle = writeBundle('one');
  const first = load(bundle, ['preflight', '--json']);
  expect(first.out).toEqual({
    marker: 'one',
    strict: true,
    file: bundle,
    dir,
    path: 'function',
    exportsSame: true,
  });
  expect(first.loader).toEqual({ cacheUsed: false, cacheWanted: true });
  expect(cacheFiles()).toEqual([`cli.js.preflight.node-${process.version}-${process.arch}.bin`]);
  const second = load(bundle, ['preflight']);
  expect(second.out.marker).toBe('one');
  expect(second.loader).toEqual({ cacheUsed: true, cacheWanted: false });
  // Another subcommand has a cache of its own.
  expect(load(bundle, ['review']).loader).toEqual({ cacheUsed: false, cacheWanted: true });
  expect(cacheFiles()).toHaveLength(2);
});

test('a changed bundle of the same length never runs the old cache', () => {
  load(writeBundle('old1'), ['preflight']);
  const changed = load(writeBundle('new2'), ['preflight']);
  expect(changed.out.marker).toBe('new2');
  expect(changed.loader.cacheUsed).toBe(false);
  expect(load(path.join(dir, 'cli.js'), ['preflight']).loader.cacheUsed).toBe(true);
});

test('no cache for --help, for a usage error, when turned off, or where it cannot be written', () => {
  const bundle = writeBundle('x');
  expect(load(bundle, ['preflight', '--help']).loader.cacheWanted).toBe(false);
  expect(cacheFiles()).toEqual([]);
  expect(load(writeBundle('x', 2), ['preflight']).status).toBe(2);
  expect(cacheFiles()).toEqual([]);
  writeBundle('x');
  const off = load(bundle, ['preflight'], { CDKTF_OKTA_LDAP_NO_CODE_CACHE: '1' });
  expect(off.loader).toEqual({ cacheUsed: false, cacheWanted: false });
  expect(cacheFiles()).toEqual([]);
  // `.cache` is a file: the folder cannot be made; the run is unaffected.
  fs.writeFileSync(path.join(dir, '.cache'), '');
  const blocked = load(bundle, ['preflight']);
  expect(blocked.status).toBe(0);
  expect(blocked.out.marker).toBe('x');
  expect(fs.readdirSync(dir).sort()).toEqual(['.cache', 'cli.js']);
});

test('under CI a planted cache file cannot change what the command prints; none is written', () => {
  // A cache made from other code of the same length, given the header of the bundle that runs:
  // V8 compares only the length, so outside CI it runs the planted code.
  const evil = writeBundle('evil');
  load(evil, ['review']);
  const [file] = cacheFiles();
  const cache = path.join(dir, '.cache', file!);
  const planted = fs.readFileSync(cache);
  const good = writeBundle('good');
  const sha = createHash('sha256').update(fs.readFileSync(good, 'utf8').replace(/^#!/, '//')).digest('hex');
  const header = `cdktf-okta-ldap code cache 1\n${sha}\n`;
  const plant = () =>
    fs.writeFileSync(cache, Buffer.concat([Buffer.from(header, 'latin1'), planted.subarray(header.length)]));
  plant();
  expect(load(good, ['review']).out.marker).toBe('evil');

  for (const ci of ['true', '1', 'yes']) {
    plant();
    const run = load(good, ['review'], { CI: ci });
    expect({ marker: run.out.marker, loader: run.loader }).toEqual({
      marker: 'good',
      loader: { cacheUsed: false, cacheWanted: false },
    });
    // Nothing written over the planted file either (it is left for no one: CI never reads it).
    expect(fs.readFileSync(cache).subarray(0, header.length).toString('latin1')).toBe(header);
  }
  fs.rmSync(path.join(dir, '.cache'), { recursive: true });
  load(good, ['review'], { CI: 'true' });
  expect(cacheFiles()).toEqual([]);
  // CI=false (or 0, or empty) is not CI.
  expect(load(good, ['review'], { CI: 'false' }).loader.cacheWanted).toBe(true);
});

test('a damaged cache file is ignored and replaced', () => {
  const bundle = writeBundle('y');
  load(bundle, ['preflight']);
  const [file] = cacheFiles();
  const cache = path.join(dir, '.cache', file!);
  const data = fs.readFileSync(cache);
  fs.writeFileSync(cache, Buffer.concat([data.subarray(0, 200), Buffer.alloc(64, 7)]));
  const damaged = load(bundle, ['preflight']);
  expect(damaged.out.marker).toBe('y');
  expect(damaged.loader.cacheUsed).toBe(false);
  expect(load(bundle, ['preflight']).loader.cacheUsed).toBe(true);
});

test('the built CLI bundle has no dynamic import() (a vm.Script here has no loader for one)', () => {
  const text = fs.readFileSync(path.join(REPO, 'dist', 'bundle', 'cli.js'), 'utf8');
  expect(text.match(/\bimport\(/g) ?? []).toEqual([]);
});
