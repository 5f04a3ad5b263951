import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';

/**
 * What the agent-host checks read from the machine they run on. The system probe reads the real
 * machine; tests pass recorded facts (os-release files of other distributions, `reg query` output).
 * @internal
 */
export interface HostProbe {
  /** `process.platform`: `linux`, `win32`, … */
  readonly platform: NodeJS.Platform;
  /** `process.arch`: `x64`, `arm64`, … */
  readonly arch: string;
  /** The text of a file, or undefined when it does not exist or cannot be read. */
  readFile(file: string): string | undefined;
  /**
   * The output of `reg query <key>` (Windows), or undefined when the key does not exist (`reg` exits 1).
   * Rejects when `reg` cannot run at all.
   */
  regQuery(key: string): Promise<string | undefined>;
}

/** Milliseconds one `reg query` may take. */
const REG_QUERY_TIMEOUT_MS = 10_000;

/** The probe of the machine this process runs on. */
export function systemProbe(): HostProbe {
  return {
    platform: process.platform,
    arch: os.arch(),
    readFile: (file) => {
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    regQuery: (key) =>
      new Promise((resolve, reject) => {
        execFile(
          'reg',
          ['query', key],
          { timeout: REG_QUERY_TIMEOUT_MS, windowsHide: true },
          (error, stdout, stderr) => {
            if (error === null) {
              resolve(stdout);
              return;
            }
            // reg exits 1 with "ERROR: The system was unable to find the specified registry key or value."
            if (typeof error.code === 'number' && error.code === 1 && /unable to find/i.test(stderr)) {
              resolve(undefined);
              return;
            }
            reject(new Error(`reg query "${key}" failed: ${(stderr || error.message).trim()}`));
          },
        );
      }),
  };
}
