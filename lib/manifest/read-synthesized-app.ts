import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../errors';
import { InputFileError, readInputFile } from '../process/input-file';
import { JsonSyntaxError, parseStrictJson, repeatedKeysRefusal } from '../text/strict-json';
import {
  IntegrationManifest,
  MANIFEST_COMMENT_KEY,
  MANIFEST_SCHEMA,
  type StackLoadFinding,
  StackLoadFindingKind,
  StackManifest,
} from './integration-manifest';
import { checkIntegrationManifest } from './manifest-check';
import { readStackFolder, type StackFolder } from './stack-folder';
import { unaccountedStateBlocks } from './state-blocks';
import { compareNames } from '../text/compare-names';
import { isObject } from '../settings/value-checks';

interface StackEntry {
  readonly synthesizedStackPath: string;
  readonly workingDirectory?: string;
}

/**
 * Reads every stack of a synthesized app (`cdktf.out`) and returns the integrations each records,
 * with everything Terraform loads from its folder: the okta resources and data sources, every other
 * block, the provider and terraform settings, and a finding for each thing the review cannot vouch
 * for (see `readStackFolder`). Every folder under `stacks/` is read, listed in `manifest.json` or not.
 * Throws `InputError` naming the file, the field and the fix when the folder is missing or malformed.
 */
export function readSynthesizedApp(outdir: string): StackManifest[] {
  if (!fs.existsSync(outdir) || !fs.statSync(outdir).isDirectory()) {
    throw new InputError(
      `synthesized app not found: '${outdir}' is not a folder. Run 'cdktf synth' first, or pass the folder with --out.`,
    );
  }
  const entries = readAppManifest(outdir);
  const stacks: StackManifest[] = [];
  const folders = new Set<string>();
  for (const [name, entry] of entries) {
    const { folder, mainFile, findings } = stackLocation(name, entry);
    if (folder !== undefined) folders.add(folder);
    stacks.push(readStack(outdir, name, folder, mainFile, findings));
  }
  for (const folder of unlistedStackFolders(outdir, folders)) {
    const finding: StackLoadFinding = {
      kind: StackLoadFindingKind.UNLISTED_STACK,
      file: folder,
      block: '',
      detail: `a stack folder manifest.json does not list: a deploy that runs Terraform in every folder of stacks/ applies it too`,
    };
    stacks.push(readStack(outdir, folder, folder, path.join(folder, STACK_FILE), [finding]));
  }
  return stacks;
}

const STACK_FILE = 'cdk.tf.json';

/** The stacks of `manifest.json`, sorted by name, each field checked. */
function readAppManifest(outdir: string): [string, StackEntry][] {
  const manifestPath = path.join(outdir, 'manifest.json');
  const noManifest = notAnAppMessage(outdir);
  let text: string;
  try {
    text = readInputFile(manifestPath, { shownAs: manifestPath });
  } catch (e) {
    if (e instanceof InputFileError && e.problem === 'missing') throw new InputError(noManifest);
    throw new InputError(`${noManifest} (${(e as Error).message})`);
  }
  const appManifest = parseJsonInput(text, manifestPath, noManifest);
  const stacks = (appManifest as { stacks?: unknown } | null)?.stacks;
  if (typeof stacks !== 'object' || stacks === null || Array.isArray(stacks)) {
    throw new InputError(
      `${manifestPath} has no "stacks" object: it is not a cdktf manifest. Re-run 'cdktf synth'.`,
    );
  }
  return Object.entries(stacks as Record<string, unknown>)
    .sort(([a], [b]) => compareNames(a, b))
    .map(([name, entry]) => {
      const e = entry as Record<string, unknown> | null;
      const field = (key: string, required: boolean): string | undefined => {
        const v = typeof e === 'object' && e !== null ? e[key] : undefined;
        if (typeof v === 'string' || (!required && v === undefined)) return v;
        throw new InputError(
          `${manifestPath}: stack '${name}' has no ${key}${v === undefined ? '' : ` string (got ${typeof v})`}. Re-run 'cdktf synth'.`,
        );
      };
      const workingDirectory = field('workingDirectory', false);
      return [
        name,
        {
          synthesizedStackPath: field('synthesizedStackPath', true)!,
          ...(workingDirectory !== undefined ? { workingDirectory } : {}),
        },
      ];
    });
}

/**
 * Where Terraform runs for a stack (its `workingDirectory`) and the file the review reads there: always
 * `<workingDirectory>/cdk.tf.json`, the file Terraform loads, whatever `synthesizedStackPath` says. A
 * `synthesizedStackPath` elsewhere, or a folder outside the output folder, is a finding.
 */
function stackLocation(
  name: string,
  entry: StackEntry,
): { folder?: string; mainFile: string; findings: StackLoadFinding[] } {
  const folder = path.normalize(entry.workingDirectory ?? path.dirname(entry.synthesizedStackPath));
  const mainFile = path.join(folder, STACK_FILE);
  const findings: StackLoadFinding[] = [];
  const inside = (p: string): boolean =>
    !path.isAbsolute(p) && p !== '..' && !p.startsWith(`..${path.sep}`) && !p.includes('\0');
  if (!inside(folder)) {
    findings.push({
      kind: StackLoadFindingKind.STACK_PATH,
      file: 'manifest.json',
      block: `stacks.${name}.workingDirectory`,
      detail: `Terraform runs in ${JSON.stringify(folder)}, outside the output folder: the review does not read it`,
    });
    return { mainFile, findings };
  }
  if (path.normalize(entry.synthesizedStackPath) !== mainFile) {
    findings.push({
      kind: StackLoadFindingKind.STACK_PATH,
      file: 'manifest.json',
      block: `stacks.${name}.synthesizedStackPath`,
      detail: `names ${JSON.stringify(entry.synthesizedStackPath)}, but Terraform loads ${JSON.stringify(mainFile)} where it runs: the review reads that one`,
    });
  }
  return { folder, mainFile, findings };
}

/** Folders under `stacks/` that no listed stack runs in. */
function unlistedStackFolders(outdir: string, listed: ReadonlySet<string>): string[] {
  const stacksDir = path.join(outdir, 'stacks');
  if (!fs.existsSync(stacksDir) || !fs.statSync(stacksDir).isDirectory()) return [];
  return fs
    .readdirSync(stacksDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join('stacks', d.name))
    .filter((f) => !listed.has(f) && fs.existsSync(path.join(outdir, f, STACK_FILE)))
    .sort(compareNames);
}

function readStack(
  outdir: string,
  name: string,
  folder: string | undefined,
  mainFile: string,
  findings: StackLoadFinding[],
): StackManifest {
  if (folder === undefined) {
    return { stack: name, workingDirectory: mainFile, integrations: [], loadFindings: findings };
  }
  let read: StackFolder;
  try {
    read = readStackFolder(outdir, folder, mainFile);
  } catch (e) {
    if (!InputError.isInputError(e)) throw e;
    throw new InputError(`stack '${name}': ${e.message}`);
  }
  const integrations = readIntegrations(name, read.main, path.join(outdir, mainFile));
  const stateBlocks = unaccountedStateBlocks(read.stateBlocks, {
    stack: name,
    integrations,
    okta: read.okta,
  });
  return {
    stack: name,
    workingDirectory: folder,
    integrations,
    terraform: read.okta,
    otherBlocks: read.other,
    settings: read.settings,
    loadFindings: [...findings, ...read.findings, ...stateBlocks],
    assets: read.assets,
  };
}

function readIntegrations(
  name: string,
  tf: Record<string, unknown>,
  stackPath: string,
): IntegrationManifest[] {
  const comments = tf['//'];
  const comment: unknown = isObject(comments) ? comments[MANIFEST_COMMENT_KEY] : undefined;
  // Only an absent record means "no integrations": null, a list or a string in its place is refused,
  // so a stack cannot hide its integrations from the review by blanking the record.
  if (comment !== undefined && !isObject(comment)) {
    throw new InputError(
      `stack '${name}': "//"."${MANIFEST_COMMENT_KEY}" in ${stackPath} is not an object. Re-synthesize with 'cdktf synth'.`,
    );
  }
  const listed = comment?.integrations === undefined ? {} : comment.integrations;
  if (!isObject(listed)) {
    throw new InputError(
      `stack '${name}': "//"."${MANIFEST_COMMENT_KEY}".integrations in ${stackPath} is not an object. Re-synthesize with 'cdktf synth'.`,
    );
  }
  const integrations: IntegrationManifest[] = [];
  for (const [id, value] of Object.entries(listed).sort(([a], [b]) => compareNames(a, b))) {
    if (
      typeof value !== 'object' ||
      value === null ||
      (value as { schema?: unknown }).schema !== MANIFEST_SCHEMA
    ) {
      throw new InputError(
        `stack '${name}': integration '${id}' in ${stackPath} is not a ${MANIFEST_SCHEMA} record (made by another version of cdktf-okta-ldap?). Re-synthesize with this version.`,
      );
    }
    try {
      integrations.push(checkIntegrationManifest(value as Record<string, unknown>));
    } catch (e) {
      if (!InputError.isInputError(e)) throw e;
      throw new InputError(
        `stack '${name}': integration '${id}' in ${stackPath}: ${e.message}. Re-synthesize with 'cdktf synth' (the file was changed by hand or by another tool).`,
      );
    }
  }
  return integrations;
}

/** Picks one integration, by stack and id when several exist. Throws `InputError` listing the choices. */
export function selectIntegration(
  stacks: StackManifest[],
  choice: { stack?: string; integration?: string },
): { stack: StackManifest; integration: IntegrationManifest } {
  const candidates = stacks
    .filter((s) => choice.stack === undefined || s.stack === choice.stack)
    .flatMap((s) =>
      s.integrations
        .filter(
          (i) =>
            choice.integration === undefined || i.id === choice.integration || i.path === choice.integration,
        )
        .map((i) => ({ stack: s, integration: i })),
    );
  const all = stacks.flatMap((s) => s.integrations.map((i) => `--stack ${s.stack} --integration ${i.id}`));
  if (candidates.length === 1) return candidates[0]!;
  if (all.length === 0) {
    throw new InputError(
      "the synthesized app holds no OktaLdapIntegration. Add one to a stack and run 'cdktf synth'.",
    );
  }
  if (candidates.length === 0) {
    throw new InputError(`no integration matches ${describeChoice(choice)}. Available: ${all.join('; ')}`);
  }
  throw new InputError(
    `${candidates.length} integrations match ${describeChoice(choice)}; pick one with: ${candidates.map((c) => `--stack ${c.stack.stack} --integration ${c.integration.id}`).join('; ')}`,
  );
}

function describeChoice(choice: { stack?: string; integration?: string }): string {
  const parts = [
    choice.stack !== undefined ? `--stack ${choice.stack}` : '',
    choice.integration !== undefined ? `--integration ${choice.integration}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : 'the synthesized app';
}

/**
 * Why `outdir` is not a synthesized app, and the fix: a stack's folder (`cdktf.out/stacks/<stack>`,
 * holding `cdk.tf.json`) names the app folder two levels up.
 */
function notAnAppMessage(outdir: string): string {
  const problem = `'${outdir}' is not a synthesized cdktf app (no readable manifest.json).`;
  const appAbove = path.dirname(path.dirname(outdir));
  if (
    fs.existsSync(path.join(outdir, 'cdk.tf.json')) &&
    fs.existsSync(path.join(appAbove, 'manifest.json'))
  ) {
    return `${problem} It is the folder of one stack: pass the app folder above it, --out ${appAbove} (and --stack ${path.basename(outdir)} to pick the stack).`;
  }
  return `${problem} Run 'cdktf synth' first, or pass the right folder.`;
}

/**
 * A JSON input file (manifest.json) parsed strictly: a repeated key makes it ambiguous (a reader keeps
 * one value, another the other), so it is refused with the key's path.
 */
function parseJsonInput(text: string, file: string, messageIfBad: string): unknown {
  let parsed: ReturnType<typeof parseStrictJson>;
  try {
    parsed = parseStrictJson(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new InputError(`${messageIfBad} (${file}: ${e.message})`);
  }
  if (parsed.duplicates.length > 0) {
    throw new InputError(repeatedKeysRefusal(file, parsed.duplicates, "Re-run 'cdktf synth'."));
  }
  return parsed.value;
}
