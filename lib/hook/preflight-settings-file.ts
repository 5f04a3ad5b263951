import { MANIFEST_SCHEMA } from '../manifest/integration-manifest';
import type { GuardInput } from './guard-input';

/**
 * Converts the guard input into the JSON that `preflight --settings <file>` reads: the manifest-like
 * form (`schema`, `settings` and the mappings), so that the check sees exactly the settings the
 * plan showed.
 */
export function toPreflightSettingsFile(input: GuardInput): Record<string, unknown> {
  return {
    schema: MANIFEST_SCHEMA,
    id: input.integration,
    path: input.path,
    settings: input.settings,
    userMappings: input.userMappings,
    groupMappings: input.groupMappings,
    roleMappings: input.roleMappings,
  };
}
