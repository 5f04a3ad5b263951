import { Group } from '@cdktf/provider-okta/lib/group';
import { DataOktaGroups } from '@cdktf/provider-okta/lib/data-okta-groups';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  attributeReference,
  dataSourceAddress,
  terraformAddress,
} from '../../lib/resources/terraform-address';

describe('terraform addresses written as text', () => {
  test('resolve to the same text as cdktf tokens, also for nested construct paths', () => {
    const stack = new TerraformStack(Testing.app(), 'org');
    new OktaProvider(stack, 'okta', {});
    const scope = new Construct(stack, 'JumpCloud');
    const group = new Group(scope, 'Group-Engineering', { name: 'Engineering' });
    const lookup = new DataOktaGroups(scope, 'LdapGroup-engineering', { search: 'x' });
    const viaText = new Group(scope, 'Text', {
      name: 'text',
      description: `${attributeReference(group, 'id')} \${${dataSourceAddress(lookup)}.groups}`,
    });
    viaText.dependsOn = [terraformAddress(group)];
    const viaTokens = new Group(scope, 'Tokens', {
      name: 'tokens',
      description: `${group.id} \${${lookup.fqn}.groups}`,
      dependsOn: [group],
    });
    const synthesized = JSON.parse(Testing.synth(stack)) as {
      resource: { okta_group: Record<string, { description: string; depends_on?: string[] }> };
    };
    const byId = (id: string) =>
      synthesized.resource.okta_group[id === 'Text' ? viaText.friendlyUniqueId : viaTokens.friendlyUniqueId]!;
    expect(terraformAddress(group)).toMatch(/^okta_group\.JumpCloud_Group-Engineering_[0-9A-F]{8}$/);
    expect(byId('Text').description).toBe(byId('Tokens').description);
    expect(byId('Text').depends_on).toEqual(byId('Tokens').depends_on);
    expect(byId('Text').description).toBe(
      `\${${terraformAddress(group)}.id} \${data.okta_groups.${lookup.friendlyUniqueId}.groups}`,
    );
  });
});
