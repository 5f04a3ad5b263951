import { PassThrough } from 'stream';
import { CliIo } from '../../lib/process/cli-io';
import { main } from '../../lib/cli/main';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `cdktf-okta-ldap <argv>` in-process with captured streams, an explicit env and no stdin. */
export async function runCli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  const io: CliIo = { stdout: out, stderr: err, env, cwd, readStdin: async () => '' };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
