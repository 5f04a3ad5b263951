import { type AdoptionSource, type OktaAdoption, readAdoptionFile } from './adoption-file';

/**
 * The adoption input of an integration: the file (`adoptionFile`), the inline ids (`adoption`), or
 * an error source when both are set (reported by OKLDAP-301).
 */
export function adoptionSource(
  adoptionFile: string | undefined,
  adoption: OktaAdoption | undefined,
): AdoptionSource | undefined {
  if (adoptionFile !== undefined && adoption !== undefined) {
    return {
      source: 'adoptionFile',
      readError: 'adoptionFile and adoption are both set; give the ids one way',
      fromProp: true,
    };
  }
  if (adoptionFile !== undefined) return readAdoptionFile(adoptionFile);
  if (adoption !== undefined) return { source: 'adoption', value: adoption, fromProp: true };
  return undefined;
}
