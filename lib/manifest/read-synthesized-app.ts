import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../errors';
import {
  IntegrationManifest,
  MANIFEST_COMMENT_KEY,
  MANIFEST_SCHEMA,
  StackManifest,
} from './integration-manifest';
import { checkIntegrationManifest } from './manifest-check';
import { readTerraformBlocks } from './terraform-blocks';
import { compareNames } from '../text/compare-names';

interface CdktfOutManifest {
  stacks?: Record<string, { name?: string; synthesizedStackPath?: string; workingDirectory?: string }>;
}

/**
 * Reads every stack of a synthesized app (`cdktf.out`) and returns the integrations each records,
 * with the okta resources and data sources its Terraform JSON declares (one read of each file).
 * Throws `InputError` naming the file and the fix when the folder is missing or malformed.
 */
export function readSynthesizedApp(outdir: string): StackManifest[] {
  const manifestPath = path.join(outdir, 'manifest.json');
  if (!fs.existsSync(outdir) || !fs.statSync(outdir).isDirectory()) {
    throw new InputError(
      `synthesized app not found: '${outdir}' is not a folder. Run 'cdktf synth' first, or pass the folder with --out.`,
    );
  }
  const appManifest = readJson<CdktfOutManifest>(manifestPath, notAnAppMessage(outdir));
  if (
    typeof appManifest !== 'object' ||
    appManifest === null ||
    typeof appManifest.stacks !== 'object' ||
    appManifest.stacks === null
  ) {
    throw new InputError(
      `${manifestPath} has no "stacks" object: it is not a cdktf manifest. Re-run 'cdktf synth'.`,
    );
  }
  const stacks: StackManifest[] = [];
  for (const [name, entry] of Object.entries(appManifest.stacks).sort(([a], [b]) => compareNames(a, b))) {
    const stackFile = entry?.synthesizedStackPath;
    if (typeof stackFile !== 'string') {
      throw new InputError(
        `${manifestPath}: stack '${name}' has no synthesizedStackPath. Re-run 'cdktf synth'.`,
      );
    }
    const stackPath = path.join(outdir, stackFile);
    const tf = readJson<Record<string, unknown>>(
      stackPath,
      `stack '${name}': ${stackPath} is missing or not JSON. Re-run 'cdktf synth'.`,
    );
    if (typeof tf !== 'object' || tf === null || Array.isArray(tf)) {
      throw new InputError(
        `stack '${name}': ${stackPath} is not a Terraform JSON object. Re-run 'cdktf synth'.`,
      );
    }
    const comment = (tf['//'] as Record<string, unknown> | undefined)?.[MANIFEST_COMMENT_KEY] as
      { integrations?: Record<string, unknown> } | undefined;
    const integrations: IntegrationManifest[] = [];
    for (const [id, value] of Object.entries(comment?.integrations ?? {}).sort(([a], [b]) =>
      compareNames(a, b),
    )) {
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
    stacks.push({
      stack: name,
      workingDirectory: entry.workingDirectory ?? path.dirname(stackFile),
      integrations,
      terraform: readTerraformBlocks(tf, stackPath),
    });
  }
  return stacks;
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

function readJson<T>(file: string, messageIfBad: string): T {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new InputError(messageIfBad);
  }
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new InputError(`${messageIfBad} (${file}: ${(e as Error).message})`);
  }
}
