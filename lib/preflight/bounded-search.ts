import { FilterParser } from 'ldapts';
import type { CheckContext } from './check';

/** How many entries a bounded search may return; a count equal to it means "at least". */
export const SAMPLE_LIMIT = 5;

/** Result of a bounded count: `count` entries seen, `atLeast` when the limit was reached. */
export interface BoundedCount {
  readonly count: number;
  /** True when the limit was hit: ldapts swallows sizeLimitExceeded (code 4), so the total is unknown. */
  readonly atLeast: boolean;
  readonly dns: string[];
  /** Milliseconds the search took on the connection. */
  readonly durationMs: number;
}

/**
 * Counts matches up to `limit`, asking for no attributes (`1.1`). Never enumerates the directory:
 * the server stops at `limit`, and a count equal to `limit` only ever means "at least".
 */
export async function boundedCount(
  context: CheckContext,
  base: string,
  filter: string,
  limit: number = SAMPLE_LIMIT,
): Promise<BoundedCount> {
  const { entries, durationMs } = await context.connection.search(base, {
    scope: 'sub',
    filter,
    attributes: ['1.1'],
    sizeLimit: limit,
  });
  return {
    count: entries.length,
    atLeast: entries.length >= limit,
    dns: entries.map((e) => e.dn),
    durationMs,
  };
}

/** "3 users" or "at least 5 users". */
export function describeCount(result: BoundedCount, noun: string): string {
  const plural = result.count === 1 ? noun : `${noun}s`;
  return result.atLeast ? `at least ${result.count} ${plural}` : `${result.count} ${plural}`;
}

/** The parse error of a filter, or undefined when ldapts parses it. */
export function filterSyntaxError(filter: string): string | undefined {
  try {
    FilterParser.parseString(filter);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
