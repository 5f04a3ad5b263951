import * as path from 'path';
import { InputError } from '../errors';
import { readSynthesizedApp, selectIntegration } from '../manifest/read-synthesized-app';
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

/**
 * Reads the model of the integration the flags name (a settings file is resolved as it is read; a
 * manifest holds the model already). Throws `InputError` for a bad combination, file or app.
 */
export function readSettingsSource(values: SettingsSourceFlags, cwd: string): PreflightInput {
  if (values.settings !== undefined) {
    if (values.stack !== undefined || values.integration !== undefined || values.out !== undefined) {
      throw new InputError(
        '--settings reads settings from a file; it cannot be combined with --out, --stack or --integration.',
      );
    }
    return readSettingsFile(path.resolve(cwd, values.settings));
  }
  const outdir = path.resolve(cwd, values.out ?? 'cdktf.out');
  const { integration } = selectIntegration(readSynthesizedApp(outdir), {
    ...(values.stack !== undefined ? { stack: values.stack } : {}),
    ...(values.integration !== undefined ? { integration: values.integration } : {}),
  });
  return integration;
}
