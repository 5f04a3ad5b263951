import type { FindingStatus } from '../finding';
import { TERMINAL_COLOURS } from '../../text/terminal-colours';

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
  pass: TERMINAL_COLOURS.green,
  warn: TERMINAL_COLOURS.yellow,
  fail: TERMINAL_COLOURS.red,
  skipped: TERMINAL_COLOURS.dim,
};
const RESET = TERMINAL_COLOURS.reset;

/** The status label, coloured with ANSI codes when `colour` is true. */
export function statusLabel(status: FindingStatus, colour: boolean): string {
  const label = STATUS_LABEL[status];
  return colour ? `${ANSI[status]}${label}${RESET}` : label;
}
