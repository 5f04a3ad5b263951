import type { DirectoryProfile } from '../directory-profile';
import { FREEIPA_PRESET_NAME } from './freeipa-directory';
import { FREEIPA_HINTS } from './freeipa-hints';
import { freeIpaUserBaseRule } from './freeipa-user-base';

/**
 * The FreeIPA profile: settings made by `freeIpaDirectory()` (`preset: 'freeipa'`), the rule
 * OKLDAP-122, and FreeIPA's advice on preflight findings.
 */
export const FREEIPA_PROFILE: DirectoryProfile = {
  presetName: FREEIPA_PRESET_NAME,
  vendorName: 'FreeIPA',
  rules: [freeIpaUserBaseRule],
  hints: FREEIPA_HINTS,
};
