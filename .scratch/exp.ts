import { App, TerraformStack, TerraformVariable, Fn, Token } from 'cdktf';
import { DataOktaGroups } from '@cdktf/provider-okta/lib/data-okta-groups';
const app = new App({ outdir: '/tmp/okta-exp-out' });
const stack = new TerraformStack(app, 's');
const v = new TerraformVariable(stack, 'app', { type: 'string' });
const d = new DataOktaGroups(stack, 'g', { search: 'x' });
const id = v.stringValue;
const out = {
  a: `\${[for g in self.groups : g.id if g.source == ${id}]}`,
  b: `\${[for g in self.groups : g.id if g.source == "${id}"]}`,
  c: `\${[for g in self.groups : g.id if g.source == "abc"]}`,
};
d.addOverride('lifecycle.postcondition', [{ condition: out.a, error_message: out.b }]);
d.addOverride('x', out.c);
console.log(JSON.stringify((stack as any).toTerraform().data, null, 1));
