/**
 * The registry of directory profiles: one per vendor folder, found by the `preset` name its
 * settings factory records. Validation (`ALL_RULES`), the preflight (hints) and RULES.md all read
 * this one list; nothing it loads needs cdktf (tokens are recognised by lib/terraform/cdktf-token.ts),
 * so the preflight may load it too. A new profile is one line here.
 */
import type { ResolvedLdapDirectorySettings } from '../settings/ldap-directory-settings';
import type { DirectoryProfile } from './directory-profile';
import { FREEIPA_PROFILE } from './freeipa/freeipa-profile';
import { JUMPCLOUD_PROFILE } from './jumpcloud/jumpcloud-profile';
import { OPENLDAP_PROFILE } from './openldap/openldap-profile';

/** Every directory profile, each with a distinct preset name. */
export const DIRECTORY_PROFILES: readonly DirectoryProfile[] = [
  JUMPCLOUD_PROFILE,
  OPENLDAP_PROFILE,
  FREEIPA_PROFILE,
];

/**
 * The profile of the preset the settings name (`settings.preset`), or `undefined` for custom
 * settings (no preset) and for a preset name no profile has.
 */
export function directoryProfileFor(
  settings: Pick<ResolvedLdapDirectorySettings, 'preset'>,
): DirectoryProfile | undefined {
  const preset = settings.preset;
  return preset === undefined
    ? undefined
    : DIRECTORY_PROFILES.find((profile) => profile.presetName === preset);
}
