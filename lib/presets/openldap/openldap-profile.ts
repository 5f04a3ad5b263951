import type { DirectoryProfile } from '../directory-profile';
import { OPENLDAP_PRESET_NAME } from './openldap-directory';
import { OPENLDAP_HINTS } from './openldap-hints';

/**
 * The OpenLDAP profile: settings made by `openLdapDirectory()` (`preset: 'openldap'`). It has no
 * rules of its own; its hints are OpenLDAP's server settings.
 */
export const OPENLDAP_PROFILE: DirectoryProfile = {
  presetName: OPENLDAP_PRESET_NAME,
  vendorName: 'OpenLDAP',
  rules: [],
  hints: OPENLDAP_HINTS,
};
