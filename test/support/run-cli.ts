import { PassThrough } from 'stream';
import { CliIo } from '../../lib/process/cli-io';
import { main } from '../../lib/cli/main';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** How a {@link memoryIo} looks to the command. */
export interface MemoryIoOptions {
  /** @default {} (no environment variable, so no password or token leaks in from the test's) */
  readonly env?: NodeJS.ProcessEnv;
  /** @default process.cwd() */
  readonly cwd?: string;
  /** What the command reads from standard input. @default '' */
  readonly stdin?: string;
  /** Whether stdout and stderr say they are a terminal (`isTTY`). @default false */
  readonly tty?: boolean;
}

/** A {@link CliIo} whose output is kept in memory: `out()` and `err()` give what was written so far. */
export interface MemoryIo extends CliIo {
  out(): string;
  err(): string;
}

/** A CliIo for running a command (or the guard runner) in-process, with captured output. */
export function memoryIo(options: MemoryIoOptions = {}): MemoryIo {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.tty === true });
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty === true });
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return {
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    readStdin: async () => options.stdin ?? '',
    out: () => out,
    err: () => err,
  };
}

/** Runs `cdktf-okta-ldap <argv>` in-process with captured streams, an explicit env and no stdin. */
export async function runCli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const io = memoryIo({ env, cwd });
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}
