/**
 * Measures the slapd fixture's lifecycle for the numbers in docs/test-directory.md.
 * Run: `npx tsx test/support/slapd-fixture-timings.ts [--large 100000]` (not part of `npm test`).
 */
import { parseArgs } from 'util';
import { SlapdFixtureOptions, startSlapd } from './slapd-fixture';

interface Row {
  readonly seed: string;
  readonly runs: number;
  readonly startMedianMs: number;
  readonly startMinMs: number;
  readonly startMaxMs: number;
  readonly slapaddMedianMs: number;
  readonly stopMedianMs: number;
  readonly entries: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function measure(seed: string, options: SlapdFixtureOptions, runs: number): Promise<Row> {
  const starts: number[] = [];
  const slapadds: number[] = [];
  const stops: number[] = [];
  let entries = 0;
  for (let i = 0; i < runs; i++) {
    const started = Date.now();
    const fixture = await startSlapd(options);
    starts.push(Date.now() - started);
    slapadds.push(fixture.timings.slapaddMs);
    entries = fixture.timings.entries;
    const stopping = Date.now();
    await fixture.stop();
    stops.push(Date.now() - stopping);
  }
  return {
    seed,
    runs,
    startMedianMs: median(starts),
    startMinMs: Math.min(...starts),
    startMaxMs: Math.max(...starts),
    slapaddMedianMs: median(slapadds),
    stopMedianMs: median(stops),
    entries,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { large: { type: 'string', default: '100000' } } });
  const large = Number(values.large);
  if (!Number.isInteger(large) || large < 1) {
    throw new Error(`--large ${values.large} is not valid; use a whole number >= 1, e.g. --large 100000`);
  }
  const rows = [
    await measure('default seed', {}, 10),
    await measure(
      '10,000 bulk users + 10,000-member group',
      { largeGroup: { cn: 'all', members: 10_000 } },
      3,
    ),
    await measure(
      `${large.toLocaleString('en')} bulk users + ${large.toLocaleString('en')}-member group`,
      { largeGroup: { cn: 'all', members: large } },
      2,
    ),
  ];
  console.log('| seed | entries | start median (min-max) | slapadd | stop |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.seed} | ${r.entries} | ${r.startMedianMs} ms (${r.startMinMs}-${r.startMaxMs}) | ${r.slapaddMedianMs} ms | ${r.stopMedianMs} ms |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
