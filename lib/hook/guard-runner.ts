import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gunzipSync } from 'zlib';
import type { CliIo } from '../shared/cli-io';
import { ExitCode } from '../shared/cli-io';
import { main } from '../cli/main';
import { GUARD_INPUT_ENV } from './guard-environment';
import { GUARD_INPUT_SCHEMA, GuardInput } from './guard-input';
import { toPreflightSettingsFile } from './preflight-settings-file';

const PREFIX = 'cdktf-okta-ldap preflight guard';

/**
 * What the guard's `local-exec` provisioner runs: reads the guard input from the environment, writes
 * it as a preflight settings file into a private temp folder, and runs the `preflight` command of the
 * CLI on it (the bind password stays in the environment). Returns the preflight's exit code, so that
 * a failing check fails `terraform apply` before any Okta resource is created.
 */
export async function runGuard(io: CliIo): Promise<number> {
  const input = readGuardInput(io.env[GUARD_INPUT_ENV]);
  if (typeof input === 'string') {
    io.stderr.write(`${PREFIX}: ${input}\n`);
    return ExitCode.USAGE;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-okta-ldap-guard-'));
  try {
    const settingsFile = path.join(dir, 'settings.json');
    fs.writeFileSync(settingsFile, JSON.stringify(toPreflightSettingsFile(input), null, 2), { mode: 0o600 });
    const args = ['preflight', '--settings', settingsFile];
    if (input.check.caFile !== undefined) args.push('--ca-file', input.check.caFile);
    if (input.check.exampleUser !== undefined) args.push('--example-user', input.check.exampleUser);
    if (input.check.timeoutSeconds !== undefined) args.push('--timeout', String(input.check.timeoutSeconds));
    const target = `${input.settings.agent.host}:${input.settings.agent.port}`;
    io.stdout.write(`${PREFIX}: checking integration '${input.path}' against ${target}\n`);
    const code = await main(args, io);
    if (code !== ExitCode.OK) {
      io.stderr.write(
        `${PREFIX}: the LDAP preflight of '${input.path}' failed (exit ${code}); the deploy stops before any Okta resource of this integration is created or changed. Fix the finding above (or run 'npx cdktf-okta-ldap preflight' to iterate), then deploy again.\n`,
      );
    }
    return code;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
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
