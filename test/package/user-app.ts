/**
 * A user's cdktf app outside the repository, for the package tests: its own package.json listing
 * cdktf, constructs and the okta bindings as a user would, the library installed from a packed
 * tarball, a git URL or under CDK Terrain, and the files of `test/package/user-app/`.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './built-package';

/** What one command printed and returned. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A folder for user apps that is not inside the repository (the temp dir jest uses is, and Node
 * would then resolve packages from the repository's own node_modules).
 */
export function outsideRepoDir(prefix: string): string {
  const candidates = [process.env.CDKTF_OKTA_LDAP_APP_TMPDIR, '/tmp', '/var/tmp'].filter(
    (d): d is string => d !== undefined && fs.existsSync(d),
  );
  const inside = (d: string): boolean => {
    const rel = path.relative(REPO, fs.realpathSync(d));
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  const base = candidates.find((d) => !inside(d));
  if (base === undefined) {
    throw new Error('no temp folder outside the repository: set CDKTF_OKTA_LDAP_APP_TMPDIR');
  }
  return fs.mkdtempSync(path.join(fs.realpathSync(base), prefix));
}

/** The environment for commands of the app: no npm_* variables of the `npm test` around us. */
export function appEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.toLowerCase().startsWith('npm_') || k.toLowerCase() === 'npm_config_cache') env[k] = v;
  }
  return { ...env, CHECKPOINT_DISABLE: '1', DISABLE_VERSION_CHECK: 'true', ...extra };
}

/** Runs a command; never throws (the caller checks status and output). */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = appEnv()): Run {
  const r: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a command that must succeed; throws with its output otherwise. */
export function runOk(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Run {
  const r = run(command, args, cwd, env);
  if (r.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

/** `npm pack` of the repository as built by `npm test` (no second build); returns the tarball path. */
export function packTarball(dest: string): string {
  const r = runOk('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dest], REPO);
  return path.join(dest, r.stdout.trim().split('\n').pop()!);
}

/**
 * A git repository holding the working tree of this one (tracked and untracked files, not ignored
 * ones), committed, so `npm install git+file://…` installs exactly the code under test.
 */
export function gitSnapshot(dest: string): string {
  const files = runOk('git', ['ls-files', '-z', '-c', '-o', '--exclude-standard'], REPO).stdout.split('\0');
  for (const file of files.filter((f) => f !== '' && fs.existsSync(path.join(REPO, f)))) {
    fs.mkdirSync(path.dirname(path.join(dest, file)), { recursive: true });
    fs.copyFileSync(path.join(REPO, file), path.join(dest, file));
  }
  const git = ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false'];
  runOk('git', ['init', '-q'], dest);
  runOk('git', [...git, 'add', '-A'], dest);
  runOk('git', [...git, 'commit', '-q', '-m', 'snapshot'], dest);
  return dest;
}

/** Writes a user app: package.json with `dependencies` (and `extra` top-level fields) and the template files. */
export function writeApp(
  dir: string,
  dependencies: Record<string, string>,
  extra: Record<string, unknown> = {},
): void {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = { name: 'okta-org-app', version: '1.0.0', private: true, dependencies, ...extra };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const template = path.join(__dirname, 'user-app');
  for (const file of fs.readdirSync(template))
    fs.copyFileSync(path.join(template, file), path.join(dir, file));
}

/** `npm install` in the app, from the shared npm cache where it can. */
export function npmInstall(dir: string): Run {
  return runOk('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
}

/** Type-checks (and emits) the app with the repository's TypeScript under each tsconfig of the template. */
export function compileApp(dir: string): void {
  const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const project of ['tsconfig.json', 'tsconfig.node16.json', 'tsconfig.bundler.json']) {
    runOk(process.execPath, [tsc, '-p', project], dir);
  }
}

/**
 * Every `cdk.tf.json` of a synthesized app, by stack name, with the app's folder written `<app>`
 * (cdktf's local backend records an absolute state path; nothing else is machine-specific).
 */
export function synthesizedStacks(app: string, outdir: string): Record<string, string> {
  const stacks = path.join(app, outdir, 'stacks');
  return Object.fromEntries(
    fs.readdirSync(stacks).map((s) => [
      s,
      fs
        .readFileSync(path.join(stacks, s, 'cdk.tf.json'), 'utf8')
        .split(app)
        .join('<app>'),
    ]),
  );
}

/** Folders under `dir/node_modules` (at any depth) holding a package installed as `name`. */
export function installedCopies(dir: string, name: string): string[] {
  const found: string[] = [];
  const walk = (modules: string): void => {
    if (!fs.existsSync(modules)) return;
    for (const entry of fs.readdirSync(modules)) {
      const at = path.join(modules, entry);
      if (entry.startsWith('@')) {
        for (const scoped of fs.readdirSync(at)) visit(path.join(at, scoped), `${entry}/${scoped}`);
      } else if (!entry.startsWith('.')) visit(at, entry);
    }
  };
  const visit = (pkg: string, installedAs: string): void => {
    if (installedAs === name) found.push(path.relative(dir, pkg));
    walk(path.join(pkg, 'node_modules'));
  };
  walk(path.join(dir, 'node_modules'));
  return found.sort();
}
