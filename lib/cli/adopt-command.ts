import * as fs from 'fs';
import * as path from 'path';
import { discoverAdoption } from '../adoption/discover-adoption';
import { renderAdoptionJson, renderAdoptionText } from '../adoption/render-adoption';
import { InputError } from '../errors';
import { IntegrationManifest, StackManifest } from '../manifest/integration-manifest';
import { readSynthesizedApp, selectIntegration } from '../manifest/read-synthesized-app';
import {
  checkOrgUrl,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  OktaApiClient,
  orgUrlFromEnv,
} from '../okta-api/okta-api-client';
import { redactSecret } from '../text/redact-secret';
import { OktaApiError } from '../okta-api/okta-api-error';
import { readCaFile } from '../preflight/ca-file';
import { CliIo, ExitCode } from '../process/cli-io';
import {
  CommandLine,
  CommandValues,
  durationOption,
  parseCommandLine,
  wholeNumberOption,
} from './command-options';
import { exitCodeFor } from '../process/exit-codes';

const COMMAND = 'adopt';

const MIB = 1024 * 1024;

const HELP = `Usage: cdktf-okta-ldap adopt [--out cdktf.out] [--stack NAME] [--integration ID] [--write FILE] [--json]

Finds which Okta objects of an integration's mappings already exist (made by hand in the Admin
Console), read-only: imported LDAP groups (exact name, type APP_GROUP, from the integration's LDAP
app), Okta groups by exact name, group rules by name (and whether each fills the mapped group with
isMemberOfAnyGroup of the LDAP group), the role assignments of each imported LDAP group (and their
targets), password policies by name. Prints one row per resource: adopt (import it), create (it
does not exist), or conflict (what differs and what to do). With --write, writes the adoption file
for the construct's adoptionFile prop: the adopted resources then plan as imports, not creates.

Only GET requests are sent. Nothing in Okta changes.

Integration:
  --out DIR              Synthesized app folder (run 'cdktf synth' first). Default: cdktf.out
  --stack NAME           Stack holding the integration (when several hold one)
  --integration ID       Construct id (or path) of the integration (when several)

Okta org and token (the okta provider's own environment variables):
  OKTA_ORG_NAME, OKTA_BASE_URL   The org is https://<OKTA_ORG_NAME>.<OKTA_BASE_URL> (default okta.com)
  --org-url URL                  Or the org URL itself, e.g. https://acme.okta.com
  OKTA_API_TOKEN                 API token (read-only administrator is enough); never printed, and
                                 shown as <redacted> wherever Okta's answer echoes it.
                                 OAuth (OKTA_API_CLIENT_ID, …) is not supported by adopt.

Connection:
  --ca-file FILE         PEM CA bundle trusted instead of the built-in roots (TLS-inspecting proxy)
  --timeout T            The longest one request may take in total: connecting, the headers and the
                         whole body. Default: ${DEFAULT_TIMEOUT_MS / 1000}s ("30", "2.5", "30s" or "500ms")
                         HTTP 429 is waited out until X-Rate-Limit-Reset (3 retries, at most 60 s each).
  --max-pages N          The most pages read in the whole run, over every listing. Default: ${DEFAULT_MAX_PAGES}
  --max-mib N            The most MiB of answers read in the whole run. Default: ${DEFAULT_MAX_BYTES / MIB}
                         (adopt's searches read a few small pages; a cap reached means a pagination
                         loop, or something other than Okta answering)

Output:
  --write FILE           Write the adoption file (the ids to adopt) to FILE: a temporary file in the
                         same folder, renamed over FILE. FILE must not be a folder, the --ca-file or a
                         file of the synthesized app.
  --json                 The findings as JSON (schema cdktf-okta-ldap/adopt@1) instead of the table
  -h, --help             This help

Exit codes: 0 no conflict, 1 a conflict was found, 2 usage or input error, or Okta could not be read
(network, TLS, timeout, refused token, rate limit, a cap reached), 4 internal error (a bug in
cdktf-okta-ldap: please report it).
`;

/** Everything one run needs, checked before the first request. */
interface AdoptRun {
  readonly stack: StackManifest;
  readonly integration: IntegrationManifest;
  readonly orgUrl: string;
  readonly token: string;
  readonly api: OktaApiClient;
  /** Absolute path of the adoption file to write. */
  readonly write?: string;
}

/** `cdktf-okta-ldap adopt`: a thin shell over `discoverAdoption`. */
export async function adoptCommand(argv: string[], io: CliIo): Promise<number> {
  const line = parse(argv);
  if (line.help) {
    io.stdout.write(HELP);
    return ExitCode.OK;
  }
  const { values } = line;
  const run = prepare(values, io);
  let discovery;
  try {
    discovery = await discoverAdoption(run.integration, run.api);
  } catch (e) {
    if (!OktaApiError.isOktaApiError(e)) throw redactError(e, run.token);
    io.stderr.write(`cdktf-okta-ldap adopt: ${redactSecret(e.message, run.token)}\n`);
    return exitCodeFor({ error: e });
  }
  if (run.write !== undefined) {
    const content = JSON.stringify(discovery.adoption, null, 2) + '\n';
    writeAtomically(run.write, values.write!, redactSecret(content, run.token));
  }
  const context = {
    stack: run.stack.stack,
    integration: run.integration.id,
    orgUrl: run.orgUrl,
    ...(values.write !== undefined ? { written: values.write } : {}),
  };
  const out =
    values.json === true ? renderAdoptionJson(discovery, context) : renderAdoptionText(discovery, context);
  io.stdout.write(redactSecret(out, run.token));
  return exitCodeFor({ passed: !discovery.findings.some((f) => f.status === 'conflict') });
}

/** Reads and checks every input (app, org, token, CA, caps, the file to write); sends nothing. */
function prepare(values: CommandValues<typeof OPTIONS>, io: CliIo): AdoptRun {
  const outdir = path.resolve(io.cwd, values.out ?? 'cdktf.out');
  const stacks = readSynthesizedApp(outdir);
  const { stack, integration } = selectIntegration(stacks, {
    ...(values.stack !== undefined ? { stack: values.stack } : {}),
    ...(values.integration !== undefined ? { integration: values.integration } : {}),
  });
  const orgUrl = resolveOrgUrl(values['org-url'], io.env);
  const token = resolveToken(io.env);
  const caFile = values['ca-file'] !== undefined ? path.resolve(io.cwd, values['ca-file']) : undefined;
  const ca = caFile !== undefined ? readCaFile(caFile, '--ca-file') : undefined;
  const write = values.write !== undefined ? path.resolve(io.cwd, values.write) : undefined;
  if (write !== undefined) {
    const inputs: [string, string][] = [
      [path.join(outdir, 'manifest.json'), "the synthesized app's manifest.json"],
      ...stacks.map((s): [string, string] => [
        path.join(outdir, s.workingDirectory, 'cdk.tf.json'),
        `the synthesized stack ${s.stack}`,
      ]),
      ...(caFile !== undefined ? [[caFile, 'the --ca-file'] as [string, string]] : []),
    ];
    checkWriteTarget(write, values.write!, inputs);
  }
  const api = new OktaApiClient({
    orgUrl,
    token,
    timeoutMs: durationOption(COMMAND, '--timeout', values.timeout, DEFAULT_TIMEOUT_MS),
    maxPages: wholeNumberOption(COMMAND, '--max-pages', values['max-pages'], {
      min: 1,
      max: 1_000_000,
      fallback: DEFAULT_MAX_PAGES,
    }),
    maxBytes:
      wholeNumberOption(COMMAND, '--max-mib', values['max-mib'], {
        min: 1,
        max: 4096,
        fallback: DEFAULT_MAX_BYTES / MIB,
      }) * MIB,
    ...(ca !== undefined ? { ca } : {}),
  });
  return { stack, integration, orgUrl, token, api, ...(write !== undefined ? { write } : {}) };
}

function resolveToken(env: NodeJS.ProcessEnv): string {
  const token = env['OKTA_API_TOKEN']?.trim();
  if (token === undefined || token === '') {
    throw new InputError(
      env['OKTA_API_CLIENT_ID'] !== undefined
        ? 'adopt reads Okta with an API token only; OAuth (OKTA_API_CLIENT_ID) is not supported. Set OKTA_API_TOKEN to a token of a read-only administrator.'
        : 'OKTA_API_TOKEN is not set. Set it to an Okta API token (Security > API > Tokens; a read-only administrator is enough).',
    );
  }
  return token;
}

/**
 * Refuses a --write path that cannot take the file or would destroy an input: a missing folder, a
 * folder, or the same file (through any link) as one the run reads.
 */
function checkWriteTarget(write: string, given: string, inputs: readonly [string, string][]): void {
  const folder = path.dirname(write);
  const folderStat = statOrUndefined(folder);
  if (folderStat === undefined) {
    throw new InputError(
      `--write ${given}: the folder ${folder} does not exist. Create it, or write elsewhere.`,
    );
  }
  if (!folderStat.isDirectory()) {
    throw new InputError(`--write ${given}: ${folder} is not a folder. Give the path of a file in a folder.`);
  }
  const target = statOrUndefined(write);
  if (target === undefined) return;
  if (target.isDirectory()) {
    throw new InputError(
      `--write ${given}: ${write} is a folder. Give the path of the file to write, e.g. --write ${path.join(given, 'okta-adoption.json')}.`,
    );
  }
  for (const [input, what] of inputs) {
    const stat = statOrUndefined(input);
    if (stat !== undefined && stat.dev === target.dev && stat.ino === target.ino) {
      throw new InputError(
        `--write ${given}: ${write} is ${what}, which adopt reads; writing the adoption file there would destroy it. Write it elsewhere, e.g. --write okta-adoption.json.`,
      );
    }
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Writes a new file next to `file` and renames it over `file`; on any failure the new file is removed. */
function writeAtomically(file: string, given: string, content: string): void {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
  let created = false;
  try {
    fs.writeFileSync(temp, content, { flag: 'wx' });
    created = true;
    fs.renameSync(temp, file);
  } catch (e) {
    if (created) fs.rmSync(temp, { force: true });
    const { code = 'error', syscall = 'write' } = e as NodeJS.ErrnoException;
    throw new InputError(
      `--write ${given}: cannot write ${file} (${code} on ${syscall}); nothing was written. Check that it is not a folder and that its folder is writable, or write elsewhere.`,
    );
  }
}

/** The same error, with the token replaced by <redacted> in its message and stack. */
function redactError(e: unknown, token: string): unknown {
  if (!(e instanceof Error)) return typeof e === 'string' ? redactSecret(e, token) : e;
  e.message = redactSecret(e.message, token);
  if (e.stack !== undefined) e.stack = redactSecret(e.stack, token);
  return e;
}

function resolveOrgUrl(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const url = flag ?? orgUrlFromEnv(env);
  if (url === undefined) {
    throw new InputError(
      'no Okta org: set OKTA_ORG_NAME (and OKTA_BASE_URL when it is not okta.com), as for the okta provider, or pass --org-url https://<org>.okta.com.',
    );
  }
  try {
    return checkOrgUrl(url);
  } catch (e) {
    throw new InputError(
      `${flag !== undefined ? '--org-url' : 'OKTA_ORG_NAME/OKTA_BASE_URL'}: ${(e as Error).message}.`,
    );
  }
}

const OPTIONS = {
  out: { type: 'string' },
  stack: { type: 'string' },
  integration: { type: 'string' },
  'org-url': { type: 'string' },
  'ca-file': { type: 'string' },
  timeout: { type: 'string' },
  'max-pages': { type: 'string' },
  'max-mib': { type: 'string' },
  write: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function parse(argv: string[]): CommandLine<typeof OPTIONS> {
  return parseCommandLine({ command: COMMAND, options: OPTIONS }, argv);
}
