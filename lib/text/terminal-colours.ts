/**
 * The only colour sequences the product writes to a terminal (SGR codes of the preflight's status
 * labels). `terminalSafe` lets exactly these through, and no other escape sequence: not conceal
 * (`ESC [ 8 m`), blink or any colour a value could bring.
 */
export const TERMINAL_COLOURS = {
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  red: '\u001b[31m',
  dim: '\u001b[2m',
  reset: '\u001b[0m',
} as const;
