import * as fs from 'fs';
import * as path from 'path';
import { discoverAdoption } from '../adoption-discovery/discover-adoption';
import { renderAdoptionJson, renderAdoptionText } from '../adoption-discovery/render-adoption';
import { InputError } from '../errors';
import { readSynthesizedApp, selectIntegration } from '../manifest/read-synthesized-app';
import { checkOrgUrl, OktaApiClient, orgUrlFromEnv } from '../okta-api/okta-api-client';
import { OktaApiError } from '../okta-api/okta-api-error';
import { readCaFile } from '../preflight/ca-file';
import { CliIo, ExitCode } from '../shared/cli-io';
import { parseCommandOptions } from './command-options';
import { parseDuration } from './settings-source';

const DEFAULT_TIMEOUT_MS = 30_000;

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
  OKTA_API_TOKEN                 API token (read-only administrator is enough); never printed.
                                 OAuth (OKTA_API_CLIENT_ID, …) is not supported by adopt.

Connection:
  --ca-file FILE         PEM CA bundle trusted instead of the built-in roots (TLS-inspecting proxy)
  --timeout T            Timeout of each request. Default: ${DEFAULT_TIMEOUT_MS / 1000}s ("30", "2.5", "30s" or "500ms")
                         HTTP 429 is waited out until X-Rate-Limit-Reset (3 retries, at most 60 s each).

Output:
  --write FILE           Write the adoption file (the ids to adopt) to FILE
  --json                 The findings as JSON (schema cdktf-okta-ldap/adopt@1) instead of the table
  -h, --help             This help

Exit codes: 0 no conflict, 1 a conflict was found, 2 usage, input or Okta API error.
`;

/** `cdktf-okta-ldap adopt`: a thin shell over `discoverAdoption`. */
export async function adoptCommand(argv: string[], io: CliIo): Promise<number> {
  const values = parse(argv);
  if (values.help === true) {
    io.stdout.write(HELP);
    return ExitCode.OK;
  }
  const outdir = path.resolve(io.cwd, values.out ?? 'cdktf.out');
  const { stack, integration } = selectIntegration(readSynthesizedApp(outdir), {
    ...(values.stack !== undefined ? { stack: values.stack } : {}),
    ...(values.integration !== undefined ? { integration: values.integration } : {}),
  });
  const orgUrl = resolveOrgUrl(values['org-url'], io.env);
  const token = io.env['OKTA_API_TOKEN']?.trim();
  if (token === undefined || token === '') {
    throw new InputError(
      io.env['OKTA_API_CLIENT_ID'] !== undefined
        ? 'adopt reads Okta with an API token only; OAuth (OKTA_API_CLIENT_ID) is not supported. Set OKTA_API_TOKEN to a token of a read-only administrator.'
        : 'OKTA_API_TOKEN is not set. Set it to an Okta API token (Security > API > Tokens; a read-only administrator is enough).',
    );
  }
  const ca =
    values['ca-file'] !== undefined
      ? readCaFile(path.resolve(io.cwd, values['ca-file']), '--ca-file')
      : undefined;
  const write = values.write !== undefined ? path.resolve(io.cwd, values.write) : undefined;
  if (write !== undefined && !fs.existsSync(path.dirname(write))) {
    throw new InputError(`--write ${values.write}: the folder ${path.dirname(write)} does not exist.`);
  }
  const api = new OktaApiClient({
    orgUrl,
    token,
    timeoutMs: parseDuration(values.timeout, '--timeout', DEFAULT_TIMEOUT_MS),
    ...(ca !== undefined ? { ca } : {}),
  });

  let discovery;
  try {
    discovery = await discoverAdoption(integration, api);
  } catch (e) {
    if (!OktaApiError.isOktaApiError(e)) throw e;
    io.stderr.write(`cdktf-okta-ldap adopt: ${e.message}\n`);
    return ExitCode.USAGE;
  }
  if (write !== undefined) {
    const temp = `${write}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(discovery.adoption, null, 2) + '\n');
    fs.renameSync(temp, write);
  }
  const context = {
    stack: stack.stack,
    integration: integration.id,
    orgUrl,
    ...(values.write !== undefined ? { written: values.write } : {}),
  };
  io.stdout.write(
    values.json === true ? renderAdoptionJson(discovery, context) : renderAdoptionText(discovery, context),
  );
  return discovery.findings.some((f) => f.status === 'conflict') ? ExitCode.CHECK_FAILED : ExitCode.OK;
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

function parse(argv: string[]) {
  return parseCommandOptions('adopt', argv, {
    out: { type: 'string' },
    stack: { type: 'string' },
    integration: { type: 'string' },
    'org-url': { type: 'string' },
    'ca-file': { type: 'string' },
    timeout: { type: 'string' },
    write: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
}
