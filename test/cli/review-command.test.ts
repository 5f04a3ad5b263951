import * as fs from 'fs';
import * as path from 'path';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { PLAN_COMMANDS } from '../../lib/review/terraform-plan';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';
import {
  editStack,
  sampleManifest,
  samplePreflightReport,
  writeSynthesizedApp,
} from '../review/synthesized-app-fixture';

const OKTA_PLAN = path.join(__dirname, '..', 'review', 'plans', 'okta-resources.plan.json');

describe('cdktf-okta-ldap review', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('review-cli-');
    writeSynthesizedApp(path.join(dir, 'base'), { org: [sampleManifest()] });
    const m = sampleManifest();
    writeSynthesizedApp(path.join(dir, 'head'), {
      org: [
        sampleManifest({
          roleMappings: [{ ldapGroup: 'it-admins', role: OktaAdminRole.SUPER_ADMIN }],
          groupMappings: [m.groupMappings[0]!],
        }),
      ],
    });
  });

  test('prints one Markdown comment ranked by risk, exit 0', async () => {
    const r = await runCli(['review', 'base', 'head'], dir);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^## Okta LDAP integration review\n/);
    expect(r.stdout).toContain(
      '\n**Org-wide admin granted (1): `SUPER_ADMIN` to LDAP group `it-admins` in `org/JumpCloud`.**\n',
    );
    expect(r.stdout).toContain('Changes by risk: **2 high**, 0 medium, 0 low.');
    expect(r.stdout).toContain('### High risk (2)');
    expect(r.stdout).toContain('- **Wide admin role granted** in `org/JumpCloud` (1): ');
    expect(r.stdout).toContain('\n  - \\~ `it-admins`: `ORG_ADMIN` → `SUPER_ADMIN`\n');
  });

  test('with the head alone (first pull request) it reviews the head', async () => {
    const r = await runCli(['review', 'head'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'No base to compare with (first pull request): the head is reviewed alone. 1 of 1 integration(s) changed: `org/JumpCloud` added.',
    );
    expect(r.stdout).toContain('**Wide admin role granted**');
  });

  test('--text, --json, --plan and --full', async () => {
    const full = path.join(dir, 'full.md');
    const text = await runCli(['review', 'base', 'head', '--text', '--plan', OKTA_PLAN, '--full', full], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('HIGH (3)\n');
    expect(text.stdout).toContain('      ~ it-admins: ORG_ADMIN → SUPER_ADMIN\n');
    expect(text.stdout).toContain(
      `Terraform plan of org (${OKTA_PLAN}): 1 to create, 1 to update, 1 to replace, 0 to delete, 1 unchanged; 1 changed outside Terraform.`,
    );
    expect(text.stdout).toContain(
      '  high   okta_group_rule.JumpCloud_Rule_engineering: replace (forced by group_assignments)\n',
    );
    expect(fs.readFileSync(full, 'utf8')).toMatch(/^## Okta LDAP integration review\n[\s\S]*<\/details>\n$/);

    const json = await runCli(['review', 'base', 'head', '--json', '--plan', `org=${OKTA_PLAN}`], dir);
    const parsed = JSON.parse(json.stdout) as { schema: string; changes: { ruleId: string; risk: string }[] };
    expect(parsed.schema).toBe('cdktf-okta-ldap/review@1');
    expect(parsed.changes.filter((c) => c.risk === 'high').map((c) => c.ruleId)).toEqual([
      'RISK-ROLE-WIDE',
      'RISK-GROUP-MAPPING-REMOVED',
      'RISK-RULE-REPLACED',
    ]);
  });

  test('--json: an okta resource in no manifest is reviewed from cdk.tf.json (source terraform)', async () => {
    writeSynthesizedApp(path.join(dir, 'forged'), { org: [sampleManifest()] });
    editStack(path.join(dir, 'forged'), 'org', (tf) => {
      tf.resource.okta_group_role = { Forged: { group_id: '00gAttackers', role_type: 'SUPER_ADMIN' } };
    });
    const r = await runCli(['review', 'base', 'forged', '--json'], dir);
    expect(r.code).toBe(0);
    const { integrations, changes } = JSON.parse(r.stdout);
    expect(integrations).toEqual([{ stack: 'org', id: 'JumpCloud', status: 'unchanged' }]);
    expect(changes.map((c: Record<string, unknown>) => [c.risk, c.ruleId, c.source, c.integration])).toEqual([
      ['high', 'RISK-UNACCOUNTED-RESOURCE', 'terraform', ''],
      ['high', 'RISK-ROLE-WIDE', 'terraform', ''],
    ]);
    expect(changes[1].change).toEqual({
      area: 'Terraform resource',
      kind: 'added',
      key: 'okta_group_role.Forged',
      item: 'okta_group_role.Forged',
      after: '{"group_id":"00gAttackers","role_type":"SUPER_ADMIN"}',
    });
  });

  test('--max-chars cuts the lower sections and says where the full review is; high risk stays', async () => {
    const r = await runCli(
      ['review', 'base', 'head', '--max-chars', '1500', '--full-link', 'https://ci/run/1'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeLessThanOrEqual(1500);
    expect(r.stdout).toContain('`it-admins`: `ORG_ADMIN` → `SUPER_ADMIN`');
    expect(r.stdout).toContain('`sales → Sales`');
    expect(r.stdout).toMatch(
      /_This comment is cut to fit 1500 characters \(\d+ lines left out\)\._ Every high-risk change is shown\. The full review: <https:\/\/ci\/run\/1>\.\n$/,
    );
  });

  test('--max-chars below 1000: exit 2 naming the floor; at 1000 a comment is written, exit 0, counting what it does not show', async () => {
    const r = await runCli(['review', 'base', 'head', '--max-chars', '300'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'cdktf-okta-ldap review: --max-chars 300 is too small: a review comment needs at least 1000 characters for its summary and the note on what is cut. Pass --max-chars 1000 or more (GitHub takes 65536).\n',
    );
    const ok = await runCli(['review', 'base', 'head', '--max-chars', '1000'], dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout.length).toBeLessThanOrEqual(1000);
    expect(ok.stdout).toContain('Changes by risk: **2 high**');
    expect(ok.stdout).toMatch(
      /(Every high-risk change is shown|\*\*\d high-risk change\(s\) are not shown here\.\*\*)/,
    );
  });

  test.each([
    [
      ['review'],
      "review needs HEAD_OUT, or BASE_OUT and HEAD_OUT (got 0 arguments). Example: cdktf-okta-ldap review base.out cdktf.out. See 'cdktf-okta-ldap review --help'.",
    ],
    [
      ['review', 'base', 'head', '--max-chars', 'lots'],
      `--max-chars must be a whole number of at least 1 (default 65536); got "lots". See 'cdktf-okta-ldap review --help'.`,
    ],
    [
      ['review', 'base', 'head', '--text', '--json'],
      "--text and --json exclude each other: pick one. See 'cdktf-okta-ldap review --help'.",
    ],
    [
      ['review', 'base', 'head', '--colour'],
      "Unknown option '--colour'. See 'cdktf-okta-ldap review --help'.",
    ],
  ])('usage error %j: exit 2', async (argv, message) => {
    expect(await runCli(argv, dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap review: ${message}\n`,
    });
  });

  test('a plan that is not plan JSON, or of another stack: exit 2 naming the file', async () => {
    fs.writeFileSync(path.join(dir, 'plan.txt'), 'Plan: 1 to add');
    const bad = await runCli(['review', 'base', 'head', '--plan', 'plan.txt'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "cdktf-okta-ldap review: plan.txt is not Terraform plan JSON (not JSON): write it from the project folder after 'cdktf synth', with Terraform's files kept out of cdktf.out: " +
        `${PLAN_COMMANDS} (see "Plans" in docs/review.md).\n`,
    );
    writeSynthesizedApp(path.join(dir, 'other'), { prod: [sampleManifest({ resources: [] })] });
    const other = await runCli(['review', 'other', '--plan', OKTA_PLAN], dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(
      `${OKTA_PLAN} is the plan of another stack: none of its 4 resource(s) belongs to an integration of stack 'prod'. Plan the stack of the head app and write it from the project folder after 'cdktf synth'`,
    );
  });

  /** Every file under `dir` with its content (links as `-> target`). */
  function snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      const rel = path.relative(dir, file);
      if (entry.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(file)}`;
      else if (entry.isFile()) out[rel] = fs.readFileSync(file, 'utf8');
    }
    return out;
  }

  describe('--full refuses to write over what it did not make (exit 2, nothing written)', () => {
    const refused = (target: string, why: string) =>
      `cdktf-okta-ldap review: --full ${target}: ${path.join(dir, target)} ${why}\n`;

    test.each([
      [
        'the head stack',
        'head/stacks/org/cdk.tf.json',
        'is the head stack org, which review reads; writing the review there would destroy it. Write it elsewhere, e.g. --full review.md.',
      ],
      [
        "the base app's manifest.json",
        'base/manifest.json',
        "is the base app's manifest.json, which review reads; writing the review there would destroy it. Write it elsewhere, e.g. --full review.md.",
      ],
      [
        'a --preflight-json file',
        'preflight.json',
        'is a --preflight-json file, which review reads; writing the review there would destroy it. Write it elsewhere, e.g. --full review.md.',
      ],
    ])('over %s', async (_name, target, why) => {
      fs.writeFileSync(path.join(dir, 'preflight.json'), JSON.stringify(samplePreflightReport()));
      const before = snapshot();
      const r = await runCli(
        ['review', 'base', 'head', '--preflight-json', 'preflight.json', '--full', target],
        dir,
      );
      expect(r).toEqual({ code: 2, stdout: '', stderr: refused(target, why) });
      expect(snapshot()).toEqual(before);
    });

    test('over a symbolic link, even to a new file', async () => {
      fs.symlinkSync(path.join(dir, 'elsewhere.md'), path.join(dir, 'link.md'));
      const before = snapshot();
      const r = await runCli(['review', 'base', 'head', '--full', 'link.md'], dir);
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr: refused(
          'link.md',
          'is a symbolic link; review does not write through one. Remove it, or write elsewhere, e.g. --full review.md.',
        ),
      });
      expect(snapshot()).toEqual(before);
    });

    test('over an existing file it did not write; an empty one or its own earlier review is replaced', async () => {
      fs.writeFileSync(path.join(dir, 'notes.md'), '# My notes\n');
      const r = await runCli(['review', 'base', 'head', '--full', 'notes.md'], dir);
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr: refused(
          'notes.md',
          'exists and was not written by review; it is left as it is. Remove it, or write elsewhere, e.g. --full review.md.',
        ),
      });
      expect(fs.readFileSync(path.join(dir, 'notes.md'), 'utf8')).toBe('# My notes\n');
      // The job summary file the runner creates empty, then a second run over the first one's review.
      fs.writeFileSync(path.join(dir, 'summary.md'), '');
      for (let run = 0; run < 2; run++) {
        const ok = await runCli(['review', 'base', 'head', '--full', 'summary.md'], dir);
        expect({ code: ok.code, stderr: ok.stderr }).toEqual({ code: 0, stderr: '' });
        expect(fs.readFileSync(path.join(dir, 'summary.md'), 'utf8')).toMatch(
          /^## Okta LDAP integration review\n/,
        );
      }
    });

    test('refused options write nothing: --max-chars below the floor leaves no --full file', async () => {
      const before = snapshot();
      const r = await runCli(['review', 'base', 'head', '--max-chars', '300', '--full', 'full.md'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--max-chars 300 is too small');
      expect(snapshot()).toEqual(before);
    });
  });

  test.each([
    ['a line break', 'x\nFAKE: all clear', '"x<U+000A>FAKE: all clear"'],
    ['a bidi control', 'x\u202Edlrow', '"x<U+202E>dlrow"'],
    ['10,000 characters', 'k'.repeat(10_000), `"${'k'.repeat(200)}…(+9,800 characters)"`],
  ])(
    'a head manifest.json repeating a key with %s: exit 2, the key shown safely',
    async (_what, key, shown) => {
      const file = path.join(dir, 'head', 'manifest.json');
      const text = fs.readFileSync(file, 'utf8');
      const repeated = `${JSON.stringify(key)}: 1, ${JSON.stringify(key)}: 2, `;
      fs.writeFileSync(file, text.replace('{', `{${repeated}`));
      const r = await runCli(['review', 'base', 'head'], dir);
      expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
      expect(r.stderr).toContain(
        `repeats the key ${shown} in one object: readers disagree on which value counts, so it is refused. Re-run 'cdktf synth'.`,
      );
      expect(r.stderr).not.toContain('\nFAKE');
      expect(r.stderr).not.toContain('\u202E');
      expect(r.stderr.length).toBeLessThan(1000);
    },
  );

  test('--help lists every option and the exit codes; the dispatcher lists the command', async () => {
    const help = await runCli(['review', '--help'], dir);
    expect(help.code).toBe(0);
    for (const flag of [
      '--plan',
      '--preflight-json',
      '--max-chars',
      '--full',
      '--full-link',
      '--text',
      '--json',
    ]) {
      expect(help.stdout).toContain(flag);
    }
    expect(help.stdout).toContain(
      'Exit codes: 0 review printed (however large the change), 2 usage or input',
    );
    expect((await runCli(['--help'], dir)).stdout).toContain('  review      One pull-request comment');
  });
});
