import * as fs from 'fs';
import { InputError } from '../errors';
import type { IntegrationModel } from '../model/integration-model';
import { parseSettingsDocument } from '../model/settings-document';

/** Largest settings file read (a settings file is a few KB; a manifest with many mappings a few MB). */
export const MAX_SETTINGS_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a JSON settings file for `preflight --settings`: either an `LdapDirectorySettings` object, or a
 * manifest-like object `{ settings, userMappings?, groupMappings?, roleMappings? }` (an
 * `IntegrationManifest` qualifies), as the integration's model (settings resolved). Throws
 * `InputError` naming the file and the field.
 */
export function readSettingsFile(file: string): IntegrationModel {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`settings file not found: '${file}'. Pass an existing JSON file with --settings.`);
  }
  if (!stat.isFile()) throw new InputError(`settings file '${file}' is not a file.`);
  if (stat.size > MAX_SETTINGS_FILE_BYTES) {
    throw new InputError(
      `settings file '${file}' is ${stat.size} bytes; at most ${MAX_SETTINGS_FILE_BYTES} are read.`,
    );
  }
  const text = fs.readFileSync(file, 'utf8');
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`settings file '${file}' is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return parseSettingsDocument(document);
  } catch (e) {
    if (InputError.isInputError(e)) throw new InputError(`settings file '${file}': ${e.message}`);
    throw e;
  }
}
