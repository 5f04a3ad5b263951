import { spawnSync } from 'child_process';
import * as path from 'path';
import { REPO } from './built-package';

/** Environment for every jsii child: the jsii runtime's banner about Node 20 would fill stderr. */
export const JSII_ENV = {
  JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20',
  JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1',
  JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION: '1',
};

/** Time for building the wheel (jsii + jsii-pacmak, about a minute) and the venv (pip, about 20 s). */
export const PYTHON_SETUP_TIMEOUT_MS = 600_000;

function script(name: string, args: string[]): string {
  const r = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'jsii', name), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...JSII_ENV },
  });
  if (r.status !== 0)
    throw new Error(`scripts/jsii/${name} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/**
 * The python of a virtual environment holding the library's wheel (built first when the sources
 * changed since the cached one) and cdktf, constructs and the okta bindings from PyPI. A missing
 * python3 or venv module fails with the command that installs it (scripts/jsii/python-venv.mjs).
 */
export function pythonWithWheel(): string {
  script('jsii-package.mjs', ['--if-stale', 'python']);
  return script('python-venv.mjs', []).trim().split('\n').pop()!;
}

/**
 * Runs a Python file with that python in `cwd`; the app's output goes to `outdir`. The jsii runtime
 * unpacks the JavaScript packages into TMPDIR, which must be outside the repository (jest points it
 * inside): under it, the runtime would resolve this repository's own package.json first.
 */
export function runPython(python: string, file: string, cwd: string, outdir: string, tmpdir: string) {
  const started = Date.now();
  const r = spawnSync(python, [file], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...JSII_ENV, CDKTF_OUTDIR: outdir, TMPDIR: tmpdir },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}
