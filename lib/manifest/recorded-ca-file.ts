import * as fs from 'fs';
import * as path from 'path';
import type { IntegrationManifest, StackManifest } from './integration-manifest';

/**
 * The CA bundle an integration's preflight guard trusts, as the synthesized stack records it: the
 * guard's `input.check.caFile` (`preflightGuardOptions.caFile`, copied into the stack's `assets/`),
 * resolved against the stack's folder in `outdir`. Undefined when the integration has no guard or
 * the guard uses the system trust store. Only reads.
 */
export function recordedCaFile(
  outdir: string,
  stack: StackManifest,
  integration: IntegrationManifest,
): string | undefined {
  const guard = integration.resources.find(
    (r) => r.type === 'terraform_data' && r.purpose.startsWith('preflight'),
  );
  const name = guard?.address.split('.')[1];
  if (name === undefined) return undefined;
  const stackDir = path.resolve(outdir, stack.workingDirectory);
  let tf: unknown;
  try {
    tf = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const resource = (tf as { resource?: { terraform_data?: Record<string, unknown> } }).resource
    ?.terraform_data?.[name];
  const caFile = (resource as { input?: { check?: { caFile?: unknown } } } | undefined)?.input?.check?.caFile;
  return typeof caFile === 'string' && caFile !== '' ? path.resolve(stackDir, caFile) : undefined;
}
