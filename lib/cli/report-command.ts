import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../errors';
import { readSynthesizedApp } from '../manifest/read-synthesized-app';
import { PREFLIGHT_REPORT_SCHEMA, type PreflightReport } from '../preflight/finding';
import { renderReport } from '../review/report-markdown';
import { CliIo, ExitCode } from '../process/cli-io';
import { defineCommand } from './command-definition';
import { array, bool, object, optional, str } from '../settings/value-checks';
import { CommandValues } from './command-options';

/** The line of `cdktf-okta-ldap --help`. */
const SUMMARY = 'Markdown review of the integrations in a synthesized app (for a pull-request comment)';

const HELP = `Usage: cdktf-okta-ldap report [--out cdktf.out] [--stack NAME] [--preflight-json FILE ...]

Prints a Markdown review of the Okta LDAP integrations in a synthesized app, for a pull-request
comment (readable in a terminal too): per integration, the settings an admin enters by hand in the
LDAP agent installer and the Okta Admin Console (Okta has no API for them), the user, group and
role mappings, the Okta resources that will exist, validation warnings, and preflight results.

Options:
  --out DIR              Synthesized app folder (run 'cdktf synth' first). Default: cdktf.out
  --stack NAME           Only this stack. Default: every stack
  --preflight-json FILE  A report written by 'cdktf-okta-ldap preflight --json'; shown under the
                         integration it was run against (same host, port and bind DN). Repeatable.
  -h, --help             This help

Exit codes: 0 report printed, 2 usage or input error (missing or malformed folder or file),
4 internal error (a bug in cdktf-okta-ldap: please report it).
`;

const OPTIONS = {
  out: { type: 'string' },
  stack: { type: 'string' },
  'preflight-json': { type: 'string', multiple: true },
} as const;

/** `cdktf-okta-ldap report`: a thin shell over `renderReport`. */
export const reportCommand = defineCommand(
  { command: 'report', summary: SUMMARY, help: HELP, options: OPTIONS },
  async ({ values }, io) => report(values, io),
);

async function report(values: CommandValues<typeof OPTIONS>, io: CliIo): Promise<number> {
  const outdir = path.resolve(io.cwd, values.out ?? 'cdktf.out');
  let stacks = readSynthesizedApp(outdir);
  if (values.stack !== undefined) {
    const names = stacks.map((s) => s.stack);
    stacks = stacks.filter((s) => s.stack === values.stack);
    if (stacks.length === 0) {
      throw new InputError(
        `no stack '${values.stack}' in ${outdir}. Stacks: ${names.join(', ') || '(none)'}. Pass one of them to --stack.`,
      );
    }
  }
  const preflight = (values['preflight-json'] ?? []).map((file) =>
    readPreflightJson(path.resolve(io.cwd, file)),
  );
  io.stdout.write(renderReport(stacks, { preflight }));
  return ExitCode.OK;
}

/** Reads a `preflight --json` report; InputError naming the file when it is missing or not one. */
export function readPreflightJson(file: string): PreflightReport {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new InputError(
      `preflight report not found: ${file}. Write one with 'cdktf-okta-ldap preflight --json > ${path.basename(file)}'.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new InputError(
      `${file} is not JSON (${(e as Error).message}). Pass the output of 'preflight --json'.`,
    );
  }
  const report = parsed as Partial<PreflightReport> | null;
  if (
    report?.schema !== PREFLIGHT_REPORT_SCHEMA ||
    !Array.isArray(report.findings) ||
    typeof report.host !== 'string' ||
    typeof report.port !== 'number'
  ) {
    throw new InputError(
      `${file} is not a preflight report (expected "schema": "${PREFLIGHT_REPORT_SCHEMA}", "host", "port" and a findings list). Pass the output of 'preflight --json'.`,
    );
  }
  try {
    checkPreflightFields(report);
  } catch (e) {
    if (!InputError.isInputError(e)) throw e;
    throw new InputError(`${file}: ${e.message}. Pass the output of 'preflight --json' unchanged.`);
  }
  return report as PreflightReport;
}

const FINDING_STATUSES: readonly unknown[] = ['pass', 'warn', 'fail', 'skipped'];

/** The fields a renderer prints, each of its type (a report is an input file: it may be hand-made). */
function checkPreflightFields(report: Record<string, unknown>): void {
  for (const key of ['target', 'bindDn', 'startedAt']) str(report[key], key, false);
  if (typeof report.durationMs !== 'number') throw new InputError('durationMs must be a number');
  const summary = object(report.summary, 'summary');
  for (const key of ['pass', 'warn', 'fail', 'skipped']) {
    if (typeof summary[key] !== 'number') throw new InputError(`summary.${key} must be a number`);
  }
  bool(report.ok, 'ok');
  array(report.findings, 'findings').forEach((f, i) => {
    const finding = object(f, `findings[${i}]`);
    for (const key of ['id', 'title', 'message']) str(finding[key], `findings[${i}].${key}`, false);
    if (!FINDING_STATUSES.includes(finding.status)) {
      throw new InputError(`findings[${i}].status must be one of pass, warn, fail, skipped`);
    }
    for (const key of ['fix', 'skippedBecause']) {
      optional(finding[key], () => str(finding[key], `findings[${i}].${key}`, false));
    }
    object(finding.evidence ?? {}, `findings[${i}].evidence`);
  });
}
