import * as path from 'path';
import { guardAddress } from './guard-contract';
import type { IntegrationManifest, StackManifest } from './integration-manifest';

/**
 * The CA bundle an integration's preflight guard trusts, as the synthesized stack records it: the
 * guard's `input.check.caFile` (`preflightGuardOptions.caFile`, copied into the stack's `assets/`),
 * resolved against the stack's folder in `outdir`. Read from the stack `readSynthesizedApp` returned
 * (its `otherBlocks`, override files merged), not from the file again. Undefined when the integration
 * has no guard or the guard uses the system trust store.
 */
export function recordedCaFile(
  outdir: string,
  stack: StackManifest,
  integration: IntegrationManifest,
): string | undefined {
  const address = guardAddress(integration);
  const guard = stack.otherBlocks?.find((b) => b.address === address);
  const input = guard?.attributes.input as { check?: { caFile?: unknown } } | undefined;
  const caFile = input?.check?.caFile;
  return typeof caFile === 'string' && caFile !== ''
    ? path.resolve(outdir, stack.workingDirectory, caFile)
    : undefined;
}
