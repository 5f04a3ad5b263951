/**
 * The command line `preflight` and `agent-host` share, as both reach the LDAP directory: where the
 * settings come from, the CA trusted for the directory's certificate, the two connection timeouts,
 * and the output format.
 */
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_OPERATION_TIMEOUT_MS } from '../preflight/preflight-options';
import type { TrustedConnection } from '../preflight/trusted-connection';
import { CommandValues, durationOption, exclusiveOptions } from './command-options';
import { readConnectionFrom } from './connection-from';
import {
  readSettingsSource,
  SETTINGS_SOURCE_OPTIONS,
  SettingsSource,
  TrustedCa,
  trustedCa,
} from './settings-source';

/** The `util.parseArgs` option specs both commands take; spread into a command's options. */
export const DIRECTORY_CHECK_OPTIONS = {
  ...SETTINGS_SOURCE_OPTIONS,
  'ca-file': { type: 'string' },
  'connect-timeout': { type: 'string' },
  'operation-timeout': { type: 'string' },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
} as const;

/** How a report is printed: `--json`, `--markdown`, or text. */
export type ReportFormat = 'json' | 'markdown' | 'text';

/** What the shared options say, read and checked. */
export interface DirectoryCheckInputs {
  readonly source: SettingsSource;
  /**
   * The CA bundle to trust for the directory's certificate.
   * @default - none: the system's roots
   */
  readonly ca?: TrustedCa;
  /**
   * The connection taken from a trusted app (`preflight --connection-from`).
   * @default - the connection of `source`
   */
  readonly connectionFrom?: TrustedConnection;
  readonly connectTimeoutMs: number;
  readonly operationTimeoutMs: number;
  readonly format: ReportFormat;
}

/**
 * Reads the shared options of `command`, in the order their errors are told: `--json` with
 * `--markdown`, the settings, the trusted app `connectionFrom` names (when given: its recorded CA is
 * the one trusted), the CA file, the timeouts. Throws `InputError` (a usage error for a bad option).
 */
export function readDirectoryCheckInputs(
  command: string,
  values: CommandValues<typeof DIRECTORY_CHECK_OPTIONS>,
  cwd: string,
  connectionFrom?: string,
): DirectoryCheckInputs {
  exclusiveOptions(command, values, ['json', 'markdown']);
  const source = readSettingsSource(values, cwd);
  const trusted =
    connectionFrom !== undefined
      ? readConnectionFrom(connectionFrom, source, values['ca-file'], cwd)
      : undefined;
  const ca = trustedCa(values['ca-file'], trusted?.source ?? source, cwd);
  return {
    source,
    ...(ca !== undefined ? { ca } : {}),
    ...(trusted !== undefined ? { connectionFrom: trusted.connection } : {}),
    connectTimeoutMs: durationOption(
      command,
      '--connect-timeout',
      values['connect-timeout'],
      DEFAULT_CONNECT_TIMEOUT_MS,
    ),
    operationTimeoutMs: durationOption(
      command,
      '--operation-timeout',
      values['operation-timeout'],
      DEFAULT_OPERATION_TIMEOUT_MS,
    ),
    format: values.json === true ? 'json' : values.markdown === true ? 'markdown' : 'text',
  };
}
