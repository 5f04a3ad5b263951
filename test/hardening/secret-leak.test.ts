/**
 * Secret-leak scan. Every entry point runs with a recognisable bind password and Okta API token in the
 * environment (LDAP_BIND_PASSWORD, OKTA_API_TOKEN, TF_VAR_*): synth of the example app (main.ts) and
 * of the construct, the preflight CLI (text, JSON, Markdown; passing and every failure path reached
 * here), report, diff, review and the deploy guard's provisioner command. Neither secret, nor its base64 form
 * at any alignment, may appear in any file written or any byte printed.
 *
 * The CLI runs as the user runs it: a spawned `node dist/bin/cdktf-okta-ldap.js` (built by
 * `npm run build`; rebuilt here when a source is newer than the build).
 */
import { spawn, spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import { promises as fs, existsSync, readdirSync, statSync } from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { resolveDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { closedPort, startSilentServer, SilentServer } from '../support/network';
import { startOktaApiServer } from '../support/okta-api-server';
import { SlapdFixture, startSlapd } from '../support/slapd-fixture';
import { tempDir } from '../support/temp-dir';

const REPO = path.resolve(__dirname, '../..');
const BIN = path.join(REPO, 'dist/bin/cdktf-okta-ldap.js');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');

const BIND_PASSWORD = `LeakCanary-Bind-${randomBytes(6).toString('hex')}`;
const OKTA_TOKEN = `00LeakCanaryOktaToken${randomBytes(8).toString('hex')}`;

/**
 * Needles for one secret: the string, and the part of its base64 (and base64url) encoding that is the
 * same whatever precedes it in a larger blob (alignment 0, 1 or 2 bytes; edge characters dropped).
 */
function secretNeedles(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const needles = new Set<string>([secret]);
  for (let offset = 0; offset < 3; offset++) {
    const b64 = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const core = b64.slice(offset === 0 ? 0 : 4, -4);
    needles.add(core);
    needles.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  needles.add(bytes.toString('base64'));
  return [...needles].filter((n) => n.length >= 12);
}

const NEEDLES = [...secretNeedles(BIND_PASSWORD), ...secretNeedles(OKTA_TOKEN)];

/** `where: needle` for every needle found in `content`. */
function leaksIn(where: string, content: Buffer | string): string[] {
  const text = typeof content === 'string' ? content : content.toString('latin1');
  return NEEDLES.filter((n) => text.includes(n)).map((n) => `${where}: ${n}`);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : e.isFile() ? [full] : [];
  });
}

async function leaksInTree(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const file of filesUnder(dir)) out.push(...leaksIn(path.relative(dir, file), await fs.readFile(file)));
  return out;
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns a process and captures every byte it prints. */
function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string; timeoutMs?: number },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** True when every .ts source under lib/ and bin/ has a dist/ .js at least as new as itself. */
function distIsFresh(): boolean {
  return ['lib', 'bin'].every((top) =>
    filesUnder(path.join(REPO, top))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .every((source) => {
        const built = path.join(REPO, 'dist', path.relative(REPO, source)).replace(/\.ts$/, '.js');
        return existsSync(built) && statSync(built).mtimeMs >= statSync(source).mtimeMs;
      }),
  );
}

/** Builds dist/ (what `npm run build` does) when a source is newer than its build output. */
function ensureBuilt(): void {
  if (distIsFresh()) return;
  const result = spawnSync(
    process.execPath,
    [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: REPO, encoding: 'utf8' },
  );
  // tsc still emits when a type error elsewhere fails the build; what matters here is fresh output.
  if (!distIsFresh()) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

let fixture: SlapdFixture;
let silent: SilentServer;
let work: string;
let env: NodeJS.ProcessEnv;
const leaks: string[] = [];
/** Every (entry point, exit code) actually exercised, so a silently skipped path shows. */
const exercised: string[] = [];

async function cli(
  name: string,
  args: string[],
  extra: { input?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Run> {
  const result = await run(process.execPath, [BIN, ...args], {
    cwd: work,
    env: { ...env, ...extra.env },
    ...(extra.input !== undefined ? { input: extra.input } : {}),
  });
  leaks.push(...leaksIn(`${name} stdout`, result.stdout), ...leaksIn(`${name} stderr`, result.stderr));
  exercised.push(`${name} -> ${result.code}`);
  return result;
}

async function writeJson(name: string, value: unknown): Promise<string> {
  const file = path.join(work, name);
  await fs.writeFile(file, JSON.stringify(value, null, 2));
  return file;
}

beforeAll(async () => {
  ensureBuilt();
  work = tempDir('secret-leak-');
  await fs.mkdir(path.join(work, 'home'));
  await fs.mkdir(path.join(work, 'tmp'));
  fixture = await startSlapd({ bindPassword: BIND_PASSWORD });
  silent = await startSilentServer();
  env = {
    PATH: process.env.PATH,
    HOME: path.join(work, 'home'),
    TMPDIR: path.join(work, 'tmp'),
    LDAP_BIND_PASSWORD: BIND_PASSWORD,
    OKTA_API_TOKEN: OKTA_TOKEN,
    OKTA_ORG_NAME: 'example',
    OKTA_BASE_URL: 'okta.com',
    TF_VAR_JumpCloud_bind_password: BIND_PASSWORD,
    TF_VAR_okta_api_token: OKTA_TOKEN,
    CHECKPOINT_DISABLE: '1',
    DISABLE_VERSION_CHECK: 'true',
    CDKTF_DISABLE_PLUGIN_CACHE_ENV: 'true',
    CDKTF_HOME: path.join(work, 'home', '.cdktf'),
  };
}, 120_000);

afterAll(async () => {
  await silent?.close();
  await fixture?.stop();
  if (work) await fs.rm(work, { recursive: true, force: true });
});

describe('secret-leak scan', () => {
  it('the scanner finds a secret as itself and inside a base64 blob at every alignment', () => {
    for (const prefix of ['', 'a', 'ab', 'abc']) {
      const blob = Buffer.from(`${prefix}${BIND_PASSWORD}tail`).toString('base64');
      expect(leaksIn('probe', blob).length).toBeGreaterThan(0);
    }
    expect(leaksIn('probe', `x${OKTA_TOKEN}x`)).toEqual([`probe: ${OKTA_TOKEN}`]);
    expect(leaksIn('probe', 'nothing secret here')).toEqual([]);
  });

  it('synth of the example app (main.ts), twice, writes and prints no secret', async () => {
    for (const [name, extra] of [
      ['base', {}],
      ['head', { JUMPCLOUD_BIND_USER: 'okta-bind-2' }],
    ] as const) {
      const outdir = path.join(work, `synth-${name}`);
      const result = await run(TSX, ['main.ts'], {
        cwd: REPO,
        env: { ...env, ...extra, CDKTF_OUTDIR: outdir },
      });
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
      leaks.push(
        ...leaksIn(`synth ${name} stdout`, result.stdout),
        ...leaksIn(`synth ${name} stderr`, result.stderr),
      );
      leaks.push(...(await leaksInTree(outdir)));
      exercised.push(`synth ${name} -> ${result.code}`);
    }
    const config = JSON.parse(
      await fs.readFile(path.join(work, 'synth-base/stacks/okta-org/cdk.tf.json'), 'utf8'),
    );
    // The deploy guard's command: the password reaches it only through the provisioner's environment.
    const guard = Object.values(config.resource.terraform_data)[0] as {
      provisioner: {
        'local-exec': { command: string; environment: Record<string, string>; interpreter: string[] };
      }[];
    };
    const exec = guard.provisioner[0]!['local-exec'];
    expect(exec.environment.LDAP_BIND_PASSWORD).toBe('${var.JumpCloud_bind_password}');
    expect(`${exec.interpreter.join(' ')} ${exec.command}`).not.toMatch(/password/i);
    expect(config.variable.JumpCloud_bind_password).toMatchObject({ sensitive: true });
    expect(config.variable.JumpCloud_bind_password.default).toBeUndefined();
    expect(JSON.stringify(config.provider)).not.toMatch(/api_token/);
  }, 60_000);

  it('synth of the construct in-process (secrets in process.env) writes no secret', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      LDAP_BIND_PASSWORD: BIND_PASSWORD,
      OKTA_API_TOKEN: OKTA_TOKEN,
      TF_VAR_bind_password: BIND_PASSWORD,
    });
    try {
      const outdir = path.join(work, 'synth-construct');
      const app = new App({ outdir });
      const stack = new TerraformStack(app, 'construct');
      new OktaProvider(stack, 'okta', {});
      const own = new TerraformVariable(stack, 'bind_password', { type: 'string', sensitive: true });
      new OktaLdapIntegration(stack, 'Directory', {
        directory: fixture.settings(),
        ldapAppId: '0oa6qvmxznVl4KFXe5d7',
        userMappings: { email: 'appuser.mail' },
        groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
        roleMappings: [],
        bindPassword: own,
      });
      new OktaLdapIntegration(stack, 'Second', {
        directory: fixture.settings(),
        ldapAppId: '0oa6qvmxznVl4KFXe5d8',
      });
      app.synth();
      leaks.push(...(await leaksInTree(outdir)));
      expect(filesUnder(outdir).length).toBeGreaterThan(0);
      exercised.push('synth construct -> 0');
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });

  it('preflight, every output format, on a passing directory and on every failure path', async () => {
    const good = {
      settings: fixture.settings(),
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
    };
    const goodFile = await writeJson('good.json', good);
    const missingGroupFile = await writeJson('missing-group.json', {
      ...good,
      groupMappings: [{ ldapGroup: 'no-such-group', oktaGroup: 'Nobody' }],
    });
    const base = fixture.settings();
    const silentFile = await writeJson('silent.json', {
      settings: { ...base, agent: { ...base.agent, port: silent.port } },
    });
    const closedFile = await writeJson('closed.json', {
      settings: { ...base, agent: { ...base.agent, port: await closedPort() } },
    });
    const ca = ['--ca-file', fixture.caFile];
    const paths: {
      name: string;
      args: string[];
      expectCode: number;
      env?: NodeJS.ProcessEnv;
      input?: string;
    }[] = [
      {
        name: 'pass',
        args: ['--settings', goodFile, ...ca, '--example-user', 'ada.lovelace'],
        expectCode: 0,
      },
      {
        name: 'pass (password on stdin)',
        args: ['--settings', goodFile, ...ca, '--password-stdin'],
        expectCode: 0,
        env: { LDAP_BIND_PASSWORD: '' },
        input: `${BIND_PASSWORD}\n`,
      },
      {
        name: 'wrong password',
        args: ['--settings', goodFile, ...ca],
        expectCode: 1,
        env: { LDAP_BIND_PASSWORD: `${BIND_PASSWORD}-wrong` },
      },
      { name: 'untrusted CA', args: ['--settings', goodFile], expectCode: 1 },
      { name: 'missing group', args: ['--settings', missingGroupFile, ...ca], expectCode: 1 },
      {
        name: 'timeout',
        args: ['--settings', silentFile, ...ca, '--connect-timeout', '300ms'],
        expectCode: 1,
      },
      { name: 'refused', args: ['--settings', closedFile, ...ca], expectCode: 1 },
      { name: 'usage error', args: ['--settings', goodFile, '--password', BIND_PASSWORD], expectCode: 2 },
    ];
    for (const p of paths) {
      for (const format of [[], ['--json'], ['--markdown']]) {
        const result = await cli(
          `preflight ${p.name} ${format.join('') || 'text'}`,
          ['preflight', ...p.args, ...format],
          {
            ...(p.env ? { env: p.env } : {}),
            ...(p.input !== undefined ? { input: p.input } : {}),
          },
        );
        expect({ path: p.name, format, code: result.code }).toEqual({
          path: p.name,
          format,
          code: p.expectCode,
        });
      }
    }
    // The JSON report of a failing run is kept for `report` below.
    const failing = await cli(
      'preflight wrong password (saved)',
      ['preflight', '--settings', goodFile, ...ca, '--json'],
      {
        env: { LDAP_BIND_PASSWORD: `${BIND_PASSWORD}-wrong` },
      },
    );
    await fs.writeFile(path.join(work, 'preflight.json'), failing.stdout);
    expect(JSON.parse(failing.stdout).findings.find((f: { id: string }) => f.id === 'PF-BIND').status).toBe(
      'fail',
    );
  }, 120_000);

  it('report, diff and review of the synthesized apps', async () => {
    const baseOut = path.join(work, 'synth-base');
    const headOut = path.join(work, 'synth-head');
    expect((await cli('report', ['report', '--out', baseOut])).code).toBe(0);
    expect(
      (
        await cli('report with preflight', [
          'report',
          '--out',
          baseOut,
          '--preflight-json',
          path.join(work, 'preflight.json'),
        ])
      ).code,
    ).toBe(0);
    expect((await cli('diff', ['diff', baseOut, headOut])).code).toBe(3);
    expect((await cli('diff markdown', ['diff', baseOut, headOut, '--markdown'])).code).toBe(3);
    expect((await cli('diff equal', ['diff', baseOut, baseOut])).code).toBe(0);
    const preflightJson = path.join(work, 'preflight.json');
    const full = path.join(work, 'review-full.md');
    expect(
      (await cli('review', ['review', baseOut, headOut, '--preflight-json', preflightJson, '--full', full]))
        .code,
    ).toBe(0);
    expect((await cli('review text', ['review', baseOut, headOut, '--text'])).code).toBe(0);
    expect(
      (await cli('review json', ['review', headOut, '--json', '--preflight-json', preflightJson])).code,
    ).toBe(0);
  }, 60_000);

  it('adopt against the Okta API stand-in (the built bin, CA from NODE_EXTRA_CA_CERTS): found, refused, written', async () => {
    const api = await startOktaApiServer({
      token: OKTA_TOKEN,
      groups: [
        {
          id: '00gLdapEngineering01',
          type: 'APP_GROUP',
          name: 'engineering',
          sourceAppId: '0oa6qvmxznVl4KFXe5d7',
        },
      ],
      rules: [],
      roles: {},
      policies: [],
    });
    try {
      const args = ['adopt', '--out', path.join(work, 'synth-base'), '--org-url', api.url];
      const extra = { NODE_EXTRA_CA_CERTS: api.caFile };
      const ok = await cli('adopt', [...args, '--write', path.join(work, 'okta-adoption.json')], {
        env: extra,
      });
      expect([0, 1]).toContain(ok.code);
      expect(ok.stdout).toContain('Okta objects of integration JumpCloud (stack okta-org)');
      expect((await cli('adopt json', [...args, '--json'], { env: extra })).code).toBeLessThan(2);
      const refused = await cli('adopt 401', args, { env: { ...extra, OKTA_API_TOKEN: `${OKTA_TOKEN}x` } });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('[OKTA-UNAUTHORIZED]');
      for (const r of api.requests) expect(r.method).toBe('GET');
    } finally {
      await api.close();
    }
  }, 60_000);

  it('the deploy guard: the provisioner command of cdk.tf.json, run as Terraform runs it, passing and failing', async () => {
    const stackDir = path.join(work, 'synth-base/stacks/okta-org');
    const config = JSON.parse(await fs.readFile(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
    const guard = Object.values(config.resource.terraform_data)[0] as {
      input: Record<string, unknown>;
      provisioner: { 'local-exec': { command: string; interpreter: string[] } }[];
    };
    const exec = guard.provisioner[0]!['local-exec'];
    // The guard's input, pointed at the fixture (Terraform passes base64gzip(jsonencode(self.output))).
    const input = {
      ...guard.input,
      settings: resolveDirectorySettings(fixture.settings()),
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
      roleMappings: [],
      check: { caFile: fixture.caFile },
    };
    const encoded = gzipSync(JSON.stringify(input)).toString('base64');
    const [interpreter, ...interpreterArgs] = exec.interpreter;
    for (const [name, password, expectCode] of [
      ['guard pass', BIND_PASSWORD, 0],
      ['guard wrong password', `${BIND_PASSWORD}-wrong`, 1],
    ] as const) {
      const result = await run(
        interpreter === 'node' ? process.execPath : interpreter!,
        [...interpreterArgs, exec.command],
        {
          cwd: stackDir,
          env: { ...env, CDKTF_OKTA_LDAP_GUARD_INPUT: encoded, LDAP_BIND_PASSWORD: password },
        },
      );
      leaks.push(...leaksIn(`${name} stdout`, result.stdout), ...leaksIn(`${name} stderr`, result.stderr));
      exercised.push(`${name} -> ${result.code}`);
      expect({ name, code: result.code, stderr: result.code === expectCode ? '' : result.stderr }).toEqual({
        name,
        code: expectCode,
        stderr: '',
      });
    }
  }, 60_000);

  it('no secret in any byte printed or any file written (work dir, HOME, TMPDIR, outputs)', async () => {
    leaks.push(...(await leaksInTree(work)));
    expect(exercised.length).toBeGreaterThanOrEqual(35);
    expect(leaks).toEqual([]);
  });
});
