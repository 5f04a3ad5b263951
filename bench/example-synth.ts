/**
 * The example org stack synthesized from TypeScript and from Python: `main.ts` (run by tsx, as
 * cdktf.json does) against `examples/python/main.py` (the same stack; jsii runs the library in a
 * Node process under Python). Each run is a whole process, as `cdktf synth` starts it: start-up,
 * module loading, construction and synth.
 *
 *   npm run bench:example-synth                  # 5 runs of each
 *   npm run bench:example-synth -- --runs 9
 *
 * Needs the wheel and the Python environment: `npm run package:python`, then
 * `node scripts/jsii/python-venv.mjs` (the Python package tests make both). Reports the median and
 * minimum wall time (not CPU time: the jsii runtime's Node process is not a waited-for child of
 * Python, so its CPU time would be missed), the runs interleaved so that load falls on both alike.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchOptions } from './bench-options';

const ROOT = path.resolve(__dirname, '..');
const QUIET_JSII = {
  JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20',
  JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1',
};

/** Runs one synth; returns its wall time in ms. */
function runOnce(command: string, args: string[], cwd: string): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...QUIET_JSII, CDKTF_OUTDIR: path.join(cwd, 'cdktf.out'), TMPDIR: cwd },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return wallMs;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function main(): void {
  const { runs } = benchOptions(__filename, { runs: { type: 'string', default: '5' } });
  const n = Number(runs);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--runs must be a positive integer, got '${runs}'`);
  const python = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'jsii', 'python-venv.mjs')], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!;
  const variants = [
    {
      name: 'TypeScript (tsx main.ts)',
      command: path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      args: [path.join(ROOT, 'main.ts')],
    },
    {
      name: 'Python (python main.py)',
      command: python,
      args: [path.join(ROOT, 'examples', 'python', 'main.py')],
    },
  ];
  const samples = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (let i = 0; i < n; i++) {
    for (const v of variants) {
      const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'okta-ldap-example-synth-'));
      try {
        samples.get(v.name)!.push(runOnce(v.command, v.args, cwd));
      } finally {
        fs.rmSync(cwd, { recursive: true, force: true });
      }
    }
  }
  const load = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  process.stdout.write(
    `example org stack, ${n} runs each (whole process), Node ${process.version}, load ${load}\n`,
  );
  process.stdout.write(
    '| app | median wall ms | min wall ms | max wall ms |\n| --- | ---: | ---: | ---: |\n',
  );
  for (const v of variants) {
    const wall = samples.get(v.name)!;
    const [min, max] = [Math.min(...wall), Math.max(...wall)].map((x) => x.toFixed(0));
    process.stdout.write(`| ${v.name} | ${median(wall).toFixed(0)} | ${min} | ${max} |\n`);
  }
}

main();
