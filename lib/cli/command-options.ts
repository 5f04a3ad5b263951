import { parseArgs, ParseArgsConfig } from 'util';
import { InputError } from '../errors';
import { clip } from '../text/untrusted-text';

/** The `util.parseArgs` option specs of a command. */
export type Options = NonNullable<ParseArgsConfig['options']>;

/** `-h` / `--help`: every command takes it, and the parser adds it to every command's options. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** The values `util.parseArgs` gives for a command's `options` (strict: every flag is known). */
export type CommandValues<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>
>['values'];

/** The positional arguments a command takes (none when a command's spec has no `positionals`). */
export interface PositionalsSpec {
  /** Fewest arguments. */
  readonly min: number;
  /** Most arguments. */
  readonly max: number;
  /** What the arguments are, after "needs", e.g. `two synthesized app folders, BASE_OUT and HEAD_OUT`. */
  readonly what: string;
  /** A command line that gives them, e.g. `cdktf-okta-ldap diff base.out cdktf.out`. */
  readonly example: string;
}

/** What a command accepts on its command line. */
export interface CommandLineSpec<T extends Options> {
  /** The command's name, as typed after `cdktf-okta-ldap`. */
  readonly command: string;
  /** Its options (`util.parseArgs` specs); `-h` / `--help` is added. */
  readonly options: T;
  /**
   * Its positional arguments.
   * @default - none: any positional argument is a usage error
   */
  readonly positionals?: PositionalsSpec;
}

/** A parsed command line: either a request for the command's help, or its values and arguments. */
export type CommandLine<T extends Options> =
  | { readonly help: true }
  | { readonly help: false; readonly values: CommandValues<T>; readonly positionals: readonly string[] };

/**
 * The usage error of a command: exit code 2, and the same shape for every command and every bad
 * option: what is wrong, then `See 'cdktf-okta-ldap <command> --help'.`
 */
export function usageError(command: string, problem: string): InputError {
  return new InputError(`${problem.replace(/\.$/, '')}. See 'cdktf-okta-ldap ${command} --help'.`);
}

/**
 * Parses a command's argv: unknown flags, a missing value, a value given to a switch, and a wrong
 * number of positional arguments are `usageError`s that never echo an argument's value. `-h` /
 * `--help` anywhere (after valid flags) asks for the help, whatever else is given.
 */
export function parseCommandLine<T extends Options>(
  spec: CommandLineSpec<T>,
  argv: string[],
): CommandLine<T> {
  const { command } = spec;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec.options, ...HELP_OPTION },
      strict: true,
      allowPositionals: true,
    });
  } catch (e) {
    // Node names only the option, never its value; its later sentences (how to pass a positional
    // starting with '-') do not apply to these commands: keep the first sentence.
    throw usageError(command, (e as Error).message.split('. ')[0]!);
  }
  const { help, ...values } = parsed.values as Record<string, unknown>;
  if (help === true) return { help: true };
  const count = parsed.positionals.length;
  const expected = spec.positionals;
  if (expected === undefined && count > 0) {
    throw usageError(command, `unexpected argument (value not shown): ${command} takes only options`);
  }
  if (expected !== undefined && (count < expected.min || count > expected.max)) {
    throw usageError(
      command,
      `${command} needs ${expected.what} (got ${count} argument${count === 1 ? '' : 's'}). Example: ${expected.example}`,
    );
  }
  return { help: false, values: values as CommandValues<T>, positionals: parsed.positionals };
}

/** Bounds and default of a whole-number option. */
export interface WholeNumberSpec {
  /** Smallest value accepted. */
  readonly min: number;
  /**
   * Largest value accepted.
   * @default Number.MAX_SAFE_INTEGER
   */
  readonly max?: number;
  /** The value when the option is absent. */
  readonly fallback: number;
}

/** A whole-number option (`--max-pages 100`): its value, or `fallback` when absent; a `usageError` otherwise. */
export function wholeNumberOption(
  command: string,
  flag: string,
  value: string | undefined,
  spec: WholeNumberSpec,
): number {
  if (value === undefined) return spec.fallback;
  const max = spec.max ?? Number.MAX_SAFE_INTEGER;
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < spec.min || n > max) {
    const range = spec.max === undefined ? `of at least ${spec.min}` : `from ${spec.min} to ${max}`;
    throw usageError(
      command,
      `${flag} must be a whole number ${range} (default ${spec.fallback}); got ${JSON.stringify(clip(value, 40))}`,
    );
  }
  return n;
}

/** Longest duration an option takes: an hour. */
const MAX_DURATION_MS = 3_600_000;

/** Milliseconds per unit of a duration option (no unit: seconds). */
const DURATION_UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000 };

/**
 * A duration option: "30", "2.5", "30s" (seconds), "500ms" or "5m" (minutes), from 1 ms to an hour,
 * in whole milliseconds; `fallback` when absent; a `usageError` otherwise.
 */
export function durationOption(
  command: string,
  flag: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(value);
  const ms = match ? Number(match[1]) * DURATION_UNIT_MS[match[2] ?? 's']! : NaN;
  if (!Number.isFinite(ms) || ms < 1 || ms > MAX_DURATION_MS) {
    throw usageError(
      command,
      `${flag} must be a duration from 1ms to 60m: seconds ("30", "2.5", "30s"), milliseconds ("500ms") or minutes ("5m"); got ${JSON.stringify(clip(value, 40))}`,
    );
  }
  return Math.round(ms);
}

/** One of a fixed set of words (`--format reg`): the value, or `fallback` when absent; a `usageError` otherwise. */
export function choiceOption<C extends string>(
  command: string,
  flag: string,
  value: string | undefined,
  choices: readonly C[],
  fallback: C,
): C {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw usageError(
      command,
      `${flag} must be one of ${choices.join(', ')}; got ${JSON.stringify(clip(value, 40))}`,
    );
  }
  return value as C;
}

/** Refuses two or more of `flags` given together (e.g. `--json` and `--markdown`) with a `usageError`. */
export function exclusiveOptions(
  command: string,
  values: Record<string, unknown>,
  flags: readonly string[],
): void {
  const given = flags.filter((f) => values[f] !== undefined && values[f] !== false);
  if (given.length > 1) {
    throw usageError(command, `${given.map((f) => `--${f}`).join(' and ')} exclude each other: pick one`);
  }
}
