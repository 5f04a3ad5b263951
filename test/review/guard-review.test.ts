/**
 * The review of an integration's deploy guard against its manifest, for the CA bundle the guard
 * trusts: its copy in the stack edited after synth, a CA file from outside the stack, and another CA
 * bundle than the base's. Each is one finding with its exact text, from apps the construct synthesized.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readSynthesizedApp } from '../../lib/manifest/read-synthesized-app';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { OktaLdapIntegrationProps } from '../../lib/resources/okta-ldap-integration';
import { reviewGuards } from '../../lib/review/guard-review';
import { DiffArea } from '../../lib/review/diff-model';
import { buildReview } from '../../lib/review/review';
import { RiskLevel, StackCheckKind } from '../../lib/review/risk-rule';
import { tempDir } from '../support/temp-dir';
import { editStack, ParsedJson } from './synthesized-app-fixture';
import { copyOfApp, synthOrgApp } from './synth-org-app';

const GOLDEN = path.join(__dirname, '..', 'resources', 'golden');
const CA_FILE = path.join(GOLDEN, 'ca-stand-in.pem');

function props(caFile: string): OktaLdapIntegrationProps {
  return {
    directory: jumpCloudDirectory({ orgId: '5f3c0a1b2c3d4e5f60718293', bindUser: 'okta-bind' }),
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
    preflightGuardOptions: { cliPath: path.join(GOLDEN, 'runner-stand-in.js'), caFile },
  };
}

const BASE = synthOrgApp('guard-review-', ['JumpCloud', props(CA_FILE)]);
const base = readSynthesizedApp(BASE)[0]!;

/** The guard's `terraform_data` body in a stack's Terraform JSON. */
const guardOf = (tf: ParsedJson): ParsedJson =>
  Object.entries<ParsedJson>(tf.resource.terraform_data).find(([name]) =>
    name.includes('PreflightGuard'),
  )![1];

/** The stack-relative path of the CA bundle copy the guard trusts, as the synthesized stack records it. */
function recordedCa(outdir: string): string {
  const tf = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'org', 'cdk.tf.json'), 'utf8'));
  return guardOf(tf).input.check.caFile as string;
}

/**
 * The guard findings of a review of `head` against the base, as `[label, before, after]`; each is
 * also in the whole review's high-risk section, ranked by RISK-GUARD.
 */
function guardFindings(head: string): (string | undefined)[][] {
  const headApp = readSynthesizedApp(head);
  const findings = reviewGuards(base, headApp[0]!);
  const highRisk = buildReview([base], headApp)
    .changes.filter((c) => c.rule.level === RiskLevel.HIGH)
    .map((c) => [c.rule.id, c.change?.label]);
  for (const f of findings) {
    expect(f).toMatchObject({ integration: 'JumpCloud', kind: StackCheckKind.GUARD });
    expect(f.change.area).toBe(DiffArea.TERRAFORM);
    expect(highRisk).toContainEqual(['RISK-GUARD', f.change.label]);
  }
  return findings.map((f) => [f.change.label, f.change.before, f.change.after]);
}

test('the base reviewed against itself has no guard finding, and records its CA bundle in the stack', () => {
  expect(recordedCa(BASE)).toMatch(/^assets\/[^/]+\/[0-9A-F]{32}\/ca-stand-in\.pem$/);
  expect(guardFindings(BASE)).toEqual([]);
});

test('the CA bundle copy edited after synth is named with the content it now has', () => {
  const head = copyOfApp(BASE, 'guard-review-head-');
  const ca = recordedCa(head);
  fs.appendFileSync(path.join(head, 'stacks', 'org', ca), '# an attacker CA appended\n');
  const hash = readSynthesizedApp(head)[0]!.assets![ca];
  expect(hash).toMatch(/^[0-9A-F]{32}$/);
  expect(ca).not.toContain(hash);
  expect(guardFindings(head)).toEqual([
    [
      'the CA bundle the guard trusts was changed after synth: the directory may be impersonated',
      undefined,
      `${ca} (content ${hash})`,
    ],
  ]);
});

test('a CA file from outside the stack is named with the path the guard would read', () => {
  const head = copyOfApp(BASE, 'guard-review-head-');
  editStack(head, 'org', (tf) => (guardOf(tf).input.check.caFile = '/etc/ssl/certs/attacker.pem'));
  expect(guardFindings(head)).toEqual([
    ['the guard trusts a CA file from outside the stack', undefined, '"/etc/ssl/certs/attacker.pem"'],
  ]);
});

test('another CA bundle than the base (the app synthesized with another caFile) names both copies', () => {
  const other = path.join(tempDir('guard-review-ca-'), 'other-ca.pem');
  fs.writeFileSync(other, `${fs.readFileSync(CA_FILE, 'utf8')}# another bundle\n`);
  const head = synthOrgApp('guard-review-head-', ['JumpCloud', props(other)]);
  const [before, after] = [recordedCa(BASE), recordedCa(head)];
  expect(after).not.toBe(before);
  expect(guardFindings(head)).toEqual([
    [
      'the guard trusts another CA bundle: the directory may be impersonated',
      JSON.stringify(before),
      JSON.stringify(after),
    ],
  ]);
});
