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
 * minimum wall time, and the CPU time of the process and its children (user + system).
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

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Runs one synth: its wall time, and the CPU time of the process and its children (from /proc). */
function runOnce(command: string, args: string[], cwd: string): Sample {
  const childrenBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...QUIET_JSII, CDKTF_OUTDIR: path.join(cwd, 'cdktf.out'), TMPDIR: cwd },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return { wallMs, cpuMs: childrenCpuMs() - childrenBefore };
}

/** CPU time (user + system) of this process's waited-for children, from /proc/self/stat. */
function childrenCpuMs(): number {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]); // cutime, cstime (fields 16 and 17)
  return (ticks * 1000) / 100;
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
  const samples = new Map<string, Sample[]>(variants.map((v) => [v.name, []]));
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
  process.stdout.write(`example org stack, ${n} runs each (whole process), Node ${process.version}\n`);
  process.stdout.write(
    '| app | median wall ms | min wall ms | median CPU ms |\n| --- | ---: | ---: | ---: |\n',
  );
  for (const v of variants) {
    const s = samples.get(v.name)!;
    const wall = s.map((x) => x.wallMs);
    process.stdout.write(
      `| ${v.name} | ${median(wall).toFixed(0)} | ${Math.min(...wall).toFixed(0)} | ${median(s.map((x) => x.cpuMs)).toFixed(0)} |\n`,
    );
  }
}

main();
