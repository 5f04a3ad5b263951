/**
 * The blocks of one Terraform JSON file of a synthesized stack (`cdk.tf.json`, or any other
 * `*.tf.json` Terraform loads beside it): its resources and data sources, its `provider` and
 * `terraform` settings, and every other top-level block the review does not understand.
 */
import { InputError } from '../errors';
import { canonicalJson } from '../text/canonical-json';
import { compareNames } from '../text/compare-names';
import {
  type StackLoadFinding,
  StackLoadFindingKind,
  type TerraformBlock,
  type TerraformBlockMode,
} from './integration-manifest';
import { type StateBlock, STATE_BLOCK_KINDS } from './state-blocks';

/** Types the review reads as Okta resources: the okta provider's. */
const OKTA_TYPE = /^okta_/;
/** Meta-arguments left out of a block's attributes: cdktf's comment, and `depends_on` (kept apart). */
const LEFT_OUT = new Set(['//', 'depends_on']);
/**
 * Top-level blocks read here (the state blocks `import`, `moved` and `removed` among them, judged
 * against the manifests in `state-blocks.ts`), or that change nothing Terraform does to a remote
 * object by themselves (`variable`, `output`, `locals`).
 */
const UNDERSTOOD = new Set<string>([
  '//',
  'resource',
  'data',
  'provider',
  'terraform',
  'variable',
  'output',
  'locals',
  ...STATE_BLOCK_KINDS,
]);

/** What one Terraform JSON file declares. */
export interface TerraformConfig {
  /** Okta resources and data sources, sorted by address. */
  readonly okta: TerraformBlock[];
  /** Every other resource and data source, sorted by address. */
  readonly other: TerraformBlock[];
  /** `provider` and `terraform` settings, flattened (see `StackManifest.settings`). */
  readonly settings: Record<string, string>;
  /** `module` blocks and top-level blocks the review does not understand. */
  readonly findings: StackLoadFinding[];
  /** The `import`, `moved` and `removed` blocks, in file order. */
  readonly stateBlocks: StateBlock[];
}

/** Where a Terraform JSON file is, for `readTerraformConfig`. */
export interface TerraformConfigFile {
  /**
   * The file as findings name it (relative to the output folder).
   * @default - as errors name it
   */
  readonly file?: string;
  /**
   * Recorded on each block (`TerraformBlock.file`): set for a file other than `cdk.tf.json`.
   * @default - not recorded
   */
  readonly declaredIn?: string;
}

/**
 * Everything one Terraform JSON file declares (see `TerraformConfig`). `shownAs` names the file in
 * errors. Terraform's JSON syntax allows a list of objects wherever it allows an object
 * (`"resource": [{…}]`); both are read. Throws `InputError` naming the file and the block when a
 * block is not an object, so a block the review cannot read is never skipped silently.
 */
export function readTerraformConfig(
  tf: Record<string, unknown>,
  shownAs: string,
  where: TerraformConfigFile = {},
): TerraformConfig {
  const { declaredIn } = where;
  const okta = new Map<string, TerraformBlock>();
  const other = new Map<string, TerraformBlock>();
  const sections: [string, TerraformBlockMode][] = [
    ['resource', 'managed'],
    ['data', 'data'],
  ];
  for (const [section, mode] of sections) {
    for (const byType of objects(tf[section], `"${section}"`, shownAs)) {
      for (const [type, byName] of Object.entries(byType)) {
        for (const names of objects(byName, `"${section}"."${type}"`, shownAs)) {
          for (const [name, body] of Object.entries(names)) {
            const block = readBlock(
              mode,
              type,
              name,
              objects(body, `"${section}"."${type}"."${name}"`, shownAs),
            );
            const withFile = declaredIn === undefined ? block : { ...block, file: declaredIn };
            (OKTA_TYPE.test(type) ? okta : other).set(block.address, withFile);
          }
        }
      }
    }
  }
  const byAddress = (m: Map<string, TerraformBlock>): TerraformBlock[] =>
    [...m.values()].sort((a, b) => compareNames(a.address, b.address));
  return {
    okta: byAddress(okta),
    other: byAddress(other),
    settings: readSettings(tf, shownAs),
    findings: otherTopLevelBlocks(tf, shownAs, where.file ?? shownAs),
    stateBlocks: STATE_BLOCK_KINDS.flatMap((kind) =>
      objects(tf[kind], `"${kind}"`, shownAs).map((body) => ({ kind, file: where.file ?? shownAs, body })),
    ),
  };
}

function readBlock(
  mode: TerraformBlockMode,
  type: string,
  name: string,
  parts: Record<string, unknown>[],
): TerraformBlock {
  const address = `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
  const attributes: Record<string, unknown> = {};
  const dependsOn: string[] = [];
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key === 'depends_on')
        dependsOn.push(...(Array.isArray(value) ? value.map(String) : [String(value)]));
      else if (!LEFT_OUT.has(key)) attributes[key] = value;
    }
  }
  return { address, type, mode, attributes, ...(dependsOn.length > 0 ? { dependsOn } : {}) };
}

/**
 * The `provider` and `terraform` blocks as flat keys: `provider.<name>.<attribute>` (or
 * `provider.<name>[<alias>].<attribute>`), `terraform.required_providers.<name>.source` / `.version`,
 * `terraform.backend.<type>`, `terraform.<setting>`; each value as canonical JSON.
 */
function readSettings(tf: Record<string, unknown>, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const byName of objects(tf.provider, '"provider"', file)) {
    for (const [name, configs] of Object.entries(byName)) {
      for (const config of objects(configs, `"provider"."${name}"`, file)) {
        const alias = typeof config.alias === 'string' ? `[${config.alias}]` : '';
        for (const [key, value] of Object.entries(config)) {
          if (key !== 'alias' && key !== '//') out[`provider.${name}${alias}.${key}`] = canonicalJson(value);
        }
        out[`provider.${name}${alias}`] ??= '{}';
      }
    }
  }
  for (const settings of objects(tf.terraform, '"terraform"', file)) {
    for (const [key, value] of Object.entries(settings)) {
      if (key === 'required_providers') {
        for (const list of objects(value, '"terraform"."required_providers"', file)) {
          for (const [name, req] of Object.entries(list)) {
            const r = typeof req === 'string' ? { version: req } : (req as Record<string, unknown>);
            for (const [k, v] of Object.entries(r ?? {})) {
              out[`terraform.required_providers.${name}.${k}`] = canonicalJson(v);
            }
          }
        }
      } else if (key === 'backend') {
        for (const backends of objects(value, '"terraform"."backend"', file)) {
          for (const [type, config] of Object.entries(backends)) {
            out[`terraform.backend.${type}`] = canonicalJson(config);
          }
        }
      } else if (key !== '//') {
        out[`terraform.${key}`] = canonicalJson(value);
      }
    }
  }
  return out;
}

/** `module` blocks and any top-level key the review does not read, as findings. */
function otherTopLevelBlocks(tf: Record<string, unknown>, shownAs: string, file: string): StackLoadFinding[] {
  const out: StackLoadFinding[] = [];
  for (const [key, value] of Object.entries(tf)) {
    if (UNDERSTOOD.has(key)) continue;
    if (key === 'module') {
      for (const modules of objects(value, '"module"', shownAs)) {
        for (const [name, body] of Object.entries(modules)) {
          const source = objects(body, `"module"."${name}"`, shownAs)
            .map((b) => b.source)
            .find((s) => s !== undefined);
          out.push({
            kind: StackLoadFindingKind.MODULE,
            file,
            block: `module.${name}`,
            detail: `Terraform loads and applies every file of the module at ${canonicalJson(source ?? '(no source)')}; the review does not read them`,
          });
        }
      }
      continue;
    }
    out.push({
      kind: StackLoadFindingKind.UNKNOWN_BLOCK,
      file,
      block: key,
      detail: `a top-level "${key}" block the review does not read; Terraform acts on it`,
    });
  }
  return out;
}

/** `value` as a list of objects (an object is a list of one; absent is none), or an `InputError`. */
function objects(value: unknown, where: string, file: string): Record<string, unknown>[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  for (const item of list) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new InputError(
        `${file}: ${where} is not an object (Terraform JSON syntax): the review cannot read what Terraform will do. Re-run 'cdktf synth'.`,
      );
    }
  }
  return list as Record<string, unknown>[];
}
