import { parseArgs, ParseArgsConfig } from 'util';
import { InputError } from '../errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The values `util.parseArgs` gives for `options` (strict, positionals refused by us). */
export type CommandValues<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>
>['values'];

/**
 * Parses the options of a command that takes no positional argument. A bad flag or a stray argument
 * is an `InputError` that names the command's `--help` and never echoes a value.
 */
export function parseCommandOptions<T extends Options>(
  command: string,
  argv: string[],
  options: T,
): CommandValues<T> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    // Node names only the option (never its value); keep the first sentence.
    const message = (e as Error).message.split('. ')[0]!.replace(/\.$/, '');
    throw new InputError(`${message}. See 'cdktf-okta-ldap ${command} --help'.`);
  }
  if (parsed.positionals.length > 0) {
    throw new InputError(
      `unexpected argument (value not shown): ${command} takes only options. See 'cdktf-okta-ldap ${command} --help'.`,
    );
  }
  return parsed.values;
}
