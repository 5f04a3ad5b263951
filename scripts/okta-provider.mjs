#!/usr/bin/env node
// `npm run okta-provider`: builds the okta Terraform provider from its Go module for the versions the
// tests use and lays them out as a Terraform filesystem mirror, then writes a CLI config that uses
// it. The last line printed is `TF_CLI_CONFIG_FILE=<path>`: export it, and `terraform init` finds
// registry.terraform.io/okta/okta offline.
//
// The module path has no major-version suffix, so `go install …@v4.20.0` is refused by Go: the tags
// are installed as their v0 pseudo-versions (the binary still reports its real version).
// Folder: .tmp/okta-provider/ (ignored; OKTA_PROVIDER_DIR overrides it):
//   gobin/<version>/terraform-provider-okta                      what `go install` wrote
//   mirror/registry.terraform.io/okta/okta/<version>/<os>_<arch>/terraform-provider-okta_v<version>
//   terraform.rc                                                   the CLI config
// A version whose mirror binary exists is not built again. A missing Go, an unreachable module
// proxy, a refusal by the proxy or a failed build stops with exit 1, naming the module version,
// what Go or the proxy answered, and the exact command to retry.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MODULE = 'github.com/okta/terraform-provider-okta';
/** Release tag -> the v0 pseudo-version of its commit. */
export const VERSIONS = [
  { version: '4.20.0', pseudo: 'v0.0.0-20250610104238-1924ec5199ea' },
  { version: '6.12.0', pseudo: 'v0.0.0-20260610080325-e59c130b0b6e' },
];

const USAGE = `Usage: npm run okta-provider [-- --help]

Builds terraform-provider-okta ${VERSIONS.map((v) => v.version).join(' and ')} with 'go install' into
.tmp/okta-provider/ (or $OKTA_PROVIDER_DIR), lays them out as a Terraform filesystem mirror, writes
a CLI config there and prints TF_CLI_CONFIG_FILE=<path> as the last line. Built versions are reused.`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.env.OKTA_PROVIDER_DIR || path.join(root, '.tmp', 'okta-provider'));
const ARCH = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };
const platform = `${process.platform === 'win32' ? 'windows' : process.platform}_${ARCH[process.arch] ?? process.arch}`;

/** Stops with exit 1 and a message (every line prefixed). */
function fail(lines) {
  for (const line of lines) process.stderr.write(`okta-provider: ${line}\n`);
  process.exit(1);
}

/** The shell command that retries one build by hand. */
function retryCommand(v) {
  return `GOBIN='${path.join(dir, 'gobin', v.version)}' go install ${MODULE}@${v.pseudo}`;
}

/** Why `go install` failed, from its output: the proxy refused, the proxy is unreachable, or the build failed. */
function diagnose(output) {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const status = lines.find(
    (l) => /\b(4\d\d|5\d\d) [A-Z][A-Za-z ]+$/.test(l) || /: (4\d\d|5\d\d) [A-Z]/.test(l),
  );
  const response = lines.find((l) => l.startsWith('server response:'));
  if (status !== undefined) {
    const code = /\b([45]\d\d [A-Za-z ]+)$/.exec(status)?.[1] ?? status;
    return `the Go module proxy refused it: ${code}${response !== undefined ? ` (${response})` : ''}`;
  }
  const network = lines.find((l) =>
    /dial tcp|no such host|connection refused|i\/o timeout|TLS handshake timeout|network is unreachable/.test(
      l,
    ),
  );
  if (network !== undefined) return `the Go module proxy is unreachable: ${network}`;
  return `the build failed: ${lines.slice(-3).join(' / ') || 'no output'}`;
}

function build(v, mirrorBinary) {
  const gobin = path.join(dir, 'gobin', v.version);
  mkdirSync(gobin, { recursive: true });
  process.stdout.write(`building terraform-provider-okta ${v.version} (${MODULE}@${v.pseudo})…\n`);
  const r = spawnSync('go', ['install', `${MODULE}@${v.pseudo}`], {
    env: { ...process.env, GOBIN: gobin },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error?.code === 'ENOENT')
    fail([
      `Go is not on PATH; it is needed to build terraform-provider-okta ${v.version} (${MODULE}@${v.pseudo}).`,
      'Install Go 1.24 or later (https://go.dev/dl/), then run again: npm run okta-provider',
    ]);
  if (r.error !== undefined) fail([`cannot run go: ${r.error.message}`, `retry with: ${retryCommand(v)}`]);
  if (r.status !== 0)
    fail([
      `cannot build terraform-provider-okta ${v.version} (${MODULE}@${v.pseudo}): ${diagnose(`${r.stderr}\n${r.stdout}`)}`,
      `retry with: ${retryCommand(v)}`,
      'then run again: npm run okta-provider',
    ]);
  const built = path.join(
    gobin,
    process.platform === 'win32' ? 'terraform-provider-okta.exe' : 'terraform-provider-okta',
  );
  if (!existsSync(built))
    fail([`go install succeeded but wrote no ${built}`, `retry with: ${retryCommand(v)}`]);
  mkdirSync(path.dirname(mirrorBinary), { recursive: true });
  // Copied under a temporary name and renamed, so an interrupted run never leaves half a binary to reuse.
  copyFileSync(built, `${mirrorBinary}.partial`);
  chmodSync(`${mirrorBinary}.partial`, 0o755);
  renameSync(`${mirrorBinary}.partial`, mirrorBinary);
}

function cliConfig(mirror) {
  return [
    '# Written by npm run okta-provider: registry.terraform.io/okta/okta comes from the local mirror only.',
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${JSON.stringify(mirror)}`,
    '    include = ["registry.terraform.io/okta/okta"]',
    '  }',
    '  direct {',
    '    exclude = ["registry.terraform.io/okta/okta"]',
    '  }',
    '}',
    '',
  ].join('\n');
}

function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.length > 0) fail([`unknown argument '${args[0]}' (allowed: --help)`]);
  const mirror = path.join(dir, 'mirror');
  for (const v of VERSIONS) {
    const binary = path.join(
      mirror,
      'registry.terraform.io',
      'okta',
      'okta',
      v.version,
      platform,
      `terraform-provider-okta_v${v.version}`,
    );
    if (existsSync(binary)) {
      process.stdout.write(`terraform-provider-okta ${v.version}: already built (${binary})\n`);
      continue;
    }
    build(v, binary);
    process.stdout.write(`terraform-provider-okta ${v.version}: ${binary}\n`);
  }
  const config = path.join(dir, 'terraform.rc');
  const text = cliConfig(mirror);
  if (!existsSync(config) || readFileSync(config, 'utf8') !== text) writeFileSync(config, text);
  process.stdout.write(`TF_CLI_CONFIG_FILE=${config}\n`);
}

main();
