/**
 * Load cost of each entry point: a fresh Node process `require`s one entry of the built package
 * (`npm run build` first) by its package name, and reports the milliseconds spent in `require`,
 * the modules loaded and the npm packages among them. Each entry has a baseline measured in the same
 * run, so the ratios hold on a loaded machine: the construct entry against `cdktf` itself, the
 * preflight entry against `ldapts` itself (what they cannot avoid loading).
 *
 *   npm run bench:entry-points                 # 9 runs per entry
 *   npm run bench:entry-points -- --runs 15
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..');
/** Entry -> its baseline (undefined: none). */
const BASELINES: Record<string, string | undefined> = {
  'cdktf-okta-ldap': 'cdktf',
  'cdktf-okta-ldap/preflight': 'ldapts',
  'cdktf-okta-ldap/review': undefined,
};
const ENTRIES = ['cdktf', 'ldapts', ...Object.keys(BASELINES)];

interface Sample {
  readonly ms: number;
  readonly modules: number;
  readonly packages: string[];
}

function sample(specifier: string): Sample {
  const script = `
    const t = process.hrtime.bigint();
    require(${JSON.stringify(specifier)});
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const files = Object.keys(require.cache);
    const packages = [...new Set(files.filter((f) => f.includes('/node_modules/'))
      .map((f) => f.split('/node_modules/').pop().match(/^(@[^/]+\\/[^/]+|[^/]+)/)[1]))].sort();
    process.stdout.write(JSON.stringify({ ms, modules: files.length, packages }));`;
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script], { cwd: REPO, encoding: 'utf8' }),
  ) as Sample;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function main(): void {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 9;
  const results = new Map<string, Sample[]>(ENTRIES.map((e) => [e, []]));
  // Interleaved, so a burst of load hits every entry alike.
  for (let i = 0; i < runs; i++) for (const entry of ENTRIES) results.get(entry)!.push(sample(entry));
  const medianOf = (entry: string): number => median(results.get(entry)!.map((s) => s.ms));
  console.log(`entry load, ${runs} fresh processes each: median (min-max) ms, ratio to its baseline`);
  for (const [entry, samples] of results) {
    const ms = samples.map((s) => s.ms);
    const last = samples[samples.length - 1]!;
    const baseline = BASELINES[entry];
    const ratio =
      baseline === undefined ? '' : `  ${(medianOf(entry) / medianOf(baseline)).toFixed(2)}x ${baseline}`;
    console.log(
      `${entry.padEnd(26)} ${medianOf(entry).toFixed(1).padStart(7)} ms (${Math.min(...ms).toFixed(1)}-${Math.max(...ms).toFixed(1)})` +
        `${ratio}  ${last.modules} modules, ${last.packages.length} npm packages: ${last.packages.slice(0, 4).join(' ') || '-'}${last.packages.length > 4 ? ' …' : ''}`,
    );
  }
}

main();
