/**
 * `preflight --connection-from DIR`: the connection of the integration under check (host, port,
 * connection security, bind DN, and the CA bundle its stack records) comes from the same stack and
 * integration in a trusted synthesized app, e.g. the base branch's, so the bind password only ever
 * goes to the trusted directory through the trusted CA.
 */
import * as path from 'path';
import { InputError } from '../errors';
import { readSynthesizedApp } from '../manifest/read-synthesized-app';
import { recordedCaFile } from '../manifest/recorded-ca-file';
import { readInputFile } from '../process/input-file';
import type { ConnectionDifference, TrustedConnection } from '../preflight/trusted-connection';
import { clip, showHidden } from '../text/untrusted-text';
import type { SettingsSource } from './settings-source';

/** The flag, as the help and the messages name it. */
export const CONNECTION_FROM_FLAG = '--connection-from';

/** The trusted connection, and the settings source whose recorded CA is trusted. */
export interface ConnectionFrom {
  readonly connection: TrustedConnection;
  /** The integration in the trusted app: its recorded CA is the one to trust. */
  readonly source: SettingsSource;
}

/**
 * Reads the trusted app `dir` (relative to `cwd`) and the integration in it that `checked` picked
 * (same stack name, same integration id). `InputError` when `checked` is a settings file, when the
 * folder is no synthesized app, or when it has no such integration. Without `caFileFlag`, a recorded
 * CA bundle that differs between the two apps is a difference too.
 */
export function readConnectionFrom(
  dir: string,
  checked: SettingsSource,
  caFileFlag: string | undefined,
  cwd: string,
): ConnectionFrom {
  const picked = checked.picked;
  if (picked === undefined) {
    throw new InputError(
      `${CONNECTION_FROM_FLAG} takes the connection of the integration --out picks from another synthesized app; it cannot be combined with --settings. Use --out.`,
    );
  }
  const outdir = path.resolve(cwd, dir);
  let stacks;
  try {
    stacks = readSynthesizedApp(outdir);
  } catch (e) {
    throw InputError.isInputError(e) ? new InputError(`${CONNECTION_FROM_FLAG} ${dir}: ${e.message}`) : e;
  }
  const stack = stacks.find((s) => s.stack === picked.stack);
  const integration = stack?.integrations.find((i) => i.id === picked.integration);
  if (stack === undefined || integration === undefined) {
    throw new InputError(
      `${CONNECTION_FROM_FLAG} ${dir} has no integration ${quoted(picked.integration)} in stack ${quoted(picked.stack)} (the one --out picks), so there is no trusted connection to bind with. Synthesize the trusted app from a commit that has this integration; the bind password is not sent to a connection only the checked app names.`,
    );
  }
  const caFile = recordedCaFile(outdir, stack, integration);
  const source: SettingsSource = {
    model: integration,
    ...(caFile !== undefined ? { recordedCa: { file: caFile, appFolder: outdir } } : {}),
    picked,
  };
  const caDiffers = caFileFlag === undefined && !sameFileContent(checked.recordedCa?.file, caFile);
  const otherDifferences: ConnectionDifference[] = caDiffers
    ? [
        {
          field: 'preflightGuardOptions.caFile',
          used: shownFile(caFile, cwd),
          ignored: shownFile(checked.recordedCa?.file, cwd),
        },
      ]
    : [];
  return {
    connection: {
      settings: integration.settings,
      source: `${CONNECTION_FROM_FLAG} ${dir}`,
      ...(otherDifferences.length > 0 ? { otherDifferences } : {}),
    },
    source,
  };
}

/**
 * Whether two recorded CA files hold the same text (both unset: the same system roots). The checked
 * app names its file, so it is read as any input: a device, a FIFO or an oversized file is refused
 * (and counts as different) without waiting on it.
 */
function sameFileContent(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  try {
    return readInputFile(a, { shownAs: a }) === readInputFile(b, { shownAs: b });
  } catch {
    return false;
  }
}

function shownFile(file: string | undefined, cwd: string): string {
  return file === undefined ? '(none: the system trust store)' : path.relative(cwd, file) || file;
}

/** A name from an app, for a message: hidden characters shown, cut, quoted. */
function quoted(name: string): string {
  return JSON.stringify(clip(showHidden(name), 80));
}
