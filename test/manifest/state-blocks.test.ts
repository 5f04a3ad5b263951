import * as fs from 'fs';
import * as path from 'path';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { IntegrationManifest } from '../../lib/manifest/integration-manifest';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { StackLoadFindingKind } from '../../lib/manifest/integration-manifest';
import { unaccountedStateBlocks, type StateBlock } from '../../lib/manifest/state-blocks';
import { readTerraformConfig } from '../../lib/manifest/terraform-blocks';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { validProps } from '../resources/fixtures';
import type { ParsedJson } from '../review/synthesized-app-fixture';
import { tempDir } from '../support/temp-dir';

const GOLDEN = path.join(__dirname, '..', 'resources', 'golden');

/** Each stack of a golden file: its name, its JSON, its manifests. */
function goldenStacks(file: string): { stack: string; tf: Record<string, unknown> }[] {
  const text = fs.readFileSync(path.join(GOLDEN, file), 'utf8');
  return text
    .split(/^=== /m)
    .filter((part) => part !== '')
    .map((part) => {
      const newline = part.indexOf('\n');
      return { stack: part.slice(0, newline), tf: JSON.parse(part.slice(newline + 1)) };
    });
}

const manifestsOf = (tf: Record<string, unknown>): IntegrationManifest[] =>
  Object.values(
    (
      (tf['//'] as Record<string, { integrations: Record<string, IntegrationManifest> }>)[
        'cdktf-okta-ldap'
      ] ?? {
        integrations: {},
      }
    ).integrations,
  );

/** The state blocks of `tf` that no manifest of it accounts for. */
function unaccounted(stack: string, tf: Record<string, unknown>, integrations = manifestsOf(tf)) {
  const config = readTerraformConfig(tf, 'cdk.tf.json', { file: 'cdk.tf.json' });
  return {
    blocks: config.stateBlocks,
    findings: unaccountedStateBlocks(config.stateBlocks, { stack, integrations, okta: config.okta }),
  };
}

describe("the construct's own state blocks are accounted for", () => {
  test('every golden app: its removed and import blocks make no finding', () => {
    let seen: StateBlock[] = [];
    for (const file of fs.readdirSync(GOLDEN).filter((f) => f.endsWith('.tf.json.txt'))) {
      for (const { stack, tf } of goldenStacks(file)) {
        const { blocks, findings } = unaccounted(stack, tf);
        expect({ file, stack, findings }).toEqual({ file, stack, findings: [] });
        seen = [...seen, ...blocks];
      }
    }
    // Not vacuous: the goldens hold both kinds the construct writes.
    expect(new Set(seen.map((b) => b.kind))).toEqual(new Set(['import', 'removed']));
  });

  test('a nested integration without user mappings (a Default scope in its path): its removed block makes no finding', () => {
    const outdir = path.join(tempDir('state-blocks-'), 'cdktf.out');
    const app = new App({ outdir, stackTraces: false });
    const stack = new TerraformStack(app, 'org');
    new OktaProvider(stack, 'okta', {});
    new OktaLdapIntegration(
      new Construct(new Construct(stack, 'Team'), 'Default'),
      'Primary',
      validProps({ userMappings: {} }),
    );
    app.synth();
    const main = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'org', 'cdk.tf.json'), 'utf8'));
    expect(main.removed).toEqual([
      {
        from: expect.stringMatching(/^okta_profile_mapping\.Team_Primary_ProfileMapping_[0-9A-F]{8}$/),
        lifecycle: { destroy: false },
      },
    ]);
    const [read] = readSynthesizedApp(outdir);
    expect(read!.loadFindings).toEqual([]);
  });
});

describe('deny by default: any other state block is a finding naming the file and the block', () => {
  const [{ stack, tf }] = goldenStacks('openldap.tf.json.txt') as [{ stack: string; tf: ParsedJson }];
  const constructs = tf.removed[0] as { from: string };
  const findingsWith = (edit: (copy: ParsedJson) => void) => {
    const copy = JSON.parse(JSON.stringify(tf));
    edit(copy);
    return unaccounted(stack, copy).findings;
  };

  test.each([
    ['destroy = true', (c: ParsedJson) => (c.removed[0].lifecycle.destroy = true), 'Terraform will destroy'],
    [
      'a provisioner',
      (c: ParsedJson) => (c.removed[0].provisioner = [{ 'local-exec': { command: 'id' } }]),
      'Terraform will forget',
    ],
    [
      'the integration given user mappings in its manifest',
      (c: ParsedJson) => {
        const m = c['//']['cdktf-okta-ldap'].integrations;
        for (const k of Object.keys(m)) m[k].userMappings = { email: 'appuser.mail' };
      },
      'Terraform will forget',
    ],
    [
      'a profile mapping of that address declared',
      (c: ParsedJson) => {
        const name = constructs.from.split('.')[1]!;
        c.resource.okta_profile_mapping = { ...(c.resource.okta_profile_mapping ?? {}), [name]: {} };
      },
      'Terraform will forget',
    ],
  ])("the construct's removed block with %s", (_what, edit, says) => {
    const findings = findingsWith(edit);
    expect(findings).toEqual([
      {
        kind: StackLoadFindingKind.STATE_BLOCK,
        file: 'cdk.tf.json',
        block: `removed from ${constructs.from}`,
        detail: expect.stringContaining(says),
      },
    ]);
  });

  test('a removed block that carries a provisioner says the command it runs, in either JSON form', () => {
    const RUNS =
      'a command Terraform runs where the deploy runs when it destroys the object, with the Okta token and the bind password in its environment';
    const kept = findingsWith(
      (c) => (c.removed[0].provisioner = [{ 'local-exec': { command: 'id', when: 'destroy' } }]),
    );
    expect(kept.map((f) => f.detail)).toEqual([
      `Terraform will forget ${constructs.from} without deleting it in Okta: it stays as it is, and no later plan or review shows it; it carries a provisioner (local-exec): ${RUNS}`,
    ]);
    const destroyed = findingsWith((c) => {
      c.removed[0].lifecycle.destroy = true;
      c.removed[0].provisioner = { 'local-exec': { command: 'id' }, 'remote\nexec': {} };
    });
    expect(destroyed.map((f) => f.detail)).toEqual([
      `Terraform will destroy ${constructs.from} in Okta and forget it, with no resource block left to review (a "removed" block); it carries a provisioner (local-exec, "remote\\nexec"): ${RUNS}`,
    ]);
    // Without a provisioner nothing is said of one.
    expect(findingsWith((c) => (c.removed[0].lifecycle.destroy = true))[0]!.detail).not.toContain(
      'provisioner',
    );
  });

  test('an import of a listed resource with another id, or through another provider', () => {
    const [adopted] = goldenStacks('nested-aliased-adopted.tf.json.txt') as [
      { stack: string; tf: ParsedJson },
    ];
    const first = adopted.tf.import[0] as { id: string; to: string };
    const edited = (edit: (i: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(adopted.tf));
      edit(copy.import[0]);
      return unaccounted(adopted.stack, copy).findings.map((f) => [f.block, f.detail]);
    };
    expect(edited((i) => (i.id = '00gSomeoneElse'))).toEqual([
      [
        `import to ${first.to}`,
        `Terraform will take over the existing Okta object 00gSomeoneElse as ${first.to}, an import no integration's manifest adopts: the apply then changes the object to match ${first.to}`,
      ],
    ]);
    expect(edited((i) => (i.provider = 'okta.other'))).toHaveLength(1);
  });

  test('hostile values are shown as clipped JSON, never raw', () => {
    const findings = findingsWith((c) => {
      c.moved = [{ from: 'okta_group_role.a\nFAKE: ok', to: { x: 'y'.repeat(1000) } }];
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.block).toMatch(
      /^moved from "okta_group_role\.a\\nFAKE: ok" to \{"x":"y+…\(\+\d+ characters\)$/,
    );
    expect(findings[0]!.detail).not.toContain('\n');
  });
});
