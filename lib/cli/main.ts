import { CliIo, ExitCode } from '../process/cli-io';
import { exitCodeFor } from '../process/exit-codes';
import { packageVersion } from '../process/package-root';
import { showHidden, terminalSafe } from '../text/untrusted-text';

/**
 * A subcommand: parses its own argv and returns an exit code. Throws InputError for usage errors;
 * whatever it throws becomes an exit code through `exitCodeFor`.
 */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

/** The subcommands: name, one-line summary for --help, and the module that runs it (loaded on use). */
const COMMANDS: readonly { name: string; summary: string; load: () => Promise<Command> }[] = [
  {
    name: 'preflight',
    summary: 'Bind to the LDAP directory over LDAPS and check the integration settings and mappings',
    load: async () => (await import('./preflight-command')).preflightCommand,
  },
  {
    name: 'agent-host',
    summary: 'Check the machine that will host the Okta LDAP agent (OS, TLS 1.2, reach to LDAP and Okta)',
    load: async () => (await import('./agent-host-command')).agentHostCommand,
  },
  {
    name: 'report',
    summary: 'Markdown review of the integrations in a synthesized app (for a pull-request comment)',
    load: async () => (await import('./report-command')).reportCommand,
  },
  {
    name: 'diff',
    summary: 'Semantic diff of the integrations in two synthesized apps',
    load: async () => (await import('./diff-command')).diffCommand,
  },
  {
    name: 'review',
    summary: 'One pull-request comment: changes ranked by risk, the Terraform plan, preflight results',
    load: async () => (await import('./review-command')).reviewCommand,
  },
  {
    name: 'adopt',
    summary: 'Find the Okta objects that already exist (read-only) and write the adoption file',
    load: async () => (await import('./adopt-command')).adoptCommand,
  },
];

const USAGE = `Usage: cdktf-okta-ldap <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}  ${c.summary}`).join('\n')}

Run 'cdktf-okta-ldap <command> --help' for the options of a command;
'cdktf-okta-ldap --version' (or -V) prints the version.

Exit codes: 0 ok, 1 a preflight check failed (adopt: a conflict), 2 usage or input error, 3 diff found
differences, 4 internal error (a bug in cdktf-okta-ldap: please report it).
`;

/** Entry point of the `cdktf-okta-ldap` bin. Never throws: every error becomes a message and an exit code. */
export async function main(argv: string[], unsafeIo: CliIo): Promise<number> {
  const io = safeIo(unsafeIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name === undefined ? ExitCode.USAGE : ExitCode.OK;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${packageVersion(__dirname) ?? 'unknown'}\n`);
    return ExitCode.OK;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (entry === undefined) {
    io.stderr.write(
      `cdktf-okta-ldap: unknown command '${showHidden(name)}'. Commands: ${COMMANDS.map((c) => c.name).join(', ')}. See --help.\n`,
    );
    return ExitCode.USAGE;
  }
  const command = await entry.load();
  try {
    return await command(rest, io);
  } catch (e) {
    const code = exitCodeFor({ error: e });
    if (code !== ExitCode.INTERNAL) {
      io.stderr.write(`cdktf-okta-ldap ${name}: ${(e as Error).message}\n`);
      return code;
    }
    io.stderr.write(
      `cdktf-okta-ldap ${name}: internal error: ${(e as Error)?.message ?? String(e)}\n` +
        `This is a bug in cdktf-okta-ldap, not a failed check (exit code ${ExitCode.INTERNAL}).\n`,
    );
    return code;
  }
}

/**
 * The same streams, but every string written goes through `terminalSafe`: whatever a renderer
 * missed, no control, escape or direction-changing character from a value reaches the terminal or
 * the log (line breaks pass; JSON stays the same data).
 */
function safeIo(io: CliIo): CliIo {
  const wrap = (stream: NodeJS.WritableStream): NodeJS.WritableStream =>
    new Proxy(stream, {
      get(target, prop, receiver) {
        if (prop !== 'write') return Reflect.get(target, prop, receiver) as unknown;
        return (chunk: unknown, ...rest: unknown[]): boolean =>
          (target.write as (...args: unknown[]) => boolean)(
            typeof chunk === 'string' ? terminalSafe(chunk) : chunk,
            ...rest,
          );
      },
    });
  return { ...io, stdout: wrap(io.stdout), stderr: wrap(io.stderr) };
}
