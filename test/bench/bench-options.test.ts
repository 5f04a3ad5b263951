/** The benchmarks' options: `--help` prints the usage of the benchmark's doc comment; a bad option exits 2. */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { usageOf } from '../../bench/bench-options';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function bench(name: string, ...args: string[]) {
  return spawnSync(TSX, [path.join(ROOT, 'bench', `${name}.ts`), ...args], { encoding: 'utf8', cwd: ROOT });
}

test('usageOf reads the first doc comment without its markers', () => {
  const usage = usageOf(path.join(ROOT, 'bench', 'synth.ts'));
  expect(usage.startsWith('Synth benchmark: N group mappings')).toBe(true);
  expect(usage).toContain('npm run bench:synth -- --runs 5 --sizes 10,1000');
  expect(usage).not.toMatch(/^\s*\*/m);
});

test.each(['synth', 'preflight', 'review'])('bench/%s --help prints its usage and runs nothing', (name) => {
  const result = bench(name, '--help');
  expect(result.status).toBe(0);
  expect(result.stdout).toBe(`${usageOf(path.join(ROOT, 'bench', `${name}.ts`))}\n`);
});

test('an unknown option exits 2 with its message and no stack trace', () => {
  const result = bench('synth', '--sizez', '10');
  expect(result.status).toBe(2);
  expect(result.stderr).toBe("Unknown option '--sizez'\nRun with --help for the options.\n");
});
