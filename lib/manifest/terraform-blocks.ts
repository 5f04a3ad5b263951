/**
 * The okta resources and data sources of a synthesized stack, read from its Terraform JSON
 * (`cdk.tf.json`) next to the manifest comment: what Terraform will act on, whatever the manifest says.
 */
import { InputError } from '../errors';
import { compareNames } from '../text/compare-names';
import type { TerraformBlock, TerraformBlockMode } from './integration-manifest';

/** Types the review reads: the okta provider's. */
const OKTA_TYPE = /^okta_/;
/** Meta-arguments left out of a block's attributes: they change nothing Terraform does to the object. */
const LEFT_OUT = new Set(['//', 'depends_on']);

/**
 * Every `okta_*` block under `resource` and `data` of one stack's Terraform JSON, sorted by address.
 * Terraform's JSON syntax allows a list of objects wherever it allows an object (`"resource": [{…}]`);
 * both are read. Throws `InputError` naming the file and the block when a block is not an object, so a
 * block the review cannot read is never skipped silently.
 */
export function readTerraformBlocks(tf: Record<string, unknown>, file: string): TerraformBlock[] {
  const out = new Map<string, TerraformBlock>();
  const sections: [string, TerraformBlockMode][] = [
    ['resource', 'managed'],
    ['data', 'data'],
  ];
  for (const [section, mode] of sections) {
    for (const byType of objects(tf[section], `"${section}"`, file)) {
      for (const [type, byName] of Object.entries(byType)) {
        if (!OKTA_TYPE.test(type)) continue;
        for (const names of objects(byName, `"${section}"."${type}"`, file)) {
          for (const [name, body] of Object.entries(names)) {
            const address = `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
            const attributes: Record<string, unknown> = {};
            for (const part of objects(body, `"${section}"."${type}"."${name}"`, file)) {
              for (const [key, value] of Object.entries(part)) {
                if (!LEFT_OUT.has(key)) attributes[key] = value;
              }
            }
            out.set(address, { address, type, mode, attributes });
          }
        }
      }
    }
  }
  return [...out.values()].sort((a, b) => compareNames(a.address, b.address));
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
