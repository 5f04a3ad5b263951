/**
 * Programmatic open-handle check: counts Node's active resources (sockets, timers, TLS wraps…) by type
 * with `process.getActiveResourcesInfo()`, so a test can assert that a run left nothing behind. Jest's
 * own resources exist before the run and are part of the baseline, so only growth counts.
 */

/** Active resources by type, e.g. `{ TCPSocketWrap: 1, Timeout: 2 }`. */
export type ResourceCounts = Record<string, number>;

export function activeResourceCounts(): ResourceCounts {
  const counts: ResourceCounts = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

/** Types whose count grew from `before` to `after`, with the growth. Empty when nothing leaked. */
export function resourceGrowth(before: ResourceCounts, after: ResourceCounts): ResourceCounts {
  const growth: ResourceCounts = {};
  for (const [type, count] of Object.entries(after)) {
    const delta = count - (before[type] ?? 0);
    if (delta > 0) growth[type] = delta;
  }
  return growth;
}

/**
 * Waits (up to `settleMs`) for the active resources to fall back to `before`: a socket destroyed in
 * this tick releases its handle a few ticks later. Returns the growth still present at the end.
 */
export async function leakedResources(before: ResourceCounts, settleMs = 1000): Promise<ResourceCounts> {
  const deadline = Date.now() + settleMs;
  for (;;) {
    // Our own poll timer is not active while getActiveResourcesInfo runs (it already fired).
    const growth = resourceGrowth(before, activeResourceCounts());
    if (Object.keys(growth).length === 0 || Date.now() >= deadline) return growth;
    await new Promise<void>((resolve) => setTimeout(resolve, 20));
  }
}
