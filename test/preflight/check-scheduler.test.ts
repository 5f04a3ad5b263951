import type { CheckContext, CheckOutcome, PreflightCheck } from '../../lib/preflight/check';
import {
  CheckResult,
  OverallDeadline,
  scheduleChecks,
  startOverallDeadline,
} from '../../lib/preflight/check-scheduler';

/** The scheduler hands the context to the checks untouched: these checks never read it. */
const CONTEXT = {} as CheckContext;

const PASS: CheckOutcome = { status: 'pass', message: 'ok' };
const FAIL: CheckOutcome = { status: 'fail', message: 'no', evidence: { faultClass: 'refused' } };

/** A promise with its resolver, to decide from the test when a check ends. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A deadline that is never reached. */
function noDeadline(): OverallDeadline {
  return { reached: new Promise<never>(() => undefined), ms: 1000, clear: () => undefined };
}

/** A fake check that records when it starts in `log` and returns what `run` gives. */
function fake(
  id: string,
  requires: string[],
  log: string[],
  run: () => Promise<CheckOutcome | CheckOutcome[]> = () => Promise.resolve(PASS),
): PreflightCheck {
  return {
    id,
    title: `${id} title`,
    requires,
    run: () => {
      log.push(`start ${id}`);
      return run();
    },
  };
}

async function schedule(
  checks: PreflightCheck[],
  deadline: OverallDeadline = noDeadline(),
): Promise<[string, CheckResult][]> {
  const results: [string, CheckResult][] = [];
  for await (const { check, result } of scheduleChecks(checks, CONTEXT, deadline)) {
    results.push([check.id, result]);
  }
  return results;
}

const ran = (...list: CheckOutcome[]): CheckResult => ({ kind: 'ran', list, timedOut: false });
const skippedBecause = (because: string): CheckResult => ({ kind: 'skipped', because });

describe('the preflight check scheduler', () => {
  test('a check whose requirement failed never runs and is skipped because of it', async () => {
    const log: string[] = [];
    const results = await schedule([
      fake('PF-A', [], log, () => Promise.resolve(FAIL)),
      fake('PF-B', ['PF-A'], log),
      fake('PF-C', [], log),
    ]);
    expect(results).toEqual([
      ['PF-A', ran(FAIL)],
      ['PF-B', skippedBecause('PF-A')],
      ['PF-C', ran(PASS)],
    ]);
    expect(log).toEqual(['start PF-A', 'start PF-C']);
  });

  test('a warning passes the gate; a requirement not among the checks is ignored', async () => {
    const warn: CheckOutcome = { status: 'warn', message: 'hm' };
    const results = await schedule([
      fake('PF-A', [], [], () => Promise.resolve(warn)),
      fake('PF-B', ['PF-A', 'PF-NOT-APPLICABLE'], []),
    ]);
    expect(results).toEqual([
      ['PF-A', ran(warn)],
      ['PF-B', ran(PASS)],
    ]);
  });

  test('a skip names the root cause through a chain of skipped checks', async () => {
    const log: string[] = [];
    const results = await schedule([
      fake('PF-A', [], log, () => Promise.resolve(FAIL)),
      fake('PF-B', ['PF-A'], log),
      fake('PF-C', ['PF-B'], log),
      fake('PF-D', ['PF-C'], log),
    ]);
    expect(results).toEqual([
      ['PF-A', ran(FAIL)],
      ['PF-B', skippedBecause('PF-A')],
      ['PF-C', skippedBecause('PF-A')],
      ['PF-D', skippedBecause('PF-A')],
    ]);
    expect(log).toEqual(['start PF-A']);
  });

  test('after the bind, every check that reads through it starts at once, even one that requires another', async () => {
    const log: string[] = [];
    const first = deferred<CheckOutcome>();
    const second = deferred<CheckOutcome>();
    const pending = schedule([
      fake('PF-BIND', [], log),
      fake('PF-SEARCH', ['PF-BIND'], log, () => first.promise),
      fake('PF-OTHER', ['PF-BIND'], log, () => second.promise),
      fake('PF-AFTER-SEARCH', ['PF-SEARCH'], log),
    ]);
    await new Promise((r) => setImmediate(r));
    // Both searches (and the check behind one of them) are in flight before either answered.
    expect(log).toEqual(['start PF-BIND', 'start PF-SEARCH', 'start PF-OTHER', 'start PF-AFTER-SEARCH']);
    second.resolve(PASS);
    first.resolve(PASS);
    expect(await pending).toEqual([
      ['PF-BIND', ran(PASS)],
      ['PF-SEARCH', ran(PASS)],
      ['PF-OTHER', ran(PASS)],
      ['PF-AFTER-SEARCH', ran(PASS)],
    ]);
  });

  test('a check started early is still reported as skipped when the check it requires failed', async () => {
    const log: string[] = [];
    const results = await schedule([
      fake('PF-BIND', [], log),
      fake('PF-SEARCH', ['PF-BIND'], log, () => Promise.resolve(FAIL)),
      fake('PF-AFTER-SEARCH', ['PF-SEARCH'], log),
    ]);
    expect(log).toEqual(['start PF-BIND', 'start PF-SEARCH', 'start PF-AFTER-SEARCH']);
    expect(results).toEqual([
      ['PF-BIND', ran(PASS)],
      ['PF-SEARCH', ran(FAIL)],
      ['PF-AFTER-SEARCH', skippedBecause('PF-SEARCH')],
    ]);
  });

  test('before the bind, checks wait for each other in order', async () => {
    const log: string[] = [];
    const connect = deferred<CheckOutcome>();
    const pending = schedule([
      fake('PF-CONNECT', [], log, () => connect.promise),
      fake('PF-BIND', ['PF-CONNECT'], log),
    ]);
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['start PF-CONNECT']);
    connect.resolve(PASS);
    await pending;
    expect(log).toEqual(['start PF-CONNECT', 'start PF-BIND']);
  });

  test.each(['timeout', 'reset', 'protocol-mismatch'])(
    'after a check lost the connection (%s), every later check is skipped because of it',
    async (faultClass) => {
      const lost: CheckOutcome = { status: 'fail', message: 'gone', evidence: { faultClass } };
      const results = await schedule([
        fake('PF-A', [], [], () => Promise.resolve(lost)),
        fake('PF-B', [], []),
        fake('PF-C', ['PF-B'], []),
      ]);
      expect(results).toEqual([
        ['PF-A', ran(lost)],
        ['PF-B', skippedBecause('PF-A')],
        ['PF-C', skippedBecause('PF-A')],
      ]);
    },
  );

  test('the overall deadline fails the check in flight and cuts the rest', async () => {
    let reached = 0;
    const deadline = startOverallDeadline(20, () => reached++);
    try {
      const results = await schedule(
        [
          fake('PF-A', [], []),
          fake('PF-SLOW', [], [], () => new Promise(() => undefined)),
          fake('PF-C', ['PF-A'], []),
        ],
        deadline,
      );
      expect(results).toEqual([
        ['PF-A', ran(PASS)],
        [
          'PF-SLOW',
          {
            kind: 'ran',
            timedOut: true,
            list: [
              {
                status: 'fail',
                message: 'The preflight ran out of time (overall timeout 20 ms) during this check',
                evidence: { faultClass: 'timeout', overallTimeoutMs: 20 },
                fix: 'The directory answers too slowly: check the server and the network, or raise --timeout.',
              },
            ],
          },
        ],
        ['PF-C', skippedBecause('PF-SLOW')],
      ]);
      expect(reached).toBe(1);
    } finally {
      deadline.clear();
    }
  });

  test('a cleared deadline never fires', async () => {
    let reached = 0;
    const deadline = startOverallDeadline(5, () => reached++);
    deadline.clear();
    await new Promise((r) => setTimeout(r, 20));
    expect(reached).toBe(0);
  });

  test('a check that throws becomes an internal-error failure, and its dependants are skipped', async () => {
    const results = await schedule([
      fake('PF-A', [], [], () => Promise.reject(new Error('boom'))),
      fake('PF-B', ['PF-A'], []),
    ]);
    expect(results).toEqual([
      [
        'PF-A',
        ran({
          status: 'fail',
          message: 'Internal error in PF-A: boom',
          evidence: { faultClass: 'unknown' },
          fix: 'Please report this with the --json output (it never holds the password).',
        }),
      ],
      ['PF-B', skippedBecause('PF-A')],
    ]);
  });

  test('several outcomes of one check are kept in order; one failure among them gates', async () => {
    const results = await schedule([
      fake('PF-MANY', [], [], () => Promise.resolve([PASS, FAIL])),
      fake('PF-B', ['PF-MANY'], []),
    ]);
    expect(results).toEqual([
      ['PF-MANY', ran(PASS, FAIL)],
      ['PF-B', skippedBecause('PF-MANY')],
    ]);
  });

  test('results come in the order given, whatever order the checks end in', async () => {
    const slow = deferred<CheckOutcome>();
    const order: string[] = [];
    const pending = (async () => {
      for await (const { check } of scheduleChecks(
        [fake('PF-SLOW', [], [], () => slow.promise), fake('PF-FAST', [], [])],
        CONTEXT,
        noDeadline(),
      )) {
        order.push(check.id);
      }
    })();
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([]);
    slow.resolve(PASS);
    await pending;
    expect(order).toEqual(['PF-SLOW', 'PF-FAST']);
  });

  test('when the consumer stops early, the generator still waits for every check to end', async () => {
    const slow = deferred<CheckOutcome>();
    let ended = false;
    const checks = [
      fake('PF-A', [], []),
      fake('PF-SLOW', [], [], () => slow.promise.finally(() => (ended = true))),
    ];
    const consumed = (async () => {
      for await (const { check } of scheduleChecks(checks, CONTEXT, noDeadline())) {
        if (check.id === 'PF-A') throw new Error('consumer stopped');
      }
    })();
    let settled = false;
    void consumed.catch(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    slow.resolve(PASS);
    await expect(consumed).rejects.toThrow(new Error('consumer stopped'));
    expect(ended).toBe(true);
  });
});
