#!/usr/bin/env node
// Second step of `npm run build` (after tsc): single-file bundles made with esbuild, for the files
// that must start fast or run where no node_modules exists. Add an entry to BUNDLES; each one is
// written to `dist/bundle/`, which `package.json` "files" ships. A `#!` line of the entry is kept.
//
//   node scripts/build-bundles.mjs           builds every entry
//   node scripts/build-bundles.mjs --list    prints the entries as JSON (for tests)
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The bundles. Fields:
 * - `name`: what it is, for messages;
 * - `entry`: the TypeScript entry point, relative to the repository root;
 * - `outfile`: where the bundle goes, relative to the repository root (under `dist/bundle/`);
 * - `selfContained`: true to include every npm package it imports (runs with only `node`), false to
 *   leave the npm packages it imports to `require` at run time;
 * - `inline` (with `selfContained: false`): npm packages included all the same.
 */
export const BUNDLES = [
  {
    // The deploy guard's runner: Terraform's local-exec runs it with only `node` (ldapts included).
    name: 'guard runner',
    entry: 'lib/guard/run-guard.ts',
    outfile: 'dist/bundle/guard-runner.js',
    selfContained: true,
  },
  {
    // The CLI the bin loads (bin/bundle-loader.ts, with V8's code cache): one file to read and
    // compile at start-up instead of some fifty modules. ldapts (the preflight's client, one pinned
    // version) is in it, so its compiled code is cached too; the peers (cdktf, constructs, the Okta
    // provider) stay in the app's node_modules.
    name: 'cli',
    entry: 'lib/cli/cli-entry.ts',
    outfile: 'dist/bundle/cli.js',
    selfContained: false,
    inline: ['ldapts'],
  },
];

/** The npm package a bare import names: `a` for `a/b`, `@s/a` for `@s/a/b`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** esbuild plugin: every bare import (npm package or Node built-in) stays a run-time `require`, except `inline`. */
function externalExcept(inline) {
  return {
    name: 'external-except',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) =>
        inline.includes(packageOf(args.path)) ? undefined : { path: args.path, external: true },
      );
    },
  };
}

/** Builds one bundle; resolves to the output file's size in bytes. */
export async function buildBundle(bundle) {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [bundle.entry],
    outfile: bundle.outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    ...(bundle.selfContained ? { packages: 'bundle' } : { plugins: [externalExcept(bundle.inline ?? [])] }),
    // No source maps: the package ships no TypeScript sources they could point at.
    sourcemap: false,
    legalComments: 'inline',
    logLevel: 'warning',
    metafile: true,
  });
  return result.metafile.outputs[bundle.outfile]?.bytes ?? 0;
}

async function main(argv) {
  if (argv.includes('--list')) {
    process.stdout.write(`${JSON.stringify(BUNDLES, null, 2)}\n`);
    return;
  }
  for (const bundle of BUNDLES) {
    const bytes = await buildBundle(bundle);
    process.stdout.write(`bundle ${bundle.name}: ${bundle.outfile} (${(bytes / 1024).toFixed(1)} KiB)\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`build-bundles: ${e?.message ?? String(e)}\n`);
    process.exitCode = 1;
  });
}
