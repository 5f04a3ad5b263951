import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { TerraformProvider, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { OktaLdapConfigurationError } from '../../lib/errors';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { validProps } from './fixtures';

interface SynthesizedElement {
  provider?: string;
}
type Blocks = Record<string, Record<string, SynthesizedElement>>;

/** Every resource and data source of a synthesized stack, as `type.name` -> its provider (or none). */
function providers(stack: TerraformStack): Record<string, string | undefined> {
  const json = JSON.parse(Testing.synth(stack)) as { resource?: Blocks; data?: Blocks };
  const out: Record<string, string | undefined> = {};
  for (const [kind, blocks] of [
    ['resource', json.resource ?? {}],
    ['data', json.data ?? {}],
  ] as const) {
    for (const [type, byName] of Object.entries(blocks)) {
      for (const [name, element] of Object.entries(byName)) out[`${kind}.${type}.${name}`] = element.provider;
    }
  }
  return out;
}

/** A stack with the default okta provider and a second, aliased one (a preview org). */
function twoOrgStack(): { stack: TerraformStack; preview: OktaProvider } {
  const stack = new TerraformStack(Testing.app(), 'org');
  new OktaProvider(stack, 'okta', {});
  const preview = new OktaProvider(stack, 'okta-preview', { alias: 'preview' });
  return { stack, preview };
}

describe('OktaLdapIntegration provider', () => {
  test('every okta resource and data source uses the given (aliased) provider; the guard keeps terraform_data', () => {
    const { stack, preview } = twoOrgStack();
    const integration = new OktaLdapIntegration(stack, 'Preview', { ...validProps(), provider: preview });
    expect(integration.provider).toBe(preview);
    const found = providers(stack);
    const okta = Object.entries(found).filter(([k]) => /^(resource|data)\.okta_/.test(k));
    // all of them: profile mapping, user type, schema property, groups, lookups, rules, roles, policy
    expect(new Set(okta.map(([k]) => k.split('.')[1]))).toEqual(
      new Set([
        'okta_app_user_schema_property',
        'okta_user_type',
        'okta_profile_mapping',
        'okta_groups',
        'okta_group',
        'okta_group_rule',
        'okta_group_role',
        'okta_policy_password',
      ]),
    );
    expect(okta.filter(([, p]) => p !== 'okta.preview')).toEqual([]);
    // The guard and the replace triggers (built-in terraform_data) have no okta provider.
    const builtIn = Object.entries(found).filter(([k]) => k.startsWith('resource.terraform_data.'));
    expect(builtIn.length).toBeGreaterThan(1);
    expect(builtIn.filter(([, p]) => p !== undefined)).toEqual([]);
  });

  test('unset, resources use the default provider (no provider key), next to an integration on the alias', () => {
    const { stack, preview } = twoOrgStack();
    new OktaLdapIntegration(stack, 'Prod', validProps());
    new OktaLdapIntegration(stack, 'Preview', { ...validProps(), provider: preview });
    const found = Object.entries(providers(stack)).filter(([k]) => /^(resource|data)\.okta_/.test(k));
    const prod = found.filter(([k]) => k.includes('Prod'));
    const previewed = found.filter(([k]) => k.includes('Preview'));
    expect(prod.length).toBeGreaterThan(10);
    expect(prod.filter(([, p]) => p !== undefined)).toEqual([]);
    expect(previewed.length).toBe(prod.length);
    expect(previewed.filter(([, p]) => p !== 'okta.preview')).toEqual([]);
  });

  test('a provider that is not okta is refused with its path and the fix', () => {
    class NullProvider extends TerraformProvider {
      constructor(scope: Construct, id: string) {
        super(scope, id, { terraformResourceType: 'null' });
      }
      protected override synthesizeAttributes(): Record<string, unknown> {
        return {};
      }
    }
    const stack = new TerraformStack(Testing.app(), 'org');
    const wrong = new NullProvider(stack, 'nullp');
    let thrown: unknown;
    try {
      new OktaLdapIntegration(stack, 'X', { ...validProps(), provider: wrong });
    } catch (e) {
      thrown = e;
    }
    expect(OktaLdapConfigurationError.isOktaLdapConfigurationError(thrown)).toBe(true);
    expect((thrown as OktaLdapConfigurationError).constructPath).toBe('org/X');
    expect((thrown as Error).message).toBe(
      "OktaLdapIntegration 'org/X': provider 'org/nullp' is a 'null' provider, not an okta provider. Fix: pass an OktaProvider (e.g. new OktaProvider(stack, 'okta-preview', { alias: 'preview' })).",
    );
  });
});
