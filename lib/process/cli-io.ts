/** What a CLI command may touch: its arguments, streams and environment. Injected so tests run in-process. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  /** Read all of stdin (only when the user asked for it, e.g. `--password-stdin`). */
  readonly readStdin: () => Promise<string>;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** Exit codes of every command. */
export enum ExitCode {
  OK = 0,
  /** A preflight check failed. */
  CHECK_FAILED = 1,
  /** Usage or input error (bad flags, missing or malformed files). */
  USAGE = 2,
  /** `diff`: the two apps differ. */
  DIFFERENT = 3,
  /** A bug or an unexpected failure inside the tool: never reported as a failed check. */
  INTERNAL = 4,
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
