import { CHECK_IDS } from '../../lib/preflight/checks';
import { FREEIPA_PROFILE } from '../../lib/presets/freeipa/freeipa-profile';
import { DIRECTORY_PROFILES, directoryProfileFor } from '../../lib/presets/directory-profiles';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { JUMPCLOUD_PROFILE } from '../../lib/presets/jumpcloud/jumpcloud-profile';
import { openLdapDirectory } from '../../lib/presets/openldap/openldap-directory';
import { OPENLDAP_PROFILE } from '../../lib/presets/openldap/openldap-profile';
import type { LdapDirectorySettings } from '../../lib/settings/ldap-directory-settings';

const jumpCloud = jumpCloudDirectory({ orgId: '5f3c0a1b2c3d4e5f60718293', bindUser: 'okta-bind' });
const openLdap = openLdapDirectory({ host: 'ldap.example.com', baseDn: 'dc=example,dc=com', bindDn: 'cn=a' });

describe('directoryProfileFor', () => {
  test("finds the profile of the preset the settings name, by the name the preset's factory records", () => {
    expect(directoryProfileFor(jumpCloud)).toBe(JUMPCLOUD_PROFILE);
    expect(directoryProfileFor(openLdap)).toBe(OPENLDAP_PROFILE);
  });

  test('has none for custom settings (no preset) or a preset name no profile has', () => {
    const { preset, ...rest } = jumpCloud;
    const custom: LdapDirectorySettings = rest;
    expect(preset).toBe('jumpcloud');
    expect(directoryProfileFor(custom)).toBeUndefined();
    expect(directoryProfileFor({ preset: 'JumpCloud' })).toBeUndefined();
    expect(directoryProfileFor({ preset: 'toString' })).toBeUndefined();
  });
});

describe('DIRECTORY_PROFILES', () => {
  test('one profile per preset name; the JumpCloud rules are OKLDAP-104 to OKLDAP-106 and OKLDAP-121, OpenLDAP has none, FreeIPA OKLDAP-122', () => {
    const names = DIRECTORY_PROFILES.map((p) => p.presetName);
    expect(names).toEqual(['jumpcloud', 'openldap', 'freeipa']);
    expect(new Set(DIRECTORY_PROFILES.map((p) => p.vendorName)).size).toBe(names.length);
    expect(FREEIPA_PROFILE.rules.map((r) => r.id)).toEqual(['OKLDAP-122']);
    expect(JUMPCLOUD_PROFILE.rules.map((r) => r.id)).toEqual([
      'OKLDAP-104',
      'OKLDAP-105',
      'OKLDAP-106',
      'OKLDAP-121',
    ]);
    expect(OPENLDAP_PROFILE.rules).toEqual([]);
  });

  test('every hint is for a check the preflight has and is one or more whole sentences', () => {
    for (const profile of DIRECTORY_PROFILES) {
      for (const [checkId, hints] of Object.entries(profile.hints)) {
        expect(CHECK_IDS).toContain(checkId);
        for (const hint of hints) {
          const text = typeof hint.text === 'string' ? hint.text : hint.text(jumpCloud);
          expect(text).toMatch(/\S[.]$/);
        }
      }
    }
  });
});
