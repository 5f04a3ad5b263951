/**
 * Review benchmark: `review` of a base and a head app with 2,000 group mappings each (Okta's cap on
 * group rules) and a mix of changes, against the baseline the example workflow used before `review`
 * (`report` of the head plus `diff --markdown`), in the same run.
 *
 *   npm run bench:review                # 5 runs of each variant
 *   npm run bench:review -- --runs 9
 *
 * Setup (not timed): both apps are synthesized with the real `OktaLdapIntegration` (so the
 * manifests and resource addresses are the real ones), and a plan of the head stack is written in
 * Terraform's documented JSON format (the okta provider cannot be downloaded here): every resource
 * unchanged except the rules of the changed mappings, which are replaced.
 *
 * The head: 100 mappings removed, 100 added, 200 descriptions changed, a READ_ONLY_ADMIN role made
 * SUPER_ADMIN, a HELP_DESK_ADMIN role without targets added, the user search base narrowed, the
 * username format and one profile expression changed.
 *
 * Each sample is a fresh Node process running the built CLI in-process (`dist/`): the time of
 * reading both apps, building and rendering (module loading excluded and reported apart), CPU time
 * and the process's peak RSS. Prints a table and the target: the comment within 65,536 characters,
 * under 1 s.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchOptions } from './bench-options';
import { PassThrough } from 'stream';

const ROOT = path.join(__dirname, '..');
const MAPPINGS = 2000;

interface Sample {
  readonly loadMs: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly chars: number;
}

type Variant = 'review' | 'review --plan' | 'report + diff --markdown (baseline)';
const VARIANTS: Variant[] = ['review', 'review --plan', 'report + diff --markdown (baseline)'];

/** Child: runs the variant through the CLI's `main` with captured output, prints one JSON sample. */
function child(variant: Variant, dir: string): void {
  const t0 = process.hrtime.bigint();
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { main } = require(
    path.join(ROOT, 'dist', 'lib', 'cli', 'main.js'),
  ) as typeof import('../lib/cli/main');
  require(path.join(ROOT, 'dist', 'lib', 'cli', 'review-command.js'));
  require(path.join(ROOT, 'dist', 'lib', 'cli', 'report-command.js'));
  require(path.join(ROOT, 'dist', 'lib', 'cli', 'diff-command.js'));
  /* eslint-enable @typescript-eslint/no-require-imports */
  const t1 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let out = '';
  const run = async (argv: string[]): Promise<void> => {
    const stdout = new PassThrough();
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    const code = await main(argv, {
      stdout,
      stderr: process.stderr,
      env: {},
      cwd: dir,
      readStdin: async () => '',
    });
    if (code !== 0 && code !== 3) throw new Error(`${argv.join(' ')}: exit ${code}`);
  };
  const work = async (): Promise<void> => {
    if (variant === 'review') await run(['review', 'base', 'head']);
    else if (variant === 'review --plan') await run(['review', 'base', 'head', '--plan', 'plan.json']);
    else {
      await run(['report', '--out', 'head']);
      await run(['diff', 'base', 'head', '--markdown']);
    }
  };
  void work().then(() => {
    const t2 = process.hrtime.bigint();
    const cpu = process.cpuUsage(cpu0);
    const sample: Sample = {
      loadMs: Number(t1 - t0) / 1e6,
      ms: Number(t2 - t1) / 1e6,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      chars: out.length,
    };
    process.stdout.write(JSON.stringify(sample));
  });
}

/** Synthesizes one app of one stack with the given mappings and roles. */
function synth(outdir: string, head: boolean): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { App, TerraformStack } = require('cdktf') as typeof import('cdktf');
  const { OktaProvider } = require('@cdktf/provider-okta/lib/provider');
  const { OktaLdapIntegration } = require('../lib/resources/okta-ldap-integration');
  const { jumpCloudDirectory } = require('../lib/presets/jumpcloud/jumpcloud-directory');
  const { OktaAdminRole } = require('../lib/mappings/mapping-types');
  const { OktaUsernameFormat } = require('../lib/settings/ldap-directory-settings');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const groups = Array.from({ length: MAPPINGS }, (_, i) => ({
    ldapGroup: `ldap-group-${i}`,
    oktaGroup: `Okta Group ${i}`,
    ...(head && i >= 100 && i < 300 ? { description: `Team ${i} (from LDAP)` } : {}),
  }));
  const mappings = head
    ? [
        ...groups.slice(100),
        ...Array.from({ length: 100 }, (_, i) => ({ ldapGroup: `new-${i}`, oktaGroup: `New ${i}` })),
      ]
    : groups;
  const orgId = '5f3c0a1b2c3d4e5f60718293';
  const users = `ou=Users,o=${orgId},dc=jumpcloud,dc=com`;
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, 'org');
  new OktaProvider(stack, 'okta', {});
  new OktaLdapIntegration(stack, 'JumpCloud', {
    directory: jumpCloudDirectory({
      orgId,
      bindUser: 'okta-bind',
      ...(head
        ? {
            user: { searchBase: `ou=Staff,${users}` },
            provisioning: { usernameFormat: OktaUsernameFormat.UID },
          }
        : {}),
    }),
    ldapAppId: '0oa6qvmxznVl4KFXe5d7',
    userMappings: {
      firstName: 'appuser.givenName',
      lastName: 'appuser.sn',
      email: head ? 'appuser.mail' : 'appuser.email',
    },
    groupMappings: mappings,
    roleMappings: [
      {
        ldapGroup: 'ldap-group-1000',
        role: head ? OktaAdminRole.SUPER_ADMIN : OktaAdminRole.READ_ONLY_ADMIN,
      },
      ...(head ? [{ ldapGroup: 'ldap-group-1001', role: OktaAdminRole.HELP_DESK_ADMIN }] : []),
    ],
  });
  app.synth();
}

/** A plan of the head stack in Terraform's documented JSON format: rules of changed mappings replaced. */
function writePlan(dir: string): void {
  const stackJson = JSON.parse(
    fs.readFileSync(path.join(dir, 'head', 'stacks', 'org', 'cdk.tf.json'), 'utf8'),
  );
  const manifest = stackJson['//']['cdktf-okta-ldap'].integrations.JumpCloud as {
    resources: { type: string; address: string }[];
  };
  const resource_changes = manifest.resources.map((r, i) => {
    const replaced = r.type === 'okta_group_rule' && i % 10 === 0;
    return {
      address: r.address,
      mode: 'managed',
      type: r.type,
      name: r.address.split('.')[1],
      provider_name: 'registry.terraform.io/okta/okta',
      change: replaced
        ? { actions: ['delete', 'create'], before: {}, after: {}, replace_paths: [['group_assignments']] }
        : { actions: ['no-op'], before: {}, after: {} },
    };
  });
  const plan = {
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: { root_module: {} },
    resource_changes,
  };
  fs.writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
const range = (xs: number[], digits = 0): string =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

function parent(runs: number): void {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'lib', 'cli', 'review-command.js'))) {
    throw new Error("dist/ has no review command: run 'npm run build' first");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-review-'));
  synth(path.join(dir, 'base'), false);
  synth(path.join(dir, 'head'), true);
  writePlan(dir);
  const results = new Map<Variant, Sample[]>(VARIANTS.map((v) => [v, []]));
  for (let r = 0; r < runs; r++) {
    // Interleaved, so a load spike on the shared machine hits every variant alike.
    for (const variant of VARIANTS) {
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', __filename, '--child', variant, '--dir', dir],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      results.get(variant)!.push(JSON.parse(out) as Sample);
    }
  }
  console.log(
    `review benchmark: ${MAPPINGS} group mappings in base and head, ${runs} runs, node ${process.version}, ${os.cpus().length} CPUs`,
  );
  console.log('');
  console.log(
    '| variant | output chars | time ms (median, min–max) | CPU ms | peak RSS MB | module load ms |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [variant, samples] of results) {
    console.log(
      `| ${variant} | ${samples[0]!.chars.toLocaleString('en')} | ${range(samples.map((s) => s.ms))} | ${range(samples.map((s) => s.cpuMs))} | ${range(samples.map((s) => s.maxRssMb))} | ${range(samples.map((s) => s.loadMs))} |`,
    );
  }
  const review = results.get('review --plan')!;
  const baseline = results.get('report + diff --markdown (baseline)')!;
  const ms = median(review.map((s) => s.ms));
  console.log('');
  console.log(`review --plan vs baseline (time): ${(ms / median(baseline.map((s) => s.ms))).toFixed(2)}x`);
  console.log(
    `target comment ≤ 65,536 characters: ${review[0]!.chars.toLocaleString('en')} — ${review[0]!.chars <= 65_536 ? 'met' : 'MISSED'}`,
  );
  console.log(
    `target under 1 s (review --plan, median): ${ms.toFixed(0)} ms — ${ms < 1000 ? 'met' : 'MISSED'}`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

const values = benchOptions(__filename, {
  runs: { type: 'string' },
  child: { type: 'string' },
  dir: { type: 'string' },
});
if (values.child !== undefined) child(values.child as Variant, values.dir!);
else parent(Number(values.runs ?? 5));
