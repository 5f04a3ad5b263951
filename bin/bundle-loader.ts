/**
 * Runs a CommonJS bundle as `require` would, with V8's code cache (what `module.enableCompileCache()`
 * does from Node 22.1; Node 20 has only `vm.Script`'s `cachedData`). The first run of a command
 * compiles the bundle as usual and, at exit, writes the bytecode of every function it compiled;
 * later runs of that command skip most of the compiling.
 *
 * Where and when (safe for an installed npm bin):
 * - the cache lives beside the bundle, in `<bundle dir>/.cache/`, so it is exactly as trusted as the
 *   bundle itself (whoever may write there may replace the code already). When that folder cannot be
 *   written (a global install owned by root, a read-only file system), nothing is cached and nothing
 *   fails. The package never ships a cache (`package.json` "files" leaves `.cache` out).
 * - one cache file per subcommand (`preflight`, `review`, …): each keeps the functions its own runs
 *   compile. The name also carries the Node version and architecture.
 * - a cache is used only when its header holds the SHA-256 of the bundle's current text (V8's own
 *   check compares only the text's length) and V8 accepts it (same V8 version and flags); otherwise
 *   the bundle is compiled from its text and the cache is written anew.
 * - it is written to a temporary file and renamed over the old one: concurrent runs never read a
 *   half-written cache.
 * - `CDKTF_OKTA_LDAP_NO_CODE_CACHE=1` turns it off (neither read nor written).
 * - under CI (`CI` set, as GitHub Actions, GitLab CI and most services set it, to anything but '',
 *   `0` or `false`) it is off too. V8 checks a cache only against the source's length and its own
 *   version, not against the bytecode: a cache file planted with the header of the current bundle
 *   would run code other than the bundle's. In CI the code of the pull request under review runs
 *   before the review (`cdktf synth` runs its `main.ts`) with the same user and `node_modules`, so
 *   there a cache file is never trusted, and none is left for a later run to trust.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as vm from 'vm';

/** Set (to anything but '' or '0') to run without the code cache. */
export const NO_CODE_CACHE_ENV = 'CDKTF_OKTA_LDAP_NO_CODE_CACHE';

/** Set by CI services; the code cache is off under it (see the module comment). */
export const CI_ENV = 'CI';

/** True when `name` is set to anything but '', `0` or `false`. */
function isOn(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = (env[name] ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/** First bytes of a cache file: format, then the bundle's SHA-256, then V8's data. */
const MAGIC = 'cdktf-okta-ldap code cache 1\n';
const HEADER_BYTES = MAGIC.length + 64 + 1;

/** The cache file of `bundle` for `command` (a subcommand name, or `other`). */
export function codeCachePath(bundle: string, command: string | undefined): string {
  const name = command !== undefined && /^[a-z][a-z-]{0,31}$/.test(command) ? command : 'other';
  const file = `${path.basename(bundle)}.${name}.node-${process.version}-${process.arch}.bin`;
  return path.join(path.dirname(bundle), '.cache', file);
}

/** V8's data from a cache file whose header names this bundle text, else undefined. */
function readCache(file: string, sha256: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const header = data.subarray(0, HEADER_BYTES).toString('latin1');
  return header === `${MAGIC}${sha256}\n` ? data.subarray(HEADER_BYTES) : undefined;
}

/** Writes the cache atomically; any failure only means no cache. */
function writeCache(file: string, sha256: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(`${MAGIC}${sha256}\n`, 'latin1'), data]));
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing to clean up.
    }
  }
}

/** What `runBundle` did, for tests. */
export interface BundleRun {
  /** The cache was read and V8 accepted it. */
  readonly cacheUsed: boolean;
  /** The cache is written at exit (when the run did its work: exit code 0 or 1, no `--help`). */
  readonly cacheWanted: boolean;
}

type Wrapper = (
  exports: unknown,
  require: NodeJS.Require,
  module: Module,
  filename: string,
  dirname: string,
) => void;

/**
 * Loads `bundle` as `require` loads a CommonJS module (its own `exports`, `require`, `module`,
 * `__filename`, `__dirname`), through V8's code cache for the subcommand `argv[0]` unless it is
 * turned off. `argv`: the command's arguments (`process.argv.slice(2)`).
 */
export function runBundle(bundle: string, argv: readonly string[], env = process.env): BundleRun {
  // A `#!` line becomes a comment (same length and lines): inside the wrapper it would not parse.
  const source = fs.readFileSync(bundle, 'utf8').replace(/^#!/, '//');
  const off = isOn(env, NO_CODE_CACHE_ENV) || isOn(env, CI_ENV);
  const sha256 = off ? '' : createHash('sha256').update(source).digest('hex');
  const cacheFile = codeCachePath(bundle, argv[0]);
  const cachedData = off ? undefined : readCache(cacheFile, sha256);
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const script = new vm.Script(wrapped, {
    filename: bundle,
    ...(cachedData !== undefined ? { cachedData } : {}),
  });
  const cacheUsed = cachedData !== undefined && script.cachedDataRejected !== true;
  const cacheWanted = !off && !cacheUsed && !argv.includes('--help') && !argv.includes('-h');
  if (cacheWanted) {
    // At exit every function the command ran has been compiled: the richest cache for its next run.
    process.once('exit', (code) => {
      if (code === 0 || code === 1) writeCache(cacheFile, sha256, script.createCachedData());
    });
  }
  const wrapper = script.runInThisContext() as Wrapper;
  const bundleModule = new Module(bundle, module);
  bundleModule.filename = bundle;
  const dirname = path.dirname(bundle);
  wrapper.call(
    bundleModule.exports,
    bundleModule.exports,
    Module.createRequire(bundle),
    bundleModule,
    bundle,
    dirname,
  );
  return { cacheUsed, cacheWanted };
}
