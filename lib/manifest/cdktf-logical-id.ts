/**
 * The logical id cdktf gives an element from its construct path, as `TerraformStack.allocateLogicalId`
 * computes it by default (node_modules/cdktf/lib/terraform-stack.js:131-141, `makeUniqueId` in
 * node_modules/cdktf/lib/private/unique.js:34-97, cdktf 0.21): the ids below the stack, `Default`
 * left out; one id alone is used as it is (its disallowed characters removed); more ids give their
 * human part joined by `_` and the first 8 hex digits of the MD5 of the path. The review uses it to
 * recognise the blocks the construct writes without loading cdktf.
 */
import { createHash } from 'crypto';

const HIDDEN_ID = 'Default';
const HIDDEN_FROM_HUMAN_ID = 'Resource';
const MAX_HUMAN_LENGTH = 240;
const MAX_ID_LENGTH = 255;

const allowed = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, '');

/** The logical id of the element at `components` (construct ids below the stack, in order). */
export function cdktfLogicalId(components: readonly string[]): string {
  const ids = components.filter((c) => c !== HIDDEN_ID);
  if (ids.length === 1 && allowed(ids[0]!).length <= MAX_ID_LENGTH) return allowed(ids[0]!);
  const hash = createHash('md5').update(ids.join('/')).digest('hex').slice(0, 8).toUpperCase();
  const human: string[] = [];
  // A component that the one before ends with is left out of the human part (not of the hash).
  for (const id of ids) if (human.length === 0 || !human[human.length - 1]!.endsWith(id)) human.push(id);
  const text = human
    .filter((id) => id !== HIDDEN_FROM_HUMAN_ID)
    .map(allowed)
    .join('_')
    .slice(0, MAX_HUMAN_LENGTH);
  return `${text}_${hash}`;
}
