import type { FindingStatus } from '../finding';

/** Fixed-width label of each status in text output. */
export const STATUS_LABEL: Readonly<Record<FindingStatus, string>> = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL',
  skipped: 'SKIP',
};

/** Emoji of each status in Markdown (readable in a pull-request comment). */
export const STATUS_EMOJI: Readonly<Record<FindingStatus, string>> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  skipped: '⏭️',
};

const ANSI: Readonly<Record<FindingStatus, string>> = {
  pass: '\u001b[32m',
  warn: '\u001b[33m',
  fail: '\u001b[31m',
  skipped: '\u001b[2m',
};
const RESET = '\u001b[0m';

/** The status label, coloured with ANSI codes when `colour` is true. */
export function statusLabel(status: FindingStatus, colour: boolean): string {
  const label = STATUS_LABEL[status];
  return colour ? `${ANSI[status]}${label}${RESET}` : label;
}
