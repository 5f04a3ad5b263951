/**
 * Everything Terraform loads from one stack folder of a synthesized app, read the way Terraform
 * reads it: `cdk.tf.json`, every other `*.tf.json` (its blocks join the stack), the override files
 * (merged into the blocks they name, after the others, in name order), and what the review cannot
 * read (HCL `*.tf`, automatic `*.tfvars`, shipped provider folders), which becomes a finding.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../errors';
import { readInputBytes, readInputFile } from '../process/input-file';
import { JsonSyntaxError, parseStrictJson } from '../text/strict-json';
import { compareNames } from '../text/compare-names';
import { isObject } from '../settings/value-checks';
import { type StackLoadFinding, StackLoadFindingKind, type TerraformBlock } from './integration-manifest';
import { readTerraformConfig, type TerraformConfig } from './terraform-blocks';

/** One stack folder as Terraform will load it. */
export interface StackFolder extends TerraformConfig {
  /** The stack's main file (`cdk.tf.json`) as parsed: where the manifests are. */
  readonly main: Record<string, unknown>;
  /** MD5 of each `assets/…` file a provisioner command or a guard's CA file names, by its path in the stack folder. */
  readonly assets: Record<string, string>;
}

/** Automatic variable files: Terraform reads them without being asked. */
const AUTO_VARIABLES = /^(?:terraform\.tfvars(?:\.json)?|.+\.auto\.tfvars(?:\.json)?)$/;
/** Configuration files, as Terraform picks them (no dot file, no editor backup). */
const CONFIG_FILE = /^[^.#].*\.tf(?:\.json)?$/;
const OVERRIDE_FILE = /^(?:override|.+_override)\.tf(?:\.json)?$/;

/**
 * Reads the stack folder `folder` (relative to `outdir`) with its main file `mainFile` (relative to
 * `outdir`; normally `<folder>/cdk.tf.json`). Every file is read only when it is a regular file inside
 * `outdir`, up to the input size cap. Throws `InputError` when the main file cannot be read.
 */
export function readStackFolder(outdir: string, folder: string, mainFile: string): StackFolder {
  const findings: StackLoadFinding[] = [];
  const main = readJsonObject(outdir, mainFile, findings);
  const config = readTerraformConfig(main, path.join(outdir, mainFile), { file: mainFile });
  findings.push(...config.findings);
  const stateBlocks = [...config.stateBlocks];
  const okta = new Map(config.okta.map((b) => [b.address, b]));
  const other = new Map(config.other.map((b) => [b.address, b]));
  const settings = { ...config.settings };
  const dir = path.join(outdir, folder);
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : [];
  const overrides: string[] = [];
  for (const entry of entries.sort((a, b) => compareNames(a.name, b.name))) {
    const rel = path.join(folder, entry.name);
    if (rel === path.normalize(mainFile)) continue;
    if (entry.name === 'terraform.d' || entry.name === '.terraform') {
      findings.push(finding(StackLoadFindingKind.PROVIDER_FILES, rel, PROVIDER_FILES));
    } else if (AUTO_VARIABLES.test(entry.name)) {
      findings.push(finding(StackLoadFindingKind.UNREADABLE_FILE, rel, VARIABLES_FILE));
    } else if (CONFIG_FILE.test(entry.name) && !entry.isDirectory()) {
      if (!entry.name.endsWith('.json')) {
        findings.push(finding(StackLoadFindingKind.UNREADABLE_FILE, rel, HCL_FILE));
      } else if (OVERRIDE_FILE.test(entry.name)) {
        overrides.push(rel);
      } else {
        const extra = readTerraformConfig(readJsonObject(outdir, rel, findings), path.join(outdir, rel), {
          file: rel,
          declaredIn: rel,
        });
        findings.push(...extra.findings, extraFileFinding(rel, extra));
        stateBlocks.push(...extra.stateBlocks);
        for (const b of extra.okta) okta.set(b.address, b);
        for (const b of extra.other) other.set(b.address, b);
        Object.assign(settings, extra.settings);
      }
    }
  }
  for (const rel of overrides) {
    const override = readTerraformConfig(readJsonObject(outdir, rel, findings), path.join(outdir, rel), {
      file: rel,
      declaredIn: rel,
    });
    findings.push(...override.findings, overrideFinding(rel, override));
    stateBlocks.push(...override.stateBlocks);
    for (const b of override.okta) okta.set(b.address, overrideBlock(okta.get(b.address), b));
    for (const b of override.other) other.set(b.address, overrideBlock(other.get(b.address), b));
    overrideSettings(settings, override.settings);
  }
  const sorted = (m: Map<string, TerraformBlock>): TerraformBlock[] =>
    [...m.values()].sort((a, b) => compareNames(a.address, b.address));
  const blocks = { okta: sorted(okta), other: sorted(other) };
  const assets = commandAssets(outdir, folder, blocks.other);
  return { main, ...blocks, settings, findings, stateBlocks, assets };
}

const PROVIDER_FILES =
  'provider plugins or an initialised working folder shipped with the stack: Terraform may run provider binaries from it, with the Okta token in their environment';
const VARIABLES_FILE =
  'an automatic variables file: Terraform reads it without being asked and it can set any variable of the stack; the review does not read it';
const HCL_FILE =
  'a Terraform configuration file in HCL: Terraform loads its blocks into the stack; the review reads JSON only';

function finding(kind: StackLoadFindingKind, file: string, detail: string, block = ''): StackLoadFinding {
  return { kind, file, block, detail };
}

function extraFileFinding(file: string, c: TerraformConfig): StackLoadFinding {
  const blocks = [...c.okta, ...c.other].map((b) => b.address);
  return finding(
    StackLoadFindingKind.EXTRA_FILE,
    file,
    `a second configuration file beside cdk.tf.json: Terraform loads its blocks into the stack${blocks.length > 0 ? ` (${blocks.join(', ')})` : ''}`,
  );
}

function overrideFinding(file: string, c: TerraformConfig): StackLoadFinding {
  const blocks = [...[...c.okta, ...c.other].map((b) => b.address), ...Object.keys(c.settings)];
  return finding(
    StackLoadFindingKind.OVERRIDE_FILE,
    file,
    `an override file: Terraform merges it over the blocks it names${blocks.length > 0 ? ` (${blocks.join(', ')})` : ''}, after cdk.tf.json; this review shows the merged result`,
  );
}

/** Terraform's override merge: each argument replaces the original's; `lifecycle` merges by argument. */
function overrideBlock(original: TerraformBlock | undefined, override: TerraformBlock): TerraformBlock {
  if (original === undefined) return override;
  const attributes: Record<string, unknown> = { ...original.attributes };
  for (const [key, value] of Object.entries(override.attributes)) {
    const before = attributes[key];
    attributes[key] =
      key === 'lifecycle' && isObject(before) && isObject(value) ? { ...before, ...value } : value;
  }
  const dependsOn = override.dependsOn ?? original.dependsOn;
  return {
    ...original,
    attributes,
    ...(dependsOn !== undefined ? { dependsOn } : {}),
    file: override.file ?? original.file ?? '',
  };
}

function overrideSettings(
  settings: Record<string, string>,
  override: Readonly<Record<string, string>>,
): void {
  // A backend of the override replaces the backend of the stack.
  if (Object.keys(override).some((k) => k.startsWith('terraform.backend.'))) {
    for (const key of Object.keys(settings)) if (key.startsWith('terraform.backend.')) delete settings[key];
  }
  Object.assign(settings, override);
}

/** A JSON object file of the stack, read safely; its repeated keys become findings. */
function readJsonObject(outdir: string, file: string, findings: StackLoadFinding[]): Record<string, unknown> {
  const full = path.join(outdir, file);
  const bad = `${full} is missing or not JSON. Re-run 'cdktf synth'.`;
  let parsed: ReturnType<typeof parseStrictJson>;
  try {
    parsed = parseStrictJson(readInputFile(full, { shownAs: file, within: outdir }));
  } catch (e) {
    if (!(e instanceof JsonSyntaxError) && !InputError.isInputError(e)) throw e;
    throw new InputError(`${bad} (${e.message})`);
  }
  for (const key of parsed.duplicates) {
    findings.push(
      finding(
        StackLoadFindingKind.DUPLICATE_KEY,
        file,
        `the key "${key}" appears twice in one object: Terraform reads both (a second block, or an error), a JSON reader only the last; the review reads both`,
        key,
      ),
    );
  }
  if (!isObject(parsed.value)) {
    throw new InputError(`${full} is not a Terraform JSON object. Re-run 'cdktf synth'.`);
  }
  return parsed.value;
}

/** The hash recorded for an asset that is not a regular file inside the output folder. */
const NOT_A_STACK_FILE = 'not a regular file in the stack';

/**
 * The MD5 of each `assets/…` file that a `local-exec` provisioner of `blocks` runs as its command, or
 * that a guard's input names as its CA file, as cdktf names the asset's folder after it; `not a
 * regular file in the stack` when it cannot be read.
 */
function commandAssets(
  outdir: string,
  folder: string,
  blocks: readonly TerraformBlock[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const b of blocks) {
    const provisioners = Array.isArray(b.attributes.provisioner) ? b.attributes.provisioner : [];
    const input = b.attributes.input;
    const caFile = isObject(input) && isObject(input.check) ? input.check.caFile : undefined;
    const commands = (provisioners as unknown[]).map((p) =>
      isObject(p) && isObject(p['local-exec']) ? p['local-exec'].command : undefined,
    );
    for (const command of [...commands, caFile]) {
      if (typeof command !== 'string' || !command.startsWith('assets/') || command in out) continue;
      try {
        const bytes = readInputBytes(path.join(outdir, folder, command), {
          shownAs: command,
          within: outdir,
        });
        out[command] = createHash('md5').update(bytes).digest('hex').toUpperCase();
      } catch (e) {
        if (!InputError.isInputError(e)) throw e;
        out[command] = NOT_A_STACK_FILE;
      }
    }
  }
  return out;
}
