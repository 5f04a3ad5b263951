/**
 * What a subcommand is: its name and one-line summary (for `cdktf-okta-ldap --help`), its command
 * line, its help text, and what it does with a parsed command line. Parsing and `--help` are done
 * here, once for every command.
 */
import { CliIo, ExitCode } from '../process/cli-io';
import { CommandLineSpec, CommandValues, Options, parseCommandLine } from './command-options';

/** A command line that is not a request for help: its option values and positional arguments. */
export interface ParsedCommandLine<T extends Options> {
  readonly values: CommandValues<T>;
  readonly positionals: readonly string[];
}

/** A subcommand's description: its command line, summary and help. */
export interface CommandDefinition<T extends Options> extends CommandLineSpec<T> {
  /** One line for the list of commands in `cdktf-okta-ldap --help`. */
  readonly summary: string;
  /** The text `cdktf-okta-ldap <command> --help` prints. */
  readonly help: string;
  /**
   * Refuses an argument before parsing, when the parser's own message would be wrong or unsafe
   * (a password flag is refused with where to give the password instead). Throws a usage error.
   * @default - nothing checked before parsing
   */
  readonly checkArgv?: (argv: readonly string[]) => void;
}

/** What a command does with a parsed command line; returns its exit code. Throws `InputError` for bad input. */
export type CommandRun<T extends Options> = (line: ParsedCommandLine<T>, io: CliIo) => Promise<number>;

/** A subcommand as `main` runs it: parses its own argv (and answers `--help`) and returns an exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly run: (argv: string[], io: CliIo) => Promise<number>;
}

/** The `Command` of a definition: `--help` prints its help and exits 0; anything else is parsed and run. */
export function defineCommand<T extends Options>(
  definition: CommandDefinition<T>,
  run: CommandRun<T>,
): Command {
  return {
    name: definition.command,
    summary: definition.summary,
    run: async (argv, io) => {
      definition.checkArgv?.(argv);
      const line = parseCommandLine(definition, argv);
      if (line.help) {
        io.stdout.write(definition.help);
        return ExitCode.OK;
      }
      return run(line, io);
    },
  };
}
