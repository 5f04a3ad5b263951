import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ProfileMappingRemovedBlock } from '../../lib/resources/profile-mapping-removal';
import { cdktfLogicalId } from '../../lib/manifest/cdktf-logical-id';

/** The logical id cdktf itself gives an element at `ids` below a stack. */
function cdktfOwn(ids: string[]): string {
  const stack = new TerraformStack(new App(), 'org');
  let scope: Construct = stack;
  for (const id of ids.slice(0, -1)) scope = new Construct(scope, id);
  const element = new ProfileMappingRemovedBlock(scope, ids[ids.length - 1]!);
  return stack.getLogicalId(element);
}

test.each([
  [['JumpCloud', 'ProfileMapping']],
  [['Team', 'Primary', 'ProfileMapping']],
  [['Team', 'Default', 'ProfileMapping']],
  [['Group-Engineering', 'Resource']],
  [['Eng', 'Engineering', 'ProfileMapping']],
  [['GroupRule', 'Rule', 'ProfileMapping']],
  [['a b/c?', 'ProfileMapping'].map((s) => s.replace('/', ''))],
  [['Single']],
  [['x'.repeat(300), 'ProfileMapping']],
])('%p: the same id as cdktf allocates', (ids) => {
  expect(cdktfLogicalId(ids)).toBe(cdktfOwn(ids));
});
