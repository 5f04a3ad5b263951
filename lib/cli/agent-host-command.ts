import * as path from 'path';
import { runAgentHost } from '../agent-host/run-agent-host';
import { WindowsTls12Format, windowsTls12Settings } from '../agent-host/windows-tls12';
import { readCaFile } from '../preflight/ca-file';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_OPERATION_TIMEOUT_MS } from '../preflight/preflight-options';
import {
  renderAgentHostJson,
  renderAgentHostMarkdown,
  renderAgentHostText,
} from '../agent-host/render-agent-host';
import { ExitCode } from '../process/cli-io';
import { exitCodeFor } from '../process/exit-codes';
import { defineCommand } from './command-definition';
import { choiceOption, usageError } from './command-options';
import { DIRECTORY_CHECK_OPTIONS, readDirectoryCheckInputs } from './directory-check-options';
import { SETTINGS_SOURCE_HELP } from './settings-source';

const COMMAND = 'agent-host';

/** The line of `cdktf-okta-ldap --help`. */
const SUMMARY = 'Check the machine that will host the Okta LDAP agent (OS, TLS 1.2, reach to LDAP and Okta)';

const HELP = `Usage: cdktf-okta-ldap agent-host [options]
       cdktf-okta-ldap agent-host --print-windows-tls12 [--format powershell|reg]

Run on the machine that will host the Okta LDAP agent. Checks, read-only and without a password:
the operating system (Windows Server 2012-2022, or Linux with RPM or DPKG packages) and CPU, on
Windows the four SCHANNEL registry values that enable TLS 1.2, the OS FIPS mode against
agent.fipsOnly, the LDAP host and port reached with TLS 1.2 (the agent's protocol) and the
preflight's certificate checks, the private CA's import into the agent's Java trust store (with
--ca-file), and the Okta org URL (agent.oktaOrgUrl) reached over HTTPS with TLS 1.2, through
agent.proxyUrl when set.

${SETTINGS_SOURCE_HELP}

Connection:
  --ca-file FILE          PEM CA bundle that signs the LDAP server certificate. Default with
                          --out: the integration's preflightGuardOptions.caFile, if set
  --okta-ca-file FILE     PEM CA bundle for the Okta org's certificate (e.g. a TLS-inspecting proxy's)
  --connect-timeout T     TCP connect + TLS handshake timeout. Default: ${DEFAULT_CONNECT_TIMEOUT_MS / 1000}s
  --operation-timeout T   Timeout of each answer after the handshake. Default: ${DEFAULT_OPERATION_TIMEOUT_MS / 1000}s

Windows TLS 1.2 settings as code (prints them; reads no settings, checks nothing):
  --print-windows-tls12   An idempotent PowerShell script setting the four TLS 1.2 values
  --format FORMAT         powershell (default) or reg (a .reg file for 'reg import')

Output:
  (default)               Text
  --json                  The report as JSON (schema cdktf-okta-ldap/agent-host@1)
  --markdown              The report as Markdown
  -h, --help              This help

Exit codes: 0 no check failed (warnings allowed), 1 a check failed, 2 usage or input error,
4 internal error (a bug in cdktf-okta-ldap: please report it).
Check ids and fixes: docs/agent-host.md.
`;

const RENDERERS = {
  json: renderAgentHostJson,
  markdown: renderAgentHostMarkdown,
  text: renderAgentHostText,
} as const;

/** `--print-windows-tls12 [--format F]`: prints the settings; reads no settings, checks nothing. */
const WINDOWS_TLS12_OPTIONS = {
  'print-windows-tls12': { type: 'boolean' },
  format: { type: 'string' },
} as const;

const OPTIONS = {
  ...DIRECTORY_CHECK_OPTIONS,
  'okta-ca-file': { type: 'string' },
  ...WINDOWS_TLS12_OPTIONS,
} as const;

/** `cdktf-okta-ldap agent-host`: a thin shell over `runAgentHost`, and the Windows TLS 1.2 settings. */
export const agentHostCommand = defineCommand(
  { command: COMMAND, summary: SUMMARY, help: HELP, options: OPTIONS },
  async ({ values }, io) => {
    if (values['print-windows-tls12'] === true) {
      const formats = Object.values(WindowsTls12Format);
      const format = choiceOption(COMMAND, '--format', values.format, formats, WindowsTls12Format.POWERSHELL);
      io.stdout.write(windowsTls12Settings(format));
      return ExitCode.OK;
    }
    if (values.format !== undefined) {
      throw usageError(COMMAND, '--format applies only to --print-windows-tls12');
    }
    const inputs = readDirectoryCheckInputs(COMMAND, values, io.cwd);
    const oktaCa =
      values['okta-ca-file'] !== undefined
        ? readCaFile(path.resolve(io.cwd, values['okta-ca-file']), '--okta-ca-file')
        : undefined;
    const { ca } = inputs;
    const report = await runAgentHost(inputs.source.model, {
      ...(ca !== undefined ? { ca: ca.pem, caFile: ca.file, caSource: ca.source } : {}),
      ...(oktaCa !== undefined ? { oktaCa } : {}),
      connectTimeoutMs: inputs.connectTimeoutMs,
      operationTimeoutMs: inputs.operationTimeoutMs,
    });
    io.stdout.write(RENDERERS[inputs.format](report));
    return exitCodeFor({ passed: report.ok });
  },
);
