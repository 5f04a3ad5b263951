/**
 * The preflight's view of the directory profiles: each profile's hints, by the preset name its
 * settings factory records. Kept apart from the profiles' rules (lib/presets/directory-profiles.ts)
 * so that the preflight loads no validation code and, with it, no cdktf.
 */
import type { ResolvedLdapDirectorySettings } from '../settings/ldap-directory-settings';
import type { DirectoryProfile } from './directory-profile';
import { JUMPCLOUD_PRESET_NAME } from './jumpcloud/jumpcloud-directory';
import { JUMPCLOUD_HINTS } from './jumpcloud/jumpcloud-hints';
import { OPENLDAP_PRESET_NAME } from './openldap/openldap-directory';
import { OPENLDAP_HINTS } from './openldap/openldap-hints';

/** The hints of every directory profile (`DirectoryProfile.hints`), by preset name. */
export const PREFLIGHT_HINTS_BY_PRESET: Readonly<Record<string, DirectoryProfile['hints']>> = {
  [JUMPCLOUD_PRESET_NAME]: JUMPCLOUD_HINTS,
  [OPENLDAP_PRESET_NAME]: OPENLDAP_HINTS,
};

/**
 * The preflight hints of the profile of the preset the settings name (`settings.preset`): the
 * `hints` of `directoryProfileFor(settings)`. `undefined` for custom settings (no preset) and for a
 * preset name no profile has.
 */
export function preflightHintsFor(
  settings: Pick<ResolvedLdapDirectorySettings, 'preset'>,
): DirectoryProfile['hints'] | undefined {
  const preset = settings.preset;
  return preset !== undefined && Object.hasOwn(PREFLIGHT_HINTS_BY_PRESET, preset)
    ? PREFLIGHT_HINTS_BY_PRESET[preset]
    : undefined;
}
