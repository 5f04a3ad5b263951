import { checkOutputFile, OutputFileRules, writeAtomically } from './output-file';
import * as path from 'path';
import { ADOPTION_SCHEMA } from '../adoption/adoption-file';
import { discoverAdoption } from '../adoption/discover-adoption';
import { renderAdoptionJson, renderAdoptionText } from '../adoption/render-adoption';
import { InputError } from '../errors';
import { IntegrationManifest, StackManifest } from '../manifest/integration-manifest';
import { integrationProviderOrg, ProviderOrg } from '../manifest/integration-provider-org';
import { selectIntegration } from '../manifest/read-synthesized-app';
import {
  checkOrgUrl,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  OktaApiClient,
  orgUrlFromEnv,
} from '../okta-api/okta-api-client';
import { redactSecret } from '../text/redact-secret';
import { JsonSyntaxError, parseStrictJson } from '../text/strict-json';
import { isObject } from '../settings/value-checks';
import { OktaApiError } from '../okta-api/okta-api-error';
import { readCaFile } from '../preflight/ca-file';
import { CliIo } from '../process/cli-io';
import { appInputFiles, readAppFolder } from './app-folders';
import { defineCommand } from './command-definition';
import { CommandValues, durationOption, wholeNumberOption } from './command-options';
import { exitCodeFor } from '../process/exit-codes';

const COMMAND = 'adopt';

const MIB = 1024 * 1024;

/** The line of `cdktf-okta-ldap --help`. */
const SUMMARY = 'Find the Okta objects that already exist (read-only) and write the adoption file';

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
  (the stack)                    The org the integration's okta provider sets (org_name, base_url),
                                 aliased or not; --org-url or OKTA_ORG_NAME naming another is refused
  OKTA_ORG_NAME, OKTA_BASE_URL   Else the org is https://<OKTA_ORG_NAME>.<OKTA_BASE_URL> (default okta.com)
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
                         same folder, renamed over FILE. FILE must be new, empty, or an adoption file
                         (its keys in any order); never a folder, a symbolic link, the --ca-file or a
                         file of the synthesized app (exit 2, nothing written).
  --json                 The findings as JSON (schema cdktf-okta-ldap/adopt@1) instead of the table
  -h, --help             This help

Exit codes: 0 no conflict, 1 a conflict was found, 2 usage or input error, or Okta could not be read
(network, TLS, timeout, refused token, rate limit, a cap reached), 4 internal error (a bug in
cdktf-okta-ldap: please report it).
`;

/**
 * The most bytes of an existing file `--write` reads to see whether it is an adoption file: far above
 * any file adopt writes (2,000 mappings with names of Okta's longest make under 1 MB); a longer file is
 * refused.
 */
const MAX_ADOPTION_FILE_BYTES = 16 * MIB;

/**
 * Whether a file's text is an adoption file: one JSON object, no key repeated, whose `"schema"` is
 * the adoption file's, wherever it stands (a user's tool may reorder or re-indent the keys). The only
 * existing file `--write` replaces, besides an empty one.
 */
function isAdoptionFile(text: string): boolean {
  try {
    const { value, duplicates } = parseStrictJson(text.replace(/^\uFEFF/, ''));
    return duplicates.length === 0 && isObject(value) && value['schema'] === ADOPTION_SCHEMA;
  } catch (e) {
    if (e instanceof JsonSyntaxError) return false;
    throw e;
  }
}

/** The adoption file `--write` names: never an input, never a file adopt did not write. */
const ADOPTION_FILE: OutputFileRules = {
  option: '--write',
  command: COMMAND,
  written: 'the adoption file',
  example: 'okta-adoption.json',
  madeByUs: isAdoptionFile,
  madeByUsReads: MAX_ADOPTION_FILE_BYTES,
};

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

/** `cdktf-okta-ldap adopt`: a thin shell over `discoverAdoption`. */
export const adoptCommand = defineCommand(
  { command: COMMAND, summary: SUMMARY, help: HELP, options: OPTIONS },
  async ({ values }, io) => adopt(values, io),
);

async function adopt(values: CommandValues<typeof OPTIONS>, io: CliIo): Promise<number> {
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
    writeAtomically(run.write, values.write!, '--write', redactSecret(content, run.token));
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
  const app = readAppFolder(path.resolve(io.cwd, values.out ?? 'cdktf.out'));
  const { stack, integration } = selectIntegration(app.stacks, {
    ...(values.stack !== undefined ? { stack: values.stack } : {}),
    ...(values.integration !== undefined ? { integration: values.integration } : {}),
  });
  const orgUrl = resolveOrgUrl(values['org-url'], io.env, integrationProviderOrg(stack, integration));
  const token = resolveToken(io.env);
  const caFile = values['ca-file'] !== undefined ? path.resolve(io.cwd, values['ca-file']) : undefined;
  const ca = caFile !== undefined ? readCaFile(caFile, '--ca-file') : undefined;
  const write = values.write !== undefined ? path.resolve(io.cwd, values.write) : undefined;
  if (write !== undefined) {
    checkOutputFile(write, values.write!, ADOPTION_FILE, [
      ...appInputFiles(app, 'synthesized'),
      ...(caFile !== undefined ? [[caFile, 'the --ca-file'] as const] : []),
    ]);
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

/** The same error, with the token replaced by <redacted> in its message and stack. */
function redactError(e: unknown, token: string): unknown {
  if (!(e instanceof Error)) return typeof e === 'string' ? redactSecret(e, token) : e;
  e.message = redactSecret(e.message, token);
  if (e.stack !== undefined) e.stack = redactSecret(e.stack, token);
  return e;
}

/**
 * The org to search: the one the integration's okta provider sets in the stack, when it sets one
 * (refused, exit 2, when --org-url or OKTA_ORG_NAME/OKTA_BASE_URL name another); else --org-url, else
 * the environment.
 */
function resolveOrgUrl(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  fromStack: ProviderOrg | undefined,
): string {
  if (fromStack !== undefined) return stackOrgUrl(flag, env, fromStack);
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

/** The org of the integration's provider, checked against --org-url or the environment when given. */
function stackOrgUrl(flag: string | undefined, env: NodeJS.ProcessEnv, fromStack: ProviderOrg): string {
  let orgUrl: string;
  try {
    orgUrl = checkOrgUrl(fromStack.orgUrl);
  } catch (e) {
    throw new InputError(
      `the integration's okta provider (${fromStack.provider}) sets org_name/base_url to ${fromStack.orgUrl}: ${(e as Error).message}. Fix the provider's org_name and base_url.`,
    );
  }
  const given = flag ?? orgUrlFromEnv(env);
  if (given === undefined) return orgUrl;
  const source = flag !== undefined ? '--org-url' : 'OKTA_ORG_NAME/OKTA_BASE_URL';
  let givenUrl: string | undefined;
  try {
    givenUrl = checkOrgUrl(given);
  } catch {
    givenUrl = undefined;
  }
  if (givenUrl?.toLowerCase() !== orgUrl.toLowerCase()) {
    throw new InputError(
      `the integration's okta provider (${fromStack.provider}) targets the org ${orgUrl}, but ${source} names ${given}: adopt would search another org than the one the deploy changes. ${flag !== undefined ? 'Drop --org-url' : 'Unset OKTA_ORG_NAME and OKTA_BASE_URL'} (adopt takes the provider's org), or make it name ${orgUrl}.`,
    );
  }
  return orgUrl;
}
