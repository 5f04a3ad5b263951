import { CliIo, ExitCode } from '../process/cli-io';
import { exitCodeFor } from '../process/exit-codes';
import { packageVersion } from '../process/package-root';
import { showHidden, terminalSafe } from '../text/untrusted-text';
import type { Command } from './command-definition';

/** The subcommands, in the order `--help` lists them; each module is loaded on use. */
const COMMANDS: ReadonlyMap<string, () => Promise<Command>> = new Map([
  ['preflight', async () => (await import('./preflight-command')).preflightCommand],
  ['agent-host', async () => (await import('./agent-host-command')).agentHostCommand],
  ['report', async () => (await import('./report-command')).reportCommand],
  ['diff', async () => (await import('./diff-command')).diffCommand],
  ['review', async () => (await import('./review-command')).reviewCommand],
  ['adopt', async () => (await import('./adopt-command')).adoptCommand],
]);

/** The top-level help: every command with the summary its module gives. */
async function usage(): Promise<string> {
  const commands = await Promise.all([...COMMANDS.values()].map((load) => load()));
  return `Usage: cdktf-okta-ldap <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)}  ${c.summary}`).join('\n')}

Run 'cdktf-okta-ldap <command> --help' for the options of a command;
'cdktf-okta-ldap --version' (or -V) prints the version.

Exit codes: 0 ok, 1 a preflight check failed (adopt: a conflict), 2 usage or input error, 3 diff found
differences, 4 internal error (a bug in cdktf-okta-ldap: please report it).
`;
}

/** Entry point of the `cdktf-okta-ldap` bin. Never throws: every error becomes a message and an exit code. */
export async function main(argv: string[], unsafeIo: CliIo): Promise<number> {
  const io = safeIo(unsafeIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(await usage());
    return name === undefined ? ExitCode.USAGE : ExitCode.OK;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${packageVersion(__dirname) ?? 'unknown'}\n`);
    return ExitCode.OK;
  }
  const load = COMMANDS.get(name);
  if (load === undefined) {
    io.stderr.write(
      `cdktf-okta-ldap: unknown command '${showHidden(name)}'. Commands: ${[...COMMANDS.keys()].join(', ')}. See --help.\n`,
    );
    return ExitCode.USAGE;
  }
  const command = await load();
  try {
    return await command.run(rest, io);
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
