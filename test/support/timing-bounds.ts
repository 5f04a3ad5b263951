/**
 * Wall-clock bounds for tests. The test machine may be a 2-core box running several jest workers,
 * a TypeScript build and other people's test suites at once, where a process can stall for well
 * over a second. A timing assertion therefore never allows less than these, and each one is set so
 * that the failure it guards against (waiting for a different, much longer timeout, or a hang) is
 * still far outside it.
 */

/**
 * Slack added to a configured timeout: "ended within its timeout + slack". The tests that use it
 * set every other timeout that could end the run to at least 5× this, so an ignored timeout fails.
 */
export const LOADED_MACHINE_SLACK_MS = 3000;

/**
 * A timeout no test run reaches: set on the timeouts a test does NOT exercise, so that ending by
 * the wrong one would blow the bound (`LOADED_MACHINE_SLACK_MS` plus the exercised timeout).
 */
export const NOT_REACHED_TIMEOUT_MS = 20_000;

/**
 * Bound for "does not hang" tests of pure parsing (deeply nested or 100 k-character input): the
 * work takes well under a second on an idle machine, while the bugs they guard against
 * (exponential backtracking, quadratic scans of 100 k characters, unbounded recursion) take
 * minutes or never end.
 */
export const NO_HANG_BOUND_MS = 10_000;
