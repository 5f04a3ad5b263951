/**
 * The package as a user gets it: packed and installed into a fresh cdktf TypeScript app outside the
 * repository, installed from a git URL, and under CDK Terrain. Each app is type-checked with the
 * tsconfig `cdktf init` writes (and node16/bundler resolution), synthesized, and the INSTALLED bin
 * runs `preflight` against the test slapd, `report` and `diff`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_BIND_PASSWORD, SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { REPO, requireBuild } from './built-package';
import {
  appEnv,
  compileApp,
  gitSnapshot,
  installedCopies,
  npmInstall,
  outsideRepoDir,
  packTarball,
  run,
  synthesizedStacks,
  writeApp,
} from './user-app';

const PEERS = { '@cdktf/provider-okta': '14.1.1', cdktf: '0.21.0', constructs: '10.4.2' };
const INSTALL_TIMEOUT_MS = 600_000;

let fixture: SlapdFixture;
let work: string;
let tarball: string;
/** The cdk.tf.json of each stack of the app installed from the tarball (the reference). */
let reference: Record<string, string>;

beforeAll(async () => {
  requireBuild();
  fixture = await startSlapd();
  work = outsideRepoDir('cdktf-okta-ldap-user-app-');
  tarball = packTarball(work);
});

afterAll(async () => {
  await fixture?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Synthesizes the app (compiled main.js) into `outdir` against the fixture. */
function synth(app: string, outdir: string, extra: Record<string, string> = {}) {
  return run(
    process.execPath,
    ['main.js'],
    app,
    appEnv({
      LDAP_HOST: fixture.host,
      LDAP_PORT: String(fixture.port),
      ORG_ID: fixture.orgId,
      CDKTF_OUTDIR: outdir,
      ...extra,
    }),
  );
}

/** The installed bin of the app. */
function bin(app: string, args: string[], extra: Record<string, string> = {}) {
  return run(path.join(app, 'node_modules', '.bin', 'cdktf-okta-ldap'), args, app, appEnv(extra));
}

/** Compiles and synthesizes the app, then runs the installed bin's preflight, report and diff. */
function useAsUser(app: string): Record<string, string> {
  compileApp(app);
  const synthesized = synth(app, 'cdktf.out');
  expect({ status: synthesized.status, stderr: synthesized.stderr }).toEqual({ status: 0, stderr: '' });
  const stacks = synthesizedStacks(app, 'cdktf.out');
  expect(Object.keys(stacks).sort()).toEqual(['okta-corp', 'okta-prod']);

  // The aliased provider: every okta resource of JumpCloudPreview, and only those, on okta.preview.
  const prod = JSON.parse(stacks['okta-prod']!) as {
    resource: Record<string, Record<string, { provider?: string }>>;
  };
  const providers = Object.entries(prod.resource)
    .filter(([type]) => type.startsWith('okta_'))
    .flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, r]) => `${type}.${name} ${r.provider ?? 'default'}`),
    );
  expect(
    providers.filter((p) => p.includes('JumpCloudPreview')).every((p) => p.endsWith(' okta.preview')),
  ).toBe(true);
  expect(providers.filter((p) => !p.includes('JumpCloudPreview')).every((p) => p.endsWith(' default'))).toBe(
    true,
  );
  expect(providers.some((p) => p.endsWith(' okta.preview'))).toBe(true);

  const preflight = bin(
    app,
    [
      'preflight',
      '--out',
      'cdktf.out',
      '--stack',
      'okta-prod',
      '--integration',
      'JumpCloudPreview',
      '--ca-file',
      fixture.caFile,
      '--json',
    ],
    { LDAP_BIND_PASSWORD: DEFAULT_BIND_PASSWORD },
  );
  expect({ status: preflight.status, stderr: preflight.stderr }).toEqual({ status: 0, stderr: '' });
  const report = JSON.parse(preflight.stdout) as { ok: boolean; port: number };
  expect({ ok: report.ok, port: report.port }).toEqual({ ok: true, port: fixture.port });

  const markdown = bin(app, ['report', '--out', 'cdktf.out']);
  expect(markdown.status).toBe(0);
  for (const id of ['JumpCloud', 'JumpCloudPreview', 'Corp']) expect(markdown.stdout).toContain(id);

  expect(synth(app, 'cdktf.head', { EXTRA_MAPPING: '1' }).status).toBe(0);
  const diff = bin(app, ['diff', 'cdktf.out', 'cdktf.head']);
  expect(diff.status).toBe(3);
  expect(diff.stdout).toContain('Corp Support');
  expect(bin(app, ['diff', 'cdktf.out', 'cdktf.out']).status).toBe(0);
  return stacks;
}

test(
  'packed tarball in a cdktf app: type-checks, synthesizes two stacks, the installed bin runs',
  () => {
    const app = path.join(work, 'tarball-app');
    writeApp(app, { ...PEERS, '@types/node': '20.19.43', 'cdktf-okta-ldap': `file:${tarball}` });
    // The README's first example, as written: it must compile and synthesize.
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    fs.writeFileSync(path.join(app, 'readme-example.ts'), /```ts\n([\s\S]*?)```/.exec(readme)![1]!);
    npmInstall(app);
    // One copy of each peer: the library takes the app's.
    for (const name of ['cdktf', 'constructs', '@cdktf/provider-okta']) {
      expect(installedCopies(app, name)).toEqual([path.join('node_modules', name)]);
    }
    reference = useAsUser(app);
    const example = run(
      process.execPath,
      ['readme-example.js'],
      app,
      appEnv({ CDKTF_OUTDIR: 'cdktf.readme' }),
    );
    expect({ status: example.status, stderr: example.stderr }).toEqual({ status: 0, stderr: '' });
    expect(Object.keys(synthesizedStacks(app, 'cdktf.readme'))).toEqual(['okta-org']);
  },
  INSTALL_TIMEOUT_MS,
);

test('a second copy of constructs or cdktf (stale lockfile) fails at construct creation naming both', () => {
  const app = path.join(work, 'tarball-app');
  const nested = path.join(app, 'node_modules', 'cdktf-okta-ldap', 'node_modules');
  for (const name of ['constructs', 'cdktf']) {
    const copy = path.join(nested, name);
    fs.cpSync(path.join(app, 'node_modules', name), copy, { recursive: true });
    try {
      const r = synth(app, 'cdktf.stale');
      expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 1, stdout: '' });
      expect(r.stderr).toBe(
        [
          `OktaLdapIntegration 'okta-prod/JumpCloud': the app and cdktf-okta-ldap load different copies of ${name}:`,
          `  ${name}: the app's ${path.join(app, 'node_modules', name)}; cdktf-okta-ldap's ${copy}`,
          'cdktf-okta-ldap takes cdktf, constructs and @cdktf/provider-okta from the app (peer dependencies): there must be one copy of each.',
          'Fix: delete node_modules and package-lock.json, run \'npm install\', and check with \'npm ls cdktf constructs\' (CDK Terrain: keep "overrides": { "cdktf": "$cdktf" } in package.json).',
          '',
        ].join('\n'),
      );
      expect(fs.existsSync(path.join(app, 'cdktf.stale'))).toBe(false);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }
});

test(
  'CDK Terrain (cdktf aliased to cdktn 0.24.0, constructs 10.7.0): one copy of the core, equal synthesized JSON',
  () => {
    const app = path.join(work, 'cdktn-app');
    writeApp(
      app,
      {
        '@cdktf/provider-okta': '14.1.1',
        '@types/node': '20.19.43',
        cdktf: 'npm:cdktn@0.24.0',
        'cdktf-okta-ldap': `file:${tarball}`,
        constructs: '10.7.0',
      },
      { overrides: { cdktf: '$cdktf' } },
    );
    npmInstall(app);
    expect(installedCopies(app, 'cdktf')).toEqual([path.join('node_modules', 'cdktf')]);
    expect(installedCopies(app, 'constructs')).toEqual([path.join('node_modules', 'constructs')]);
    const core = JSON.parse(fs.readFileSync(path.join(app, 'node_modules', 'cdktf', 'package.json'), 'utf8'));
    expect({ name: core.name, version: core.version }).toEqual({ name: 'cdktn', version: '0.24.0' });
    // cdktn prints empty objects and arrays as {} and [] where cdktf 0.21 breaks the line, and records
    // its own version in the metadata: apart from that, the same JSON.
    const comparable = (stacks: Record<string, string>, coreVersion: string) =>
      Object.fromEntries(
        Object.entries(stacks).map(([name, json]) => {
          const stack = JSON.parse(json) as { '//': { metadata: { version?: string } } };
          expect(stack['//'].metadata.version).toBe(coreVersion);
          delete stack['//'].metadata.version;
          return [name, stack];
        }),
      );
    expect(comparable(useAsUser(app), '0.24.0')).toEqual(comparable(reference, '0.21.0'));
  },
  INSTALL_TIMEOUT_MS,
);

test(
  'npm install of the git repository builds on install (prepare) and works the same',
  () => {
    const repo = gitSnapshot(path.join(work, 'repo'));
    const app = path.join(work, 'git-app');
    writeApp(app, { ...PEERS, '@types/node': '20.19.43', 'cdktf-okta-ldap': `git+file://${repo}` });
    npmInstall(app);
    const installed = path.join(app, 'node_modules', 'cdktf-okta-ldap');
    expect(fs.existsSync(path.join(installed, 'dist', 'lib', 'index.js'))).toBe(true);
    expect(fs.existsSync(path.join(installed, 'lib'))).toBe(false);
    expect(useAsUser(app)).toEqual(reference);
  },
  INSTALL_TIMEOUT_MS,
);
