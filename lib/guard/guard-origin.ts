import * as fs from 'fs';
import * as path from 'path';
import { BIND_PASSWORD_ENV } from '../manifest/guard-contract';
import type { GuardInput } from './guard-input';
import { shellWord } from '../text/shell-word';

/** What the guard can tell the user about where its check came from, read from the synthesized stack. */
export interface GuardOrigin {
  /** The Terraform variable that carries the bind password (`JumpCloud_bind_password`), when found. */
  readonly passwordVariable?: string;
  /**
   * The standalone preflight of the same integration, to run from the folder that holds the
   * synthesized app: `LDAP_BIND_PASSWORD="$TF_VAR_…" npx cdktf-okta-ldap preflight --out cdktf.out
   * --stack … --integration … [--ca-file …]`.
   */
  readonly preflightCommand: string;
}

interface StackComment {
  '//'?: {
    'cdktf-okta-ldap'?: { integrations?: Record<string, { path?: unknown; bindPasswordVariable?: unknown }> };
  };
}

/**
 * Reads the guard's stack (`cdk.tf.json` in `stackDir`, the folder Terraform runs the provisioner
 * in, `<outdir>/stacks/<stack>`) for the integration's manifest key and bind password variable, and
 * builds the exact standalone preflight command. Only reads; anything it cannot read is left out.
 */
export function guardOrigin(stackDir: string, input: GuardInput): GuardOrigin {
  let key = input.integration;
  let passwordVariable: string | undefined;
  try {
    const tf = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8')) as StackComment;
    const integrations = tf['//']?.['cdktf-okta-ldap']?.integrations ?? {};
    for (const [k, manifest] of Object.entries(integrations)) {
      if (manifest.path !== input.path) continue;
      key = k;
      if (typeof manifest.bindPasswordVariable === 'string') passwordVariable = manifest.bindPasswordVariable;
    }
  } catch {
    // No readable stack (a guard run by hand): the command still names the integration.
  }
  const outdir = path.resolve(stackDir, '..', '..');
  const fromProject = (file: string) => path.relative(path.dirname(outdir), file) || '.';
  const caFile = input.check.caFile !== undefined ? path.resolve(stackDir, input.check.caFile) : undefined;
  const words = [
    'npx cdktf-okta-ldap preflight',
    `--out ${shellWord(fromProject(outdir))}`,
    `--stack ${shellWord(path.basename(stackDir))}`,
    `--integration ${shellWord(key)}`,
    ...(caFile !== undefined ? [`--ca-file ${shellWord(fromProject(caFile))}`] : []),
  ];
  const password =
    passwordVariable !== undefined ? `${BIND_PASSWORD_ENV}="$TF_VAR_${passwordVariable}" ` : '';
  return {
    ...(passwordVariable !== undefined ? { passwordVariable } : {}),
    preflightCommand: `${password}${words.join(' ')}`,
  };
}
