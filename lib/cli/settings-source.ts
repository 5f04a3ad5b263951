import * as path from 'path';
import { InputError } from '../errors';
import { readSynthesizedApp, selectIntegration } from '../manifest/read-synthesized-app';
import { recordedCaFile } from '../manifest/recorded-ca-file';
import { readCaFile } from '../preflight/ca-file';
import type { PreflightInput } from '../preflight/preflight-options';
import { readSettingsFile } from '../preflight/settings-file';

/**
 * Where a command reads the integration settings from: the flags `preflight` and `agent-host`
 * share. One of a synthesized app (`--out`, with `--stack` / `--integration` to pick one) or a
 * settings file (`--settings`).
 */
export interface SettingsSourceFlags {
  readonly out?: string;
  readonly stack?: string;
  readonly integration?: string;
  readonly settings?: string;
}

/** The `util.parseArgs` option specs of {@link SettingsSourceFlags}, to spread into a command's options. */
export const SETTINGS_SOURCE_OPTIONS = {
  out: { type: 'string' },
  stack: { type: 'string' },
  integration: { type: 'string' },
  settings: { type: 'string' },
} as const;

/** The `--help` lines of the settings flags. */
export const SETTINGS_SOURCE_HELP = `Settings (one of):
  --out DIR               Synthesized app folder (run 'cdktf synth' first). Default: cdktf.out
  --stack NAME            Stack holding the integration (when several hold one)
  --integration ID        Construct id (or path) of the integration (when several)
  --settings FILE         JSON file: LdapDirectorySettings, or {"settings": ..., "userMappings": ...,
                          "groupMappings": [...], "roleMappings": [...]} (an integration manifest works)`;

/** The integration a command checks, and the CA bundle its stack records for it. */
export interface SettingsSource {
  readonly model: PreflightInput;
  /**
   * The CA bundle the integration's guard trusts (`preflightGuardOptions.caFile`, copied into the
   * synthesized stack).
   * @default - none recorded (a settings file, no guard, or the system trust store)
   */
  readonly recordedCa?: RecordedCa;
  /**
   * The stack and the integration id picked in the synthesized app.
   * @default - none: the settings come from a file
   */
  readonly picked?: { readonly stack: string; readonly integration: string };
}

/** A CA file a synthesized app records, and the app folder it must lie in (the app names it: untrusted). */
export interface RecordedCa {
  /** Absolute path of the file. */
  readonly file: string;
  /** The synthesized app folder (`--out`). */
  readonly appFolder: string;
}

/**
 * Reads the model of the integration the flags name (a settings file is resolved as it is read; a
 * manifest holds the model already), and the CA file its stack records. Throws `InputError` for a
 * bad combination, file or app.
 */
export function readSettingsSource(values: SettingsSourceFlags, cwd: string): SettingsSource {
  if (values.settings !== undefined) {
    if (values.stack !== undefined || values.integration !== undefined || values.out !== undefined) {
      throw new InputError(
        '--settings reads settings from a file; it cannot be combined with --out, --stack or --integration.',
      );
    }
    return { model: readSettingsFile(path.resolve(cwd, values.settings)) };
  }
  const outdir = path.resolve(cwd, values.out ?? 'cdktf.out');
  const { stack, integration } = selectIntegration(readSynthesizedApp(outdir), {
    ...(values.stack !== undefined ? { stack: values.stack } : {}),
    ...(values.integration !== undefined ? { integration: values.integration } : {}),
  });
  const caFile = recordedCaFile(outdir, stack, integration);
  return {
    model: integration,
    ...(caFile !== undefined ? { recordedCa: { file: caFile, appFolder: outdir } } : {}),
    picked: { stack: stack.stack, integration: integration.id },
  };
}

/** The CA bundle a command trusts for the directory's certificate, and where it came from. */
export interface TrustedCa {
  /** Absolute path of the PEM file. */
  readonly file: string;
  /** Its PEM text. */
  readonly pem: string;
  /** Where it came from, for the output: `--ca-file ca.pem`, or the stack's guard option. */
  readonly source: string;
}

/**
 * The CA bundle to trust: `--ca-file` when given (it wins), else the one the stack records for the
 * integration's guard, else none (the system's roots). Throws `InputError` for a missing or non-PEM file.
 */
export function trustedCa(
  caFileFlag: string | undefined,
  source: SettingsSource,
  cwd: string,
): TrustedCa | undefined {
  if (caFileFlag !== undefined) {
    const file = path.resolve(cwd, caFileFlag);
    return { file, pem: readCaFile(file, '--ca-file'), source: `--ca-file ${caFileFlag}` };
  }
  if (source.recordedCa === undefined) return undefined;
  const { file, appFolder } = source.recordedCa;
  const shown = path.relative(cwd, file) || file;
  return {
    file,
    // The app names this file: read it as untrusted input, only inside the app (no device, FIFO or
    // file elsewhere on the machine).
    pem: readCaFile(
      file,
      "--ca-file (the stack's preflightGuardOptions.caFile copy is unreadable; re-run 'cdktf synth')",
      { within: appFolder },
    ),
    source: `preflightGuardOptions.caFile recorded in the stack (${shown})`,
  };
}
