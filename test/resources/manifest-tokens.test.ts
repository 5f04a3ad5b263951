import * as fs from 'fs';
import * as path from 'path';
import { TerraformVariable, Testing } from 'cdktf';
import { MANIFEST_COMMENT_KEY } from '../../lib/manifest/integration-manifest';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { jumpCloudSettings, OrgStack, validProps } from './fixtures';

/**
 * The manifest and the guard input are handed to cdktf through a value token that resolves only
 * the strings that may hold a token (a synth-speed measure). These tests pin that tokens inside
 * them still come out as Terraform expressions, and that depends_on follows a renamed guard.
 */
describe('tokens inside the manifest and the guard', () => {
  function synth(build: (stack: OrgStack) => OktaLdapIntegration) {
    const app = Testing.app();
    const stack = new OrgStack(app, 'org');
    const integration = build(stack);
    const outdir = Testing.fullSynth(stack);
    const tf = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'org', 'cdk.tf.json'), 'utf8'));
    return { tf, integration };
  }

  test('string and number tokens in the manifest resolve to Terraform expressions', () => {
    const { tf } = synth((stack) => {
      const appId = new TerraformVariable(stack, 'ldap_app_id', { type: 'string' });
      const port = new TerraformVariable(stack, 'ldap_port', { type: 'number' });
      const settings = jumpCloudSettings();
      return new OktaLdapIntegration(stack, 'JumpCloud', {
        ...validProps(),
        ldapAppId: appId.stringValue,
        directory: {
          ...settings,
          agent: { ...settings.agent, port: port.numberValue },
        },
      });
    });
    const manifest = tf['//'][MANIFEST_COMMENT_KEY].integrations.JumpCloud;
    expect(manifest.ldapAppId).toBe('${var.ldap_app_id}');
    expect(manifest.settings.agent.port).toBe('${var.ldap_port}');
    expect(JSON.stringify(manifest)).not.toMatch(/\$\{TfToken\[/);
    const guardInput = Object.values(tf.resource.terraform_data)[0] as {
      input: { settings: { agent: { port: unknown } } };
    };
    expect(guardInput.input.settings.agent.port).toBe('${var.ldap_port}');
  });

  test("every Okta resource's depends_on follows an overrideLogicalId of the guard", () => {
    const { tf } = synth((stack) => {
      const integration = new OktaLdapIntegration(stack, 'JumpCloud', validProps());
      integration.guard!.resource.overrideLogicalId('ldap_preflight');
      return integration;
    });
    expect(Object.keys(tf.resource.terraform_data).filter((k) => !k.includes('_ReplaceTrigger-'))).toEqual([
      'ldap_preflight',
    ]);
    const okta = Object.entries(tf.resource as Record<string, Record<string, { depends_on?: string[] }>>)
      .filter(([type]) => type.startsWith('okta_'))
      .flatMap(([type, byName]) =>
        Object.entries(byName).map(([name, config]) => ({ address: `${type}.${name}`, config })),
      );
    expect(okta.length).toBeGreaterThan(5);
    for (const { address, config } of okta) {
      expect({
        address,
        dependsOnGuard: (config.depends_on ?? []).includes('terraform_data.ldap_preflight'),
      }).toEqual({
        address,
        dependsOnGuard: true,
      });
    }
  });
});
