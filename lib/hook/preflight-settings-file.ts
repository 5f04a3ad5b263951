import type { GuardInput } from './guard-input';

/**
 * Converts the guard input into the JSON the `preflight --settings <file>` command reads.
 * (Shape to be aligned with the preflight command's settings-file reader.)
 */
export function toPreflightSettingsFile(input: GuardInput): Record<string, unknown> {
  return {
    settings: input.settings,
    userMappings: input.userMappings,
    groupMappings: input.groupMappings,
    roleMappings: input.roleMappings,
  };
}
