import { spawnSync, SpawnSyncReturns } from 'child_process';

/** What a real deploy-guard test needs from the machine. Throws (never skips) when Terraform is missing. */
export function requireTerraform(): string {
  const r = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: terraformEnv({}) });
  if (r.error !== undefined || r.status !== 0) {
    throw new Error(
      'terraform is not on PATH, so the deploy-guard test cannot run (it must not pass without it). ' +
        'Install Terraform >= 1.4 (e.g. https://developer.hashicorp.com/terraform/install, or ' +
        '`apt-get install terraform` from the HashiCorp apt repository) and run the tests again. ' +
        `(${r.error?.message ?? r.stderr.trim()})`,
    );
  }
  return (JSON.parse(r.stdout) as { terraform_version: string }).terraform_version;
}

/**
 * A quiet, offline Terraform environment: no CLI config file, no plugin cache, no checkpoint call,
 * a private data dir. `extra` adds e.g. `TF_VAR_bind_password` (the password never goes in argv).
 */
export function terraformEnv(extra: Record<string, string>, dataDir?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('TF_') || key === 'LDAP_BIND_PASSWORD') delete env[key];
  }
  return {
    ...env,
    TF_IN_AUTOMATION: '1',
    CHECKPOINT_DISABLE: '1',
    ...(dataDir !== undefined ? { TF_DATA_DIR: dataDir } : {}),
    ...extra,
  };
}

/** Runs terraform in `cwd`; returns exit code and the combined output. */
export function terraform(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): { status: number | null; output: string } {
  const r: SpawnSyncReturns<string> = spawnSync('terraform', [...args, '-no-color'], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.error !== undefined) throw r.error;
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
