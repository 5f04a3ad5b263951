/**
 * Synth benchmark: N group mappings through `OktaLdapIntegration` vs the same Terraform resources
 * written with raw provider classes, in one run.
 *
 *   npm run bench:synth                 # 10, 100, 1,000, 2,000 mappings, 3 runs each
 *   npm run bench:synth -- --runs 5 --sizes 10,1000
 *
 * Every measurement runs in a fresh Node process (no warm JIT, no heap carried over), timing only
 * the construction plus `app.synth()` (not module loading), and reporting the process's peak RSS.
 * `app.synth()` is used, not `Testing.synth`, which is O(n²) in the number of resources.
 *
 * Variants:
 * - `raw`: provider, sensitive variable, per mapping `data okta_groups` (exact search +
 *   postcondition), `okta_group`, `okta_group_rule` (chained), plus the user type lookup, profile
 *   mapping, schema property, password policy and two outputs: the construct's Terraform by hand,
 *   with the same attribute values (descriptions, lookup error messages, output JSON), written the
 *   way a user would (the group id filtered by `source` from `lookup.fqn`, each `group.id` read once), at stack level (cdktf's
 *   plain logical ids, no path hash), with the `ldapAppId` replace trigger and the protected profile mapping.
 * - `construct`: `OktaLdapIntegration` with `preflightGuard: false` (the same Terraform), which
 *   adds validation, id derivation, escaping and the manifest.
 * - `construct+guard`: the default construct, which also adds the preflight guard resource holding
 *   every mapping in its input and a `depends_on` on it in every resource (more Terraform, so shown
 *   as its own ratio).
 *
 * Fairness check: every sample reports a digest of its `cdk.tf.json` with the `//` comments (cdktf
 * metadata, the manifest) dropped and the construct's hashed logical ids mapped to construct ids;
 * the run stops unless raw and construct digests are equal, so the baseline cannot drift.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchOptions } from './bench-options';

type Variant = 'raw' | 'construct' | 'construct+guard';
const VARIANTS: Variant[] = ['raw', 'construct', 'construct+guard'];

interface Sample {
  /** Wall time of construction + synth. */
  readonly ms: number;
  /** CPU time (user + system, all threads) of construction + synth: steadier on a shared machine. */
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly resources: number;
  /** sha256 of the configuration without `//` comments, hashed logical ids mapped to construct ids. */
  readonly digest: string;
}

const ORG_ID = '5f3c0a1b2c3d4e5f60718293';
const APP_ID = '0oa6qvmxznVl4KFXe5d7';

function mappings(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    ldapGroup: `ldap-group-${i}`,
    oktaGroup: `Okta Group ${i}`,
  }));
}

/** Child: builds one app and synthesizes it, then prints one JSON sample. */
function child(variant: Variant, n: number, outdir: string, sourceMaps: boolean): void {
  // tsx turns on source-mapped stack traces; cdktf captures a full stack trace for every token it
  // creates, and mapping those frames dominates synth time. Off by default (both variants alike);
  // --source-maps measures what `npx tsx main.ts` pays.
  process.setSourceMapsEnabled(sourceMaps);
  // Load every module first so the timing covers construction and synth only.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { App, DataResource, TerraformStack, TerraformVariable, TerraformOutput } =
    require('cdktf') as typeof import('cdktf');
  const { OktaProvider } = require('@cdktf/provider-okta/lib/provider');
  const { DataOktaGroups } = require('@cdktf/provider-okta/lib/data-okta-groups');
  const { DataOktaUserType } = require('@cdktf/provider-okta/lib/data-okta-user-type');
  const { Group } = require('@cdktf/provider-okta/lib/group');
  const { GroupRule } =
    require('@cdktf/provider-okta/lib/group-rule') as typeof import('@cdktf/provider-okta/lib/group-rule');
  const { ProfileMapping } = require('@cdktf/provider-okta/lib/profile-mapping');
  const { AppUserSchemaProperty } = require('@cdktf/provider-okta/lib/app-user-schema-property');
  const { PolicyPassword } = require('@cdktf/provider-okta/lib/policy-password');
  const { OktaLdapIntegration } = require('../lib/resources/okta-ldap-integration');
  const { jumpCloudDirectory } = require('../lib/presets/jumpcloud/jumpcloud-directory');
  const { resolveDirectorySettings } = require('../lib/settings/ldap-directory-settings');
  const { windowsTls12PowerShell } = require('../lib/agent-host/windows-tls12');
  const {
    PASSWORD_POLICY_FIELDS,
    passwordPolicyArgument,
  } = require('../lib/mappings/password-policy-fields');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const groupMappings = mappings(n);
  const jumpCloud = jumpCloudDirectory({ orgId: ORG_ID, bindUser: 'okta-bind' });
  const directory = {
    ...jumpCloud,
    schema: { ...jumpCloud.schema, uniqueIdentifierAttribute: 'entryuuid' },
    user: { ...jumpCloud.user, extraAttributes: [{ ldapAttribute: 'employeeType' }] },
  };
  // What a hand-written stack would hold as a literal: the console settings JSON.
  const consoleSettings = JSON.stringify(resolveDirectorySettings(directory));
  const tls12Script = windowsTls12PowerShell() as string;
  const appOperand = JSON.stringify(APP_ID);

  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, 'org');
  new OktaProvider(stack, 'okta', {});
  if (variant === 'raw') {
    // The same Terraform as the construct with preflightGuard: false, written by hand: same resources,
    // data sources, attribute values (descriptions, lookup error messages), depends_on chain, variable
    // and outputs. Construct ids are the construct's own, at stack level, so logical ids are cdktf's
    // plain (unhashed) ones; `normalisedDigest` proves the two configurations equal up to those ids.
    const bindPassword = new TerraformVariable(stack, 'BindPassword', {
      type: 'string',
      sensitive: true,
      nullable: false,
      description:
        'LDAP bind password of the Okta LDAP integration org/JumpCloud (never stored in the configuration)',
    });
    bindPassword.overrideLogicalId('JumpCloud_bind_password');
    const property = new AppUserSchemaProperty(stack, 'SchemaProperty-employeeType', {
      appId: APP_ID,
      index: 'employeeType',
      title: 'employeeType',
      type: 'string',
      externalName: 'employeeType',
      scope: 'NONE',
      master: 'PROFILE_MASTER',
      description: 'LDAP attribute employeeType (managed by cdktf-okta-ldap)',
    });
    const userType = new DataOktaUserType(stack, 'DefaultUserType', { name: 'user' });
    // A new app id replaces what belongs to the app (terraform_data trigger), and the profile
    // mapping is protected from destroy, as the construct does by default.
    const trigger = new DataResource(stack, 'ReplaceTrigger-LdapApp', {});
    trigger.addOverride('input', { ldap_app_id: APP_ID });
    const replacedWithApp = ['terraform_data.ReplaceTrigger-LdapApp'];
    property.addOverride('lifecycle.replace_triggered_by', replacedWithApp);
    const profileMapping = new ProfileMapping(stack, 'ProfileMapping', {
      sourceId: APP_ID,
      targetId: userType.id,
      deleteWhenAbsent: false,
      mappings: [{ id: 'firstName', expression: 'appuser.givenName', pushStatus: 'PUSH' }],
      dependsOn: [property],
      lifecycle: { preventDestroy: true },
    });
    profileMapping.addOverride('lifecycle.replace_triggered_by', replacedWithApp);
    const groupIds: string[] = [];
    let previous: InstanceType<typeof GroupRule> | undefined;
    for (const m of groupMappings) {
      const lookup = new DataOktaGroups(stack, `LdapGroup-${m.ldapGroup}`, {
        search: `type eq "APP_GROUP" and profile.name eq "${m.ldapGroup}"`,
        lifecycle: {
          postcondition: [
            {
              condition: `\${length([for g in self.groups : g.id if g.source == ${appOperand}]) == 1}`,
              errorMessage:
                `cdktf-okta-ldap: expected exactly one imported LDAP group (Okta group of type APP_GROUP) named ` +
                `"${m.ldapGroup}" imported from the LDAP app \${${appOperand}}. None means the group is not imported yet: make sure it exists under the ` +
                `group search base and is bound to the LDAP directory, then run an import in Okta ` +
                `(Directory > Directory Integrations > LDAP > Import), and check ldapAppId. Several means the name is ambiguous within that app: rename one group.`,
            },
          ],
        },
      });
      const group = new Group(stack, `Group-${m.oktaGroup}`, {
        name: m.oktaGroup,
        description: `Members of LDAP group ${m.ldapGroup} (managed by cdktf-okta-ldap)`,
      });
      const groupId = group.id;
      const rule: InstanceType<typeof GroupRule> = new GroupRule(stack, `GroupRule-${m.oktaGroup}`, {
        name: `LDAP ${m.ldapGroup} to ${m.oktaGroup}`,
        status: 'ACTIVE',
        expressionType: 'urn:okta:expression:1.0',
        expressionValue: `isMemberOfAnyGroup("\${[for g in ${lookup.fqn}.groups : g.id if g.source == ${appOperand}][0]}")`,
        groupAssignments: [groupId],
        ...(previous ? { dependsOn: [previous] } : {}),
      });
      previous = rule;
      groupIds.push(groupId);
    }
    const policy = new PolicyPassword(stack, 'PasswordPolicy', {
      name: 'LDAP',
      authProvider: 'LDAP',
      status: 'ACTIVE',
      groupsIncluded: groupIds,
    });
    // Every password, lockout and recovery field written out, with the values the construct writes.
    for (const field of PASSWORD_POLICY_FIELDS) {
      policy.addOverride(field.argument, passwordPolicyArgument(field, { name: 'LDAP' }));
    }
    new TerraformOutput(stack, 'JumpCloud_ldap_app_id', {
      value: APP_ID,
      description: 'Id of the Okta LDAP directory app',
    });
    new TerraformOutput(stack, 'JumpCloud_console_settings', {
      value: consoleSettings,
      description: 'LDAP integration settings to enter in the Okta Admin Console (JSON)',
    });
    new TerraformOutput(stack, 'JumpCloud_windows_tls12_script', {
      value: tls12Script,
      description: 'PowerShell script enabling TLS 1.2 (SCHANNEL) on a Windows Okta LDAP agent host',
    });
  } else {
    new OktaLdapIntegration(stack, 'JumpCloud', {
      directory,
      ldapAppId: APP_ID,
      userMappings: { firstName: 'appuser.givenName' },
      groupMappings,
      passwordPolicy: { name: 'LDAP' },
      preflightGuard: variant === 'construct+guard',
    });
  }
  app.synth();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;

  const text = fs.readFileSync(path.join(outdir, 'stacks', 'org', 'cdk.tf.json'), 'utf8');
  const tf = JSON.parse(text) as { resource: Record<string, Record<string, unknown>> };
  const resources = Object.values(tf.resource).reduce((sum, byName) => sum + Object.keys(byName).length, 0);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const sample: Sample = { ms, cpuMs, maxRssMb, resources, digest: normalisedDigest(text) };
  process.stdout.write(JSON.stringify(sample));
}

/**
 * Digest of a synthesized configuration for the fairness check: every `//` comment (cdktf metadata,
 * the construct's manifest) dropped, and the construct's hashed logical ids
 * (`JumpCloud_<construct id>_<8 hex>`) written as the raw stack's (`<construct id>`).
 */
function normalisedDigest(text: string): string {
  const id = (value: string) => value.replace(/JumpCloud_([A-Za-z0-9-]+)_[0-9A-F]{8}\b/g, '$1');
  const normalise = (value: unknown): unknown => {
    if (typeof value === 'string') return id(value);
    if (Array.isArray(value)) return value.map(normalise);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== '//')
          .map(([key, member]): [string, unknown] => [id(key), normalise(member)])
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(normalise(JSON.parse(text))))
    .digest('hex');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function measure(variant: Variant, n: number, sourceMaps: boolean): Sample {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-synth-'));
  try {
    const tsx = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');
    const out = execFileSync(
      tsx,
      [
        __filename,
        '--child',
        variant,
        '--n',
        String(n),
        '--outdir',
        outdir,
        ...(sourceMaps ? ['--source-maps'] : []),
      ],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    return JSON.parse(out) as Sample;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
}

/** One line per size: CPU ranges and the per-round ratios to raw (each round measures all variants). */
function spread(n: number, samples: Record<Variant, Sample[]>): string {
  const range = (v: Variant) => {
    const xs = samples[v].map((s) => s.cpuMs);
    return `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;
  };
  const ratios = (v: Variant) => {
    const xs = samples[v].map((s, i) => s.cpuMs / samples.raw[i]!.cpuMs);
    const f = (x: number) => x.toFixed(2);
    return `${f(Math.min(...xs))} [${f(quantile(xs, 0.25))} ${f(quantile(xs, 0.5))} ${f(quantile(xs, 0.75))}] ${f(Math.max(...xs))}`;
  };
  return (
    `${pad(String(n), 8)}  cpu raw ${range('raw')}, construct ${range('construct')}, +guard ${range('construct+guard')}; ` +
    `ratio construct ${ratios('construct')}, +guard ${ratios('construct+guard')}`
  );
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

function parent(sizes: number[], runs: number, sourceMaps: boolean): void {
  console.log(
    `synth benchmark: ${runs} fresh-process runs per cell, median CPU time, minimum wall time, median peak RSS, source-mapped stack traces ${sourceMaps ? 'on' : 'off'}`,
  );
  console.log(`node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? 'unknown'})\n`);
  const header = [
    'mappings',
    'resources',
    'raw cpu ms',
    'construct cpu ms',
    'cpu ratio',
    'raw wall ms',
    'construct wall ms',
    'wall ratio',
    '+guard cpu ms',
    '+guard ratio',
    'raw MB',
    'construct MB',
    '+guard MB',
  ];
  const widths = header.map((h) => Math.max(h.length, 6));
  console.log(header.map((h, i) => pad(h, widths[i]!)).join('  '));
  const rows: string[][] = [];
  const spreads: string[] = [];
  for (const n of sizes) {
    const samples: Record<Variant, Sample[]> = { raw: [], construct: [], 'construct+guard': [] };
    for (let r = 0; r < runs; r++) {
      // Alternate the order so drift on a shared machine does not favour one variant.
      const order = r % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const v of order) samples[v].push(measure(v, n, sourceMaps));
    }
    // CPU time: median. Wall time: minimum (the run least disturbed by other processes).
    const cpu = (v: Variant) => median(samples[v].map((s) => s.cpuMs));
    const wall = (v: Variant) => Math.min(...samples[v].map((s) => s.ms));
    const mb = (v: Variant) => median(samples[v].map((s) => s.maxRssMb));
    const row = [
      String(n),
      String(samples.construct[0]!.resources),
      cpu('raw').toFixed(0),
      cpu('construct').toFixed(0),
      (cpu('construct') / cpu('raw')).toFixed(2),
      wall('raw').toFixed(0),
      wall('construct').toFixed(0),
      (wall('construct') / wall('raw')).toFixed(2),
      cpu('construct+guard').toFixed(0),
      (cpu('construct+guard') / cpu('raw')).toFixed(2),
      mb('raw').toFixed(0),
      mb('construct').toFixed(0),
      mb('construct+guard').toFixed(0),
    ];
    // Fairness: the raw stack must be the same Terraform as the construct's (up to logical ids).
    const digests = new Set([...samples.raw, ...samples.construct].map((s) => s.digest));
    if (digests.size !== 1) {
      throw new Error(
        `raw and construct configurations differ at ${n} mappings (normalised digests ${[...digests].join(', ')})`,
      );
    }
    rows.push(row);
    console.log(row.map((c, i) => pad(c, widths[i]!)).join('  '));
    spreads.push(spread(n, samples));
  }
  // The spread of every cell: CPU time range per variant, and the ratio of each run's sample to the
  // raw sample of the same round (min, quartiles, max), so a reader sees how stable a median is.
  console.log('\nspread (CPU ms min-max per variant; per-round ratio to raw: min [p25 median p75] max)');
  for (const line of spreads) console.log(line);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const growth = (col: number) => Number(last[col]) / Number(first[col]);
  console.log(
    `\ncpu time growth ${first[0]} -> ${last[0]} mappings (x${Number(last[0]) / Number(first[0])}): raw x${growth(2).toFixed(1)}, construct x${growth(3).toFixed(1)}, construct+guard x${growth(8).toFixed(1)}`,
  );
}

function main(): void {
  const values = benchOptions(__filename, {
    child: { type: 'string' },
    n: { type: 'string' },
    outdir: { type: 'string' },
    sizes: { type: 'string', default: '10,100,1000,2000' },
    runs: { type: 'string', default: '3' },
    'source-maps': { type: 'boolean', default: false },
  });
  if (values.child !== undefined) {
    if (!VARIANTS.includes(values.child as Variant)) throw new Error(`unknown variant ${values.child}`);
    child(values.child as Variant, Number(values.n), values.outdir!, values['source-maps']);
    return;
  }
  parent(values.sizes.split(',').map(Number), Number(values.runs), values['source-maps']);
}

main();
