/** Inputs for the adoption rules: the valid mappings plus an adoption value from a file. */
import { ADOPTION_SCHEMA, AdoptionSource } from '../../../lib/adoption/adoption-file';
import type { IntegrationValidationInput } from '../../../lib/validation-rule/validation-rule';
import { input, VALID_MAPPINGS } from './rule-fixtures';

export const FILE = 'okta-adoption.json';

/** A complete, valid adoption of VALID_MAPPINGS. */
export function validAdoption(): Record<string, unknown> {
  return {
    schema: ADOPTION_SCHEMA,
    groupMappings: {
      Engineering: { group: '00g1engAAAAAAAAAAAA1', groupRule: '0pr1engAAAAAAAAAAAA1' },
      Support: { group: '00g1supAAAAAAAAAAAA2' },
    },
    roleMappings: {
      'okta-admins': { group: '00g1ldapAdminsAAAAA3', roles: { SUPER_ADMIN: 'IFIFAX2BIRGUSTQ' } },
    },
    passwordPolicy: '00p1ldapPolicyAAAAA5',
  };
}

/** The valid mappings with an adoption source. */
export function withAdoption(adoption: Partial<AdoptionSource>): IntegrationValidationInput {
  return { ...input(undefined, VALID_MAPPINGS), adoption: { source: FILE, ...adoption } };
}
