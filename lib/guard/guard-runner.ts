import * as path from 'path';
import { gunzipSync } from 'zlib';
import { readCaFile } from '../preflight/ca-file';
import { BIND_PASSWORD_ENV, GUARD_INPUT_ENV } from '../manifest/guard-contract';
import { runPreflight } from '../preflight/run-preflight';
import { parseSettingsDocument } from '../model/settings-document';
import { renderText } from '../preflight/render/text';
import { preflightExitCode } from '../preflight/report-exit-code';
import type { CliIo } from '../process/cli-io';
import { ExitCode } from '../process/cli-io';
import { exitCodeFor } from '../process/exit-codes';
import { guardOrigin } from './guard-origin';
import { GUARD_INPUT_SCHEMA, GuardInput } from './guard-input';

const PREFIX = 'cdktf-okta-ldap preflight guard';

/**
 * What the guard's `local-exec` provisioner runs: reads the guard input from the environment, checks
 * its settings and mappings with the same reader as `preflight --settings`, runs the preflight on them
 * (the bind password comes from the environment) and prints the text report. Returns 0 when no check
 * failed, 1 when one did (so `terraform apply` stops before any Okta resource is created), 2 when the
 * input is unusable or the password is empty (`exitCodeFor`, `preflightExitCode`). Throws any other
 * error (`runGuardProcess` makes it 4).
 */
export async function runGuard(io: CliIo): Promise<number> {
  const input = readGuardInput(io.env[GUARD_INPUT_ENV]);
  if (typeof input === 'string') {
    io.stderr.write(`${PREFIX}: ${input}\n`);
    return ExitCode.USAGE;
  }
  try {
    const preflightInput = parseSettingsDocument({
      settings: input.settings,
      userMappings: input.userMappings,
      groupMappings: input.groupMappings,
      roleMappings: input.roleMappings,
    });
    const { caFile, timeoutSeconds, exampleUser } = input.check;
    const ca =
      caFile !== undefined ? readCaFile(path.resolve(io.cwd, caFile), 'the guard’s caFile') : undefined;
    const { host, port } = input.settings.agent;
    const origin = guardOrigin(io.cwd, input);
    io.stdout.write(`${PREFIX}: checking integration '${input.path}' against ${host}:${port}\n`);
    const report = await runPreflight(preflightInput, {
      bindPassword: io.env[BIND_PASSWORD_ENV] ?? '',
      ...(origin.passwordVariable !== undefined
        ? {
            bindPasswordSource: `TF_VAR_${origin.passwordVariable} (the Terraform variable ${origin.passwordVariable})`,
          }
        : {}),
      ...(ca !== undefined ? { ca } : {}),
      ...(timeoutSeconds !== undefined ? { overallTimeoutMs: timeoutSeconds * 1000 } : {}),
      ...(exampleUser !== undefined ? { exampleUser } : {}),
    });
    io.stdout.write(renderText(report));
    const code = preflightExitCode(report);
    if (code === ExitCode.OK) return code;
    io.stderr.write(
      `${PREFIX}: the LDAP preflight of '${input.path}' failed (exit ${code}); the deploy stops before any Okta resource of this integration is created or changed. Fix the finding above, then deploy again. To iterate without deploying, run from the folder that holds the synthesized app: ${origin.preflightCommand}\n`,
    );
    return code;
  } catch (e) {
    const code = exitCodeFor({ error: e });
    if (code === ExitCode.INTERNAL) throw e;
    io.stderr.write(`${PREFIX}: ${(e as Error).message}\n`);
    return code;
  }
}

/**
 * `runGuard` for the process: never rejects. An error `runGuard` throws is a bug or an unexpected
 * failure: its message is printed and the code is 4 (`ExitCode.INTERNAL`), which stops the deploy
 * like any non-zero code but is never reported as a failed check (before, such an error exited 2).
 * An input error keeps code 2 (`exitCodeFor`).
 */
export async function runGuardProcess(
  io: CliIo,
  run: (io: CliIo) => Promise<number> = runGuard,
): Promise<number> {
  try {
    return await run(io);
  } catch (e) {
    const code = exitCodeFor({ error: e });
    io.stderr.write(
      code !== ExitCode.INTERNAL
        ? `${PREFIX}: ${(e as Error).message}\n`
        : `${PREFIX}: internal error: ${(e as Error)?.message ?? String(e)}\n` +
            `This is a bug in cdktf-okta-ldap, not a failed check (exit code ${ExitCode.INTERNAL}).\n`,
    );
    return code;
  }
}

/** Parses and checks the guard input; returns a message when it is unusable. */
export function readGuardInput(raw: string | undefined): GuardInput | string {
  if (raw === undefined || raw === '') {
    return `${GUARD_INPUT_ENV} is not set. This script is run by the PreflightGuard's local-exec provisioner during 'cdktf deploy'; to check a directory by hand run 'npx cdktf-okta-ldap preflight'.`;
  }
  let parsed: unknown;
  try {
    const json = raw.trimStart().startsWith('{')
      ? raw
      : gunzipSync(Buffer.from(raw, 'base64')).toString('utf8');
    parsed = JSON.parse(json);
  } catch (e) {
    return `${GUARD_INPUT_ENV} is neither JSON nor base64-gzipped JSON (${(e as Error).message}). Re-synthesize with this version of cdktf-okta-ldap.`;
  }
  const schema = (parsed as { schema?: unknown } | null)?.schema;
  if (schema !== GUARD_INPUT_SCHEMA) {
    return `${GUARD_INPUT_ENV} holds schema ${JSON.stringify(schema)}, expected '${GUARD_INPUT_SCHEMA}' (synthesized by another version of cdktf-okta-ldap?). Re-synthesize with the installed version.`;
  }
  return parsed as GuardInput;
}
