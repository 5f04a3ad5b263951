/**
 * Soak: many preflights in ONE process against the real slapd fixture.
 *
 *   npm run bench:soak                 # 1,000 sequential + 50 concurrent
 *   npm run bench:soak -- 200 20       # other counts: <sequential> <concurrent> [<minimum warm-up>]
 *
 * Method. V8 sizes its young generation (new space) by the bytes that survive scavenges, cumulatively:
 * any busy Node process grows it in steps, from 1 MB up to its maximum (32 MB here), over the first few
 * hundred to thousand preflights, and keeps it. That one-time sizing is not a leak, but it is RSS. So
 * the soak first warms up until V8's heap sizing has settled (at least WARMUP_MIN runs, then until
 * new space and heapTotal have not changed for SETTLED_RUNS runs), reads the start there, and measures
 * the growth over the next <sequential> runs against the target. Nothing is hidden: it also prints RSS
 * at process start and after the very first preflight, and the growth from the first preflight to the
 * end. No V8 flag is set here (run `node --expose-gc --max-semi-space-size=1 --import tsx bench/soak.ts`
 * by hand to see the figures with a capped young generation).
 *
 * It then runs as many again to show whether RSS levels off, and checks that 50 concurrent preflights
 * (alternating the right and a wrong password) each give the right result. Targets (issue 5): RSS
 * growth <= 10 MB, no leaked handles, every concurrent preflight correct. Each target's verdict is
 * printed; the exit status is 1 on a wrong result, a leaked handle, RSS growth over the target after
 * the warm-up, or RSS still growing in the second block.
 *
 * Runs with `node --expose-gc --import tsx` so a full GC can be forced before each memory reading;
 * handles are read with process.getActiveResourcesInfo().
 */
import { integrationModel } from '../lib/model/integration-model';
import * as v8 from 'v8';
import type { PreflightReport } from '../lib/preflight/finding';
import type { PreflightInput, PreflightOptions } from '../lib/preflight/preflight-options';
import { runPreflight } from '../lib/preflight/run-preflight';
import { startSlapd } from '../test/support/slapd-fixture';

const MB = 1024 * 1024;
const RSS_GROWTH_TARGET_MB = 10;
/** Minimum warm-up runs before the start reading. */
const WARMUP_MIN = 1000;
/** Warm-up ends once V8's heap sizing has not changed for this many runs. */
const SETTLED_RUNS = 750;
/** Warm-up gives up (and says so) after this many runs. */
const WARMUP_MAX = 5000;
const SAMPLE_EVERY = 250;

interface MemoryReading {
  readonly rssMb: number;
  readonly heapUsedMb: number;
  readonly heapTotalMb: number;
  /** V8's young generation (new space) capacity. */
  readonly newSpaceMb: number;
  readonly resources: Record<string, number>;
}

async function settle(): Promise<void> {
  // Let closed sockets release their handles, then collect garbage (twice: finalizers run between).
  await new Promise((r) => setTimeout(r, 100));
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  await new Promise((r) => setImmediate(r));
  gc?.();
}

function reading(): MemoryReading {
  const m = process.memoryUsage();
  const resources: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) resources[type] = (resources[type] ?? 0) + 1;
  const newSpace = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  return {
    rssMb: m.rss / MB,
    heapUsedMb: m.heapUsed / MB,
    heapTotalMb: m.heapTotal / MB,
    newSpaceMb: (newSpace?.space_size ?? 0) / MB,
    resources,
  };
}

function signature(report: PreflightReport): string {
  return report.findings.map((f) => `${f.id}:${f.status}`).join(' ');
}

function fmt(n: number): string {
  return n.toFixed(1);
}

async function main(): Promise<number> {
  const sequential = Number(process.argv[2] ?? 1000);
  const concurrent = Number(process.argv[3] ?? 50);
  const warmupMin = Number(process.argv[4] ?? WARMUP_MIN);
  if ((globalThis as { gc?: () => void }).gc === undefined) {
    console.warn('note: run with node --expose-gc (npm run bench:soak does) for stable memory figures');
  }
  const atProcessStart = reading();
  const fixture = await startSlapd();
  let failed = false;
  const missed: string[] = [];
  try {
    const input: PreflightInput = integrationModel({
      settings: fixture.settings(),
      userMappings: { email: 'appuser.mail', firstName: 'appuser.givenName' },
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
    });
    const options: PreflightOptions = {
      bindPassword: fixture.bindPassword,
      ca: fixture.caPem,
      exampleUser: 'ada.lovelace',
    };
    const reference = await runPreflight(input, options);
    await settle();
    const afterFirst = reading();
    const wrongReference = await runPreflight(input, {
      ...options,
      bindPassword: `${fixture.bindPassword}-wrong`,
    });
    if (!reference.ok || wrongReference.ok) {
      throw new Error(
        `reference runs are not as expected: ${signature(reference)} / ${signature(wrongReference)}`,
      );
    }

    // Warm-up until V8's heap sizing settles: new space and heapTotal unchanged for SETTLED_RUNS runs.
    let warmupRuns = 0;
    let stableSince = 0;
    let last = reading();
    const warmupSeries: string[] = [];
    while (warmupRuns < WARMUP_MAX && (warmupRuns < warmupMin || warmupRuns - stableSince < SETTLED_RUNS)) {
      for (let i = 0; i < SAMPLE_EVERY; i++) await runPreflight(input, options);
      warmupRuns += SAMPLE_EVERY;
      await settle();
      const now = reading();
      warmupSeries.push(`${warmupRuns}: ${fmt(now.rssMb)}/${fmt(now.newSpaceMb)}`);
      const changed =
        Math.abs(now.newSpaceMb - last.newSpaceMb) > 0.5 || Math.abs(now.heapTotalMb - last.heapTotalMb) > 1;
      if (changed) stableSince = warmupRuns;
      last = now;
    }
    const warmupSettled = warmupRuns - stableSince >= SETTLED_RUNS;
    const start = reading();

    const started = process.hrtime.bigint();
    let mismatches = 0;
    const series: string[] = [];
    for (let i = 1; i <= sequential; i++) {
      const report = await runPreflight(input, options);
      if (signature(report) !== signature(reference)) mismatches++;
      if (i % SAMPLE_EVERY === 0 && i < sequential) {
        await settle();
        series.push(`${i}: ${fmt(reading().rssMb)}`);
      }
    }
    const sequentialMs = Number(process.hrtime.bigint() - started) / 1e6;
    await settle();
    const end = reading();
    series.push(`${sequential}: ${fmt(end.rssMb)}`);

    // A second block of the same size shows whether the growth goes on (a leak) or levels off.
    for (let i = 0; i < sequential; i++) {
      const report = await runPreflight(input, options);
      if (signature(report) !== signature(reference)) mismatches++;
    }
    await settle();
    const steady = reading();

    const growthMb = end.rssMb - start.rssMb;
    const sinceFirstMb = end.rssMb - afterFirst.rssMb;
    const steadyGrowthMb = steady.rssMb - end.rssMb;
    const leaked = Object.entries(steady.resources)
      .map(([type, count]) => [type, count - (start.resources[type] ?? 0)] as const)
      .filter(([, delta]) => delta > 0);

    console.log(
      `Soak: ${sequential} sequential preflights in one process, measured after a warm-up of ${warmupRuns} runs`,
    );
    console.log(
      `  warm-up         until V8's heap sizing settled (${warmupSettled ? `new space and heapTotal unchanged over the last ${warmupRuns - stableSince} runs` : `NOT settled after ${WARMUP_MAX} runs`}); RSS/new space by run: ${warmupSeries.join(', ')} MB`,
    );
    console.log(
      `  time            ${fmt(sequentialMs / 1000)} s total, ${fmt(sequentialMs / sequential)} ms per preflight`,
    );
    console.log(
      `  results         ${2 * sequential - mismatches}/${2 * sequential} identical to the reference run`,
    );
    console.log(
      `  RSS             process start ${fmt(atProcessStart.rssMb)} MB; after the first preflight ${fmt(afterFirst.rssMb)} MB; after warm-up (soak start) ${fmt(start.rssMb)} MB`,
    );
    console.log(`  RSS by run      ${series.join(', ')} MB (runs counted after the warm-up)`);
    console.log(
      `  RSS growth      ${fmt(growthMb)} MB over the ${sequential} runs after the warm-up (target <= ${RSS_GROWTH_TARGET_MB} MB: ${growthMb <= RSS_GROWTH_TARGET_MB ? 'met' : 'MISSED'})`,
    );
    console.log(
      `  since 1st run   ${fmt(sinceFirstMb)} MB from the first preflight to the end of the ${sequential} runs (${warmupRuns + sequential} runs; V8 new space ${fmt(afterFirst.newSpaceMb)} -> ${fmt(end.newSpaceMb)} MB, heapTotal ${fmt(afterFirst.heapTotalMb)} -> ${fmt(end.heapTotalMb)} MB)`,
    );
    console.log(
      `  steady state    next ${sequential} runs: ${fmt(end.rssMb)} -> ${fmt(steady.rssMb)} MB (growth ${fmt(steadyGrowthMb)} MB: ${steadyGrowthMb <= RSS_GROWTH_TARGET_MB ? 'levels off, no leak' : 'STILL GROWING'})`,
    );
    console.log(
      `  V8 heap         used ${fmt(start.heapUsedMb)} -> ${fmt(end.heapUsedMb)} -> ${fmt(steady.heapUsedMb)} MB; reserved (heapTotal) ${fmt(start.heapTotalMb)} -> ${fmt(end.heapTotalMb)} -> ${fmt(steady.heapTotalMb)} MB`,
    );
    console.log(`  resources start ${JSON.stringify(start.resources)}`);
    console.log(`  resources end   ${JSON.stringify(steady.resources)}`);
    console.log(
      `  leaked          ${leaked.length === 0 ? 'none' : JSON.stringify(Object.fromEntries(leaked))}`,
    );
    if (growthMb > RSS_GROWTH_TARGET_MB)
      missed.push(`RSS growth ${fmt(growthMb)} MB > ${RSS_GROWTH_TARGET_MB} MB`);
    if (mismatches > 0) missed.push(`${mismatches} sequential results differ`);
    if (leaked.length > 0) missed.push('leaked handles');
    if (steadyGrowthMb > RSS_GROWTH_TARGET_MB) missed.push('RSS still growing in the second block');
    // Exit status: correctness, leaked handles, growth over the target after the warm-up.
    if (!warmupSettled) missed.push(`V8 heap sizing not settled after ${WARMUP_MAX} warm-up runs`);
    if (
      mismatches > 0 ||
      growthMb > RSS_GROWTH_TARGET_MB ||
      steadyGrowthMb > RSS_GROWTH_TARGET_MB ||
      leaked.length > 0
    )
      failed = true;

    // Concurrent: alternate the right and a wrong password; each run must get its own answer.
    const concurrentStarted = process.hrtime.bigint();
    const runs = await Promise.all(
      Array.from({ length: concurrent }, (_, i) => {
        const wrong = i % 2 === 1;
        return runPreflight(
          input,
          wrong ? { ...options, bindPassword: `${fixture.bindPassword}-wrong-${i}` } : options,
        ).then((report) => ({ wrong, report }));
      }),
    );
    const concurrentMs = Number(process.hrtime.bigint() - concurrentStarted) / 1e6;
    const correct = runs.filter(({ wrong, report }) =>
      wrong ? signature(report) === signature(wrongReference) : signature(report) === signature(reference),
    ).length;
    await settle();
    const afterConcurrent = reading();
    const leakedConcurrent = Object.entries(afterConcurrent.resources).filter(
      ([type, count]) => count > (start.resources[type] ?? 0),
    );
    console.log(`Concurrent: ${concurrent} preflights at once (half with a wrong password)`);
    console.log(`  time            ${fmt(concurrentMs)} ms wall`);
    console.log(`  correct         ${correct}/${concurrent}`);
    console.log(
      `  RSS after       ${fmt(afterConcurrent.rssMb)} MB; resources ${JSON.stringify(afterConcurrent.resources)}`,
    );
    console.log(
      `  leaked          ${leakedConcurrent.length === 0 ? 'none' : JSON.stringify(Object.fromEntries(leakedConcurrent))}`,
    );
    if (correct !== concurrent) missed.push(`${concurrent - correct} concurrent results wrong`);
    if (leakedConcurrent.length > 0) missed.push('leaked handles after the concurrent run');
    if (correct !== concurrent || leakedConcurrent.length > 0) failed = true;
  } finally {
    await fixture.stop();
  }
  console.log(
    missed.length === 0 ? 'Soak: every target met' : `Soak: target(s) missed: ${missed.join('; ')}`,
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`soak failed: ${(e as Error)?.stack ?? String(e)}`);
    process.exitCode = 1;
  },
);
