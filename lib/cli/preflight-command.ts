import { BIND_PASSWORD_ENV } from '../manifest/guard-contract';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_OPERATION_TIMEOUT_MS,
  DEFAULT_OVERALL_TIMEOUT_MS,
} from '../preflight/preflight-options';
import { PREFLIGHT_REPORT_SCHEMA } from '../preflight/finding';
import { runPreflight } from '../preflight/run-preflight';
import { renderJson } from '../preflight/render/json';
import { renderMarkdown } from '../preflight/render/markdown';
import { renderProgressLine, renderText } from '../preflight/render/text';
import { preflightExitCode } from '../preflight/report-exit-code';
import { defineCommand } from './command-definition';
import { durationOption, usageError } from './command-options';
import { DIRECTORY_CHECK_OPTIONS, readDirectoryCheckInputs } from './directory-check-options';
import { SETTINGS_SOURCE_HELP } from './settings-source';

const COMMAND = 'preflight';

/** The line of `cdktf-okta-ldap --help`. */
const SUMMARY = 'Bind to the LDAP directory over LDAPS and check the integration settings and mappings';

const HELP = `Usage: cdktf-okta-ldap preflight [options]

Binds to the LDAP directory over LDAPS (or StartTLS) with the integration's settings and checks,
over one read-only connection: the bind password is present, TLS (certificate, host name, expiry),
the bind, the root/user/group search bases, the user, group and role filters, the attributes the
settings name, the unique identifier, every LDAP group named in a group or role mapping, and
optionally one example user. Nothing is written to the directory.

${SETTINGS_SOURCE_HELP}

Password (never on the command line):
  ${BIND_PASSWORD_ENV}      Environment variable with the bind DN's password
  --password-stdin        Read the password from stdin instead (one trailing newline is dropped)

Connection:
  --connection-from DIR   Synthesized app folder to take the connection from (e.g. the base branch's
                          cdktf.out): host, port, connection security, bind DN and the recorded CA of
                          the same --stack / --integration there; the rest comes from --out. The bind
                          password then only goes to that app's directory. A connection of --out that
                          differs is named in PF-TRUSTED-CONNECTION (warn). Not with --settings
  --ca-file FILE          PEM CA bundle that signs the server certificate (replaces the built-in roots).
                          Default with --out: the integration's preflightGuardOptions.caFile, if set
                          (with --connection-from: the one the trusted app records)
  --connect-timeout T     TCP connect + TLS handshake timeout. Default: ${DEFAULT_CONNECT_TIMEOUT_MS / 1000}s
  --operation-timeout T   Timeout of each LDAP operation. Default: ${DEFAULT_OPERATION_TIMEOUT_MS / 1000}s
  --timeout T             Overall timeout of the whole preflight. Default: ${DEFAULT_OVERALL_TIMEOUT_MS / 1000}s
                          T is seconds ("30", "2.5", "30s"), milliseconds ("500ms") or minutes ("5m").

Checks:
  --example-user USER     Also show one user like Okta's "Test configuration" (email or uid)

Output (stdout; progress lines go to stderr when it is a terminal):
  (default)               Text, coloured on a terminal unless NO_COLOR is set
  --json                  The report as JSON (schema ${PREFLIGHT_REPORT_SCHEMA})
  --markdown              The report as Markdown (for a pull-request comment)
  -h, --help              This help

Exit codes: 0 no check failed (warnings allowed), 1 a check failed, 2 usage or input error (also: no
bind password given), 4 internal error (a bug in cdktf-okta-ldap: please report it).
Check ids and fixes: docs/preflight.md.
`;

const OPTIONS = {
  ...DIRECTORY_CHECK_OPTIONS,
  'connection-from': { type: 'string' },
  'password-stdin': { type: 'boolean' },
  'example-user': { type: 'string' },
  timeout: { type: 'string' },
} as const;

/** `cdktf-okta-ldap preflight`: a thin shell over `runPreflight` and the renderers. */
export const preflightCommand = defineCommand(
  { command: COMMAND, summary: SUMMARY, help: HELP, options: OPTIONS, checkArgv: refusePasswordFlags },
  async ({ values }, io) => {
    const inputs = readDirectoryCheckInputs(COMMAND, values, io.cwd, values['connection-from']);
    const overallTimeoutMs = durationOption(COMMAND, '--timeout', values.timeout, DEFAULT_OVERALL_TIMEOUT_MS);
    if (values['example-user'] !== undefined && values['example-user'].trim() === '') {
      throw usageError(COMMAND, '--example-user must be an email address or a uid, got an empty value');
    }
    const bindPassword =
      values['password-stdin'] === true
        ? stripNewline(await io.readStdin())
        : (io.env[BIND_PASSWORD_ENV] ?? '');

    const stderrIsTty = (io.stderr as { isTTY?: boolean }).isTTY === true;
    const colour = io.stdout.isTTY === true && (io.env.NO_COLOR === undefined || io.env.NO_COLOR === '');
    const { ca } = inputs;
    const report = await runPreflight(inputs.source.model, {
      bindPassword,
      connectTimeoutMs: inputs.connectTimeoutMs,
      operationTimeoutMs: inputs.operationTimeoutMs,
      overallTimeoutMs,
      ...(ca !== undefined ? { ca: ca.pem, caSource: ca.source } : {}),
      ...(inputs.connectionFrom !== undefined ? { connectionFrom: inputs.connectionFrom } : {}),
      ...(values['example-user'] !== undefined ? { exampleUser: values['example-user'] } : {}),
      ...(stderrIsTty ? { onProgress: (f) => io.stderr.write(renderProgressLine(f, { colour })) } : {}),
    });
    if (inputs.format === 'json') io.stdout.write(renderJson(report));
    else if (inputs.format === 'markdown') io.stdout.write(renderMarkdown(report));
    else io.stdout.write(renderText(report, { colour }));
    return preflightExitCode(report);
  },
);

/** A password flag is refused before parsing: the parser would only call it unknown. */
function refusePasswordFlags(argv: readonly string[]): void {
  for (const arg of argv) {
    if (arg === '--') break;
    if (/^--?(password|passwd|pass|bind-password|pw|p)(=|$)/i.test(arg)) {
      throw usageError(
        COMMAND,
        `${arg.split('=')[0]} is not accepted: a password on the command line is visible to other users (ps, shell history, CI logs). Set ${BIND_PASSWORD_ENV} in the environment, or pipe it in with --password-stdin`,
      );
    }
  }
}

function stripNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}
