import type { Finding } from '../finding';

/** Checks skipped for one cause, shown as one line. */
export interface SkippedGroup {
  /** The finding that did not pass, at the root of the chain (`PF-BIND`). */
  readonly cause: string;
  /** `failed`, or `did not pass` when the cause is a warning or unknown. */
  readonly causeWord: string;
  /** The skipped checks, in check order. */
  readonly ids: string[];
}

/** Findings as an admin reads them top-down. */
export interface ReadingOrder {
  /** Failures, then warnings, then passes; each in check order. */
  readonly shown: Finding[];
  /** The skipped checks, one group per root cause, in the order of the causes. */
  readonly skipped: SkippedGroup[];
}

const RANK = { fail: 0, warn: 1, pass: 2, skipped: 3 } as const;

/**
 * Orders findings for reading (the report's `findings` keep check order, for machines): what failed
 * first, then warnings, then passes; the checks skipped because an earlier one did not pass are
 * folded into one group per root cause ("skipped: PF-BIND failed").
 */
export function readingOrder(findings: readonly Finding[]): ReadingOrder {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const rootOf = (f: Finding): string => {
    let id = f.skippedBecause ?? f.id;
    for (let hops = 0; hops < findings.length; hops++) {
      const next = byId.get(id)?.skippedBecause;
      if (next === undefined) break;
      id = next;
    }
    return id;
  };
  const shown = findings
    .filter((f) => f.status !== 'skipped')
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.status] - RANK[b.f.status] || a.i - b.i)
    .map(({ f }) => f);
  const groups = new Map<string, string[]>();
  for (const f of findings.filter((x) => x.status === 'skipped')) {
    const cause = rootOf(f);
    groups.set(cause, [...(groups.get(cause) ?? []), f.id]);
  }
  const skipped = [...groups].map(([cause, ids]) => ({
    cause,
    causeWord: byId.get(cause)?.status === 'fail' ? 'failed' : 'did not pass',
    ids,
  }));
  return { shown, skipped };
}
