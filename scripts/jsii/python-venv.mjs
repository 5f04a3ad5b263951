#!/usr/bin/env node
// A Python virtual environment with the library's wheel (dist/python) and the cdktf packages a
// Python user installs from PyPI, at the versions the npm package is developed against:
// `cdktf`, `constructs` and `cdktf-cdktf-provider-okta` (the okta bindings of @cdktf/provider-okta).
// Kept in .jsii-build/python-venv and reused while the wheel and those versions are unchanged.
//
//   node scripts/jsii/python-venv.mjs      prints the venv's python executable
//
// Needs python3 with the venv module; without it, fails with the command that installs it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBuildLock } from './build-lock.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILD = join(ROOT, '.jsii-build');
// VENV_DIR: another folder for the environment (the tests of a missing python3 use one).
const VENV = process.env.VENV_DIR ?? join(BUILD, 'python-venv');
const PYTHON = join(VENV, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
const INSTALL_HINT =
  'Install Python 3.9 or later with its venv module (Debian/Ubuntu: sudo apt-get install python3 python3-venv; ' +
  'macOS: brew install python) and run the tests again.';

/** The PyPI requirements, pinned to the versions of the npm devDependencies they mirror. */
export function pythonRequirements() {
  const dev = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies;
  return [
    `cdktf==${dev.cdktf}`,
    `constructs==${dev.constructs}`,
    `cdktf-cdktf-provider-okta==${dev['@cdktf/provider-okta']}`,
  ];
}

function wheel() {
  const dir = join(ROOT, 'dist', 'python');
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.whl')) : undefined;
  if (file === undefined) throw new Error(`no wheel in ${dir}: run 'npm run package:python' first`);
  return join(dir, file);
}

function run(command, args, what, hint = '') {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.error?.code === 'ENOENT') throw new Error(`${what}: '${command}' was not found. ${INSTALL_HINT}`);
  if (r.status !== 0) {
    throw new Error(`${what} failed (exit ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}${hint}`);
  }
  return r.stdout;
}

async function main() {
  const python3 = process.env.PYTHON ?? 'python3';
  await withBuildLock(BUILD, async () => {
    if (!existsSync(PYTHON)) {
      rmSync(VENV, { recursive: true, force: true });
      run(
        python3,
        ['-m', 'venv', VENV],
        `creating a Python virtual environment (${python3} -m venv)`,
        INSTALL_HINT,
      );
    }
    const wheelFile = wheel();
    // The wheel's name carries no build hash, so the stamp records a hash of its content.
    const wheelHash = createHash('sha256').update(readFileSync(wheelFile)).digest('hex');
    const stamp = JSON.stringify({ requirements: pythonRequirements(), wheel: wheelHash });
    const stampFile = join(VENV, '.stamp');
    if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
    rmSync(stampFile, { force: true });
    const pip = [PYTHON, '-m', 'pip', 'install', '--quiet', '--disable-pip-version-check'];
    run(pip[0], [...pip.slice(1), ...pythonRequirements()], 'pip install of the cdktf packages from PyPI');
    run(pip[0], [...pip.slice(1), '--force-reinstall', '--no-deps', wheelFile], 'pip install of the wheel');
    writeFileSync(stampFile, stamp);
  });
  process.stdout.write(`${PYTHON}\n`);
}

main().catch((e) => {
  console.error(`python-venv: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
