import { InputError } from '../errors';
import { CliIo, ExitCode } from '../shared/cli-io';

/** A subcommand: parses its own argv and returns an exit code. Throws InputError for usage errors. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

const USAGE = `Usage: cdktf-okta-ldap <command> [options]

Commands:
  preflight   Bind to the LDAP directory over LDAPS and check the integration settings and mappings
  agent-host  Check the machine that will host the Okta LDAP agent (OS, TLS 1.2, reach to LDAP and Okta)
  report      Markdown review of the integrations in a synthesized app (for a pull-request comment)
  diff        Semantic diff of the integrations in two synthesized apps
  review      One pull-request comment: changes ranked by risk, the Terraform plan, preflight results
  adopt       Find the Okta objects that already exist (read-only) and write the adoption file

Run 'cdktf-okta-ldap <command> --help' for the options of a command.

Exit codes: 0 ok, 1 a preflight check failed (adopt: a conflict), 2 usage or input error, 3 diff found differences.
`;

async function loadCommand(name: string): Promise<Command | undefined> {
  switch (name) {
    case 'preflight':
      return (await import('./preflight-command')).preflightCommand;
    case 'agent-host':
      return (await import('./agent-host-command')).agentHostCommand;
    case 'report':
      return (await import('./report-command')).reportCommand;
    case 'diff':
      return (await import('./diff-command')).diffCommand;
    case 'review':
      return (await import('./review-command')).reviewCommand;
    case 'adopt':
      return (await import('./adopt-command')).adoptCommand;
    default:
      return undefined;
  }
}

/** Entry point of the `cdktf-okta-ldap` bin. Never throws: every error becomes a message and an exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name === undefined ? ExitCode.USAGE : ExitCode.OK;
  }
  const command = await loadCommand(name);
  if (command === undefined) {
    io.stderr.write(
      `cdktf-okta-ldap: unknown command '${name}'. Commands: preflight, agent-host, report, diff, review, adopt. See --help.\n`,
    );
    return ExitCode.USAGE;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (InputError.isInputError(e)) {
      io.stderr.write(`cdktf-okta-ldap ${name}: ${e.message}\n`);
      return ExitCode.USAGE;
    }
    io.stderr.write(`cdktf-okta-ldap ${name}: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    return ExitCode.CHECK_FAILED;
  }
}
