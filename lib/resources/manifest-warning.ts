import type { ManifestWarning } from '../manifest/integration-manifest';
import type { Violation } from '../validation-rule/validation-rule';

/** A validation warning as the manifest records it: the message with its fix. */
export function manifestWarning(v: Violation): ManifestWarning {
  return { ruleId: v.ruleId, path: v.path, message: `${v.message.replace(/[.\s]+$/, '')}. Fix: ${v.fix}` };
}
