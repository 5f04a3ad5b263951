/**
 * Process and socket chores for the slapd test fixture: finding the tools, running them, free
 * ports, readiness, and watching a daemon's PID. Internal to test/support.
 */
import { spawn } from 'child_process';
import { accessSync, constants, readFileSync } from 'fs';
import * as net from 'net';
import * as path from 'path';

/** The one command that installs everything the fixture needs. */
export const INSTALL_COMMAND = 'apt-get install -y slapd ldap-utils openssl';

/** Directories searched for slapd, slapadd and openssl: PATH, then the sbin folders PATH often lacks. */
export function defaultToolDirs(): string[] {
  const fromPath = (process.env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  return [...fromPath, '/usr/sbin', '/usr/local/sbin', '/sbin'];
}

/**
 * Absolute path of an executable, or a loud Error naming the install command
 * (`slapd not found: install it with 'apt-get install -y slapd ldap-utils openssl'`).
 */
export function findTool(name: string, dirs: readonly string[]): string {
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  throw new Error(`${name} not found: install it with '${INSTALL_COMMAND}'`);
}

export interface ToolResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion and collects its output. Never rejects for a non-zero exit. */
export function execTool(
  command: string,
  args: readonly string[],
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: options.env ?? process.env,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
        : undefined;
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** Runs a command and rejects with its stderr when it fails. */
export async function runTool(
  command: string,
  args: readonly string[],
  options: { timeoutMs?: number } = {},
): Promise<string> {
  const result = await execTool(command, args, { timeoutMs: options.timeoutMs ?? 60_000 });
  if (result.code !== 0) {
    const why = result.signal ? `was killed by ${result.signal}` : `exited with ${result.code}`;
    throw new Error(
      `slapd fixture: '${path.basename(command)} ${args.join(' ')}' ${why}:\n${result.stderr.trim() || result.stdout.trim()}`,
    );
  }
  return result.stdout;
}

/**
 * Runs a command whose parent process exits once its daemon is ready (slapd), with no pipes held
 * open by the daemon, and returns the parent's exit code.
 */
export function runDaemonizing(
  command: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** A TCP port on 127.0.0.1 that was free a moment ago (another process may still take it: retry). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function canConnect(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      socket.removeAllListeners();
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Whether a PID is a live process. A zombie (state Z in /proc/<pid>/stat: exited, not yet reaped
 * because PID 1 does not reap) counts as gone.
 */
export function isRunning(pid: number): boolean {
  const state = processState(pid);
  return state !== undefined && state !== 'Z' && state !== 'X';
}

/** The one-letter state in /proc/<pid>/stat (R, S, T, Z...), or undefined when there is no such process. */
export function processState(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Format: "<pid> (<comm>) <state> ..."; comm may hold spaces or parentheses, so read after the last ')'.
  const close = stat.lastIndexOf(')');
  return stat.slice(close + 2, close + 3);
}

/** The command line of a PID, NUL-separated arguments joined with spaces ('' when it is gone). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** Polls until `isRunning(pid)` is false; resolves false on timeout. */
export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(5);
  }
  return true;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
