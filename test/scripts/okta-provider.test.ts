/**
 * scripts/okta-provider.mjs, run for real with a fake `go` first on PATH: a script that writes a
 * provider binary where GOBIN says (and logs each call), or one that fails the way the Go module
 * proxy refuses the module here. The real build is not part of the suite (the proxy refuses it).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../support/temp-dir';

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'okta-provider.mjs');
const MODULE = 'github.com/okta/terraform-provider-okta';
const V4 = 'v0.0.0-20250610104238-1924ec5199ea';
const V6 = 'v0.0.0-20260610080325-e59c130b0b6e';
const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64' };
const PLATFORM = `${process.platform}_${ARCH[process.arch] ?? process.arch}`;

let work: string;
beforeEach(() => {
  work = tempDir('okta-provider-');
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

/** A folder holding only an executable `go` with this shell body. */
function fakeGo(body: string): string {
  const bin = path.join(work, 'fake-bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'go'), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return bin;
}

/** Writes `$GOBIN/terraform-provider-okta` printing the module version it was installed at; logs "install <module@version> <GOBIN>". */
const BUILDS = `echo "$1 $2 $GOBIN" >> "${'$'}LOG"
printf '#!/bin/sh\\necho built from %s\\n' "$2" > "$GOBIN/terraform-provider-okta"
chmod +x "$GOBIN/terraform-provider-okta"`;

function run(bin: string) {
  const r = spawnSync(process.execPath, [SCRIPT], {
    env: {
      PATH: `${bin}:/usr/bin:/bin`,
      OKTA_PROVIDER_DIR: path.join(work, 'out'),
      LOG: path.join(work, 'go.log'),
      HOME: work,
    },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.trim().split('\n') };
}

const out = (...parts: string[]) => path.join(work, 'out', ...parts);
const mirrorBinary = (version: string) =>
  out(
    'mirror',
    'registry.terraform.io',
    'okta',
    'okta',
    version,
    PLATFORM,
    `terraform-provider-okta_v${version}`,
  );

test('builds both versions at their pseudo-versions, lays out the mirror and the CLI config, and prints TF_CLI_CONFIG_FILE last', () => {
  const r = run(fakeGo(BUILDS));
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.lines.at(-1)).toBe(`TF_CLI_CONFIG_FILE=${out('terraform.rc')}`);
  expect(fs.readFileSync(path.join(work, 'go.log'), 'utf8').trim().split('\n')).toEqual([
    `install ${MODULE}@${V4} ${out('gobin', '4.20.0')}`,
    `install ${MODULE}@${V6} ${out('gobin', '6.12.0')}`,
  ]);
  for (const [version, pseudo] of [
    ['4.20.0', V4],
    ['6.12.0', V6],
  ] as const) {
    const binary = mirrorBinary(version);
    expect(fs.statSync(binary).mode & 0o111).toBe(0o111);
    expect(spawnSync(binary, { encoding: 'utf8' }).stdout).toBe(`built from ${MODULE}@${pseudo}\n`);
  }
  expect(fs.existsSync(`${mirrorBinary('4.20.0')}.partial`)).toBe(false);
  const config = fs.readFileSync(out('terraform.rc'), 'utf8');
  expect(config).toContain(
    `filesystem_mirror {\n    path    = ${JSON.stringify(out('mirror'))}\n    include = ["registry.terraform.io/okta/okta"]`,
  );
  expect(config).toContain('direct {\n    exclude = ["registry.terraform.io/okta/okta"]');
});

test('a second run reuses what is built: go is not called, the same config is printed', () => {
  const bin = fakeGo(BUILDS);
  expect(run(bin).status).toBe(0);
  const before = fs.readFileSync(path.join(work, 'go.log'), 'utf8');
  const again = run(bin);
  expect(again.status).toBe(0);
  expect(fs.readFileSync(path.join(work, 'go.log'), 'utf8')).toBe(before);
  expect(again.stdout).toContain(`terraform-provider-okta 4.20.0: already built (${mirrorBinary('4.20.0')})`);
  expect(again.lines.at(-1)).toBe(`TF_CLI_CONFIG_FILE=${out('terraform.rc')}`);
});

test('only the missing version is built when one is already in the mirror', () => {
  fs.mkdirSync(path.dirname(mirrorBinary('4.20.0')), { recursive: true });
  fs.writeFileSync(mirrorBinary('4.20.0'), 'kept', { mode: 0o755 });
  expect(run(fakeGo(BUILDS)).status).toBe(0);
  expect(fs.readFileSync(path.join(work, 'go.log'), 'utf8')).toBe(
    `install ${MODULE}@${V6} ${out('gobin', '6.12.0')}\n`,
  );
  expect(fs.readFileSync(mirrorBinary('4.20.0'), 'utf8')).toBe('kept');
});

test('the proxy refusing the module stops with exit 1, the module version, the answer and the command to retry; nothing is laid out', () => {
  const bin =
    fakeGo(`echo "go: $2: $2: reading https://proxy.golang.org/${MODULE}/@v/${V4}.info: 403 Forbidden" >&2
printf '\\tserver response: This module version is not available.\\n' >&2
exit 1`);
  const r = run(bin);
  expect(r.status).toBe(1);
  expect(r.stderr.split('\n')).toEqual([
    `okta-provider: cannot build terraform-provider-okta 4.20.0 (${MODULE}@${V4}): the Go module proxy refused it: 403 Forbidden (server response: This module version is not available.)`,
    `okta-provider: retry with: GOBIN='${out('gobin', '4.20.0')}' go install ${MODULE}@${V4}`,
    'okta-provider: then run again: npm run okta-provider',
    '',
  ]);
  expect(fs.existsSync(mirrorBinary('4.20.0'))).toBe(false);
  expect(fs.existsSync(out('terraform.rc'))).toBe(false);
  expect(r.stdout).not.toContain('TF_CLI_CONFIG_FILE=');
});

test('an unreachable proxy is told apart from a refusal', () => {
  const r = run(
    fakeGo(
      `echo "go: $2: Get \\"https://proxy.golang.org/${MODULE}/@v/${V4}.info\\": dial tcp: lookup proxy.golang.org: no such host" >&2; exit 1`,
    ),
  );
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(
    `(${MODULE}@${V4}): the Go module proxy is unreachable: go: ${MODULE}@${V4}: Get`,
  );
  expect(r.stderr).toContain(`retry with: GOBIN='${out('gobin', '4.20.0')}' go install ${MODULE}@${V4}`);
});

test('without Go on PATH it stops with exit 1 and says to install Go', () => {
  const r = run(path.join(work, 'no-go-here'));
  expect(r.status).toBe(1);
  expect(r.stderr).toBe(
    `okta-provider: Go is not on PATH; it is needed to build terraform-provider-okta 4.20.0 (${MODULE}@${V4}).\n` +
      'okta-provider: Install Go 1.24 or later (https://go.dev/dl/), then run again: npm run okta-provider\n',
  );
});

test('real terraform init installs the provider from the mirror with the written config, offline', () => {
  expect(run(fakeGo(BUILDS)).status).toBe(0);
  const project = path.join(work, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(
    path.join(project, 'main.tf'),
    'terraform {\n  required_providers {\n    okta = {\n      source  = "okta/okta"\n      version = "4.20.0"\n    }\n  }\n}\n',
  );
  const init = spawnSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], {
    cwd: project,
    env: {
      PATH: process.env.PATH,
      HOME: work,
      TF_CLI_CONFIG_FILE: out('terraform.rc'),
      CHECKPOINT_DISABLE: '1',
    },
    encoding: 'utf8',
  });
  expect(init.stderr).toBe('');
  expect(init.stdout).toContain('Installing okta/okta v4.20.0...');
  expect(init.status).toBe(0);
  const installed = path.join(
    project,
    '.terraform',
    'providers',
    'registry.terraform.io',
    'okta',
    'okta',
    '4.20.0',
    PLATFORM,
  );
  expect(fs.readdirSync(installed)).toEqual(['terraform-provider-okta_v4.20.0']);
});
