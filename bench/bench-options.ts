/**
 * Command-line options of a benchmark: `util.parseArgs` (strict) plus `--help`, which prints the
 * usage block of the benchmark's own doc comment. A bad option prints its message and the way to
 * get help, and exits 2 (no stack trace).
 */
import * as fs from 'fs';
import { parseArgs, ParseArgsConfig } from 'util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `parseArgs` gives for `options`. */
type Values<T extends Options> = ReturnType<typeof parseArgs<{ options: T }>>['values'];

/** The parsed options of `file` (the benchmark's path, for its `--help`). */
export function benchOptions<T extends Options>(file: string, options: T): Values<T> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nRun with --help for the options.\n`);
    process.exit(2);
  }
  if (values.help === true) {
    process.stdout.write(`${usageOf(file)}\n`);
    process.exit(0);
  }
  return values as Values<T>;
}

/** The first doc comment of a file, without its comment markers. */
export function usageOf(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  const comment = /\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? '';
  return comment
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}
