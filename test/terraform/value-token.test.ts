import {
  DataResource,
  DefaultTokenResolver,
  StringConcat,
  TerraformStack,
  TerraformVariable,
  Testing,
  Tokenization,
} from 'cdktf';
import { elementValueToken, valueToken } from '../../lib/terraform/value-token';

function stackWith(build: (stack: TerraformStack) => void): Record<string, unknown> {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'org');
  build(stack);
  return JSON.parse(Testing.synth(stack)) as Record<string, unknown>;
}

describe('value tokens', () => {
  test('an element value token gives the value in the synthesized resource, tokens inside resolved', () => {
    let produced = 0;
    const tf = stackWith((stack) => {
      const port = new TerraformVariable(stack, 'port', { type: 'number' });
      const r = new DataResource(stack, 'Guard', {});
      r.addOverride(
        'input',
        elementValueToken(() => {
          produced++;
          return { list: [{ a: 'x', b: [1, 'y'] }], port: port.numberValue, host: `h-${port.stringValue}` };
        }, 'test input'),
      );
    }) as { resource: { terraform_data: { Guard: { input: unknown } } } };
    expect(tf.resource.terraform_data.Guard.input).toEqual({
      list: [{ a: 'x', b: [1, 'y'] }],
      port: '${var.port}',
      host: 'h-${var.port}',
    });
    expect(produced).toBeGreaterThan(0);
  });

  test('resolved once (a resource on its own), it serialises to its value', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'org');
    const r = new DataResource(stack, 'Guard', {});
    r.addOverride(
      'input',
      elementValueToken(() => ({ a: ['b'] }), 'test input'),
    );
    const once = Tokenization.resolve(r.toTerraform(), {
      scope: stack,
      resolver: new DefaultTokenResolver(new StringConcat()),
    }) as unknown;
    expect(JSON.parse(JSON.stringify(once))).toMatchObject({
      resource: { terraform_data: { Guard: { input: { a: ['b'] } } } },
    });
  });

  test('a stack-level value token gives the value once the stack is resolved', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'org');
    stack.addOverride(
      '//.note',
      valueToken(() => ({ z: 1, a: ['b'] }), 'note'),
    );
    const tf = stack.toTerraform() as { '//': { note: unknown } };
    expect(tf['//'].note).toEqual({ z: 1, a: ['b'] });
  });
});
