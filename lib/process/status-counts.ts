/**
 * How many results of a report have each status: the `summary` of the preflight's and the agent
 * host's findings and of `adopt`'s rows, counted one way whatever the statuses are.
 */

/** The count of `items` of each of `statuses`, keyed in the order given (0 for a status none has). */
export function countByStatus<S extends string>(
  items: readonly { readonly status: S }[],
  statuses: readonly S[],
): Record<S, number> {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  for (const item of items) counts[item.status]++;
  return counts;
}
