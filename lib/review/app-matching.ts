/**
 * How two synthesized apps are matched for the diff and the review: stacks by name, integrations by
 * stack and construct id.
 */
import type { IntegrationManifest, StackManifest } from '../manifest/integration-manifest';

/** One integration of an app, with the stack that holds it. */
export interface StackIntegration {
  readonly stack: string;
  readonly integration: IntegrationManifest;
}

/** The key an integration is matched by between two apps: its stack and construct id. */
export function integrationKey(stack: string, id: string): string {
  return `${stack}\u0000${id}`;
}

/** Every integration of an app by `integrationKey`. */
export function indexIntegrations(stacks: readonly StackManifest[]): Map<string, StackIntegration> {
  const out = new Map<string, StackIntegration>();
  for (const s of stacks) {
    for (const i of s.integrations)
      out.set(integrationKey(s.stack, i.id), { stack: s.stack, integration: i });
  }
  return out;
}

/**
 * The stacks of two apps matched by name, each with its base and head version (unset where the
 * stack is new or gone), sorted by name.
 */
export function pairStacks(
  base: readonly StackManifest[],
  head: readonly StackManifest[],
): { stack: string; base?: StackManifest; head?: StackManifest }[] {
  const names = [...new Set([...base, ...head].map((s) => s.stack))].sort();
  return names.map((stack) => {
    const b = base.find((s) => s.stack === stack);
    const a = head.find((s) => s.stack === stack);
    return { stack, ...(b !== undefined ? { base: b } : {}), ...(a !== undefined ? { head: a } : {}) };
  });
}
