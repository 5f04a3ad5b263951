import type {
  LdapAgentSettings,
  LdapDirectorySettings,
  LdapGroupSettings,
  LdapUserSettings,
} from '../../lib/settings/ldap-directory-settings';
import type {
  LdapAgentSettingsOverrides,
  LdapDirectorySettingsOverrides,
  LdapGroupSettingsOverrides,
  LdapUserSettingsOverrides,
} from '../../lib/presets/directory-settings-overrides';

/**
 * The override interfaces repeat the settings interfaces field by field (no `Partial<>`, so a jsii
 * build stays possible). These checks fail to compile when a settings field is added, removed or
 * retyped without the same change to its override interface.
 */
type MistypedFields<O, S> = {
  [K in keyof S & keyof O]-?: [Exclude<O[K], undefined>, Exclude<S[K], undefined>] extends [
    Exclude<S[K], undefined>,
    Exclude<O[K], undefined>,
  ]
    ? never
    : K;
}[keyof S & keyof O];
type SameFields<O, S> = [
  Exclude<keyof O, keyof S> | Exclude<keyof S, keyof O> | MistypedFields<O, S>,
] extends [never]
  ? true
  : Exclude<keyof O, keyof S> | Exclude<keyof S, keyof O> | MistypedFields<O, S>;

/** Sections: the same names (`preset` is the preset's own name, not an override). */
type SameKeys<O, S> = [Exclude<keyof O, keyof S> | Exclude<keyof S, keyof O>] extends [never]
  ? true
  : Exclude<keyof O, keyof S> | Exclude<keyof S, keyof O>;

const checks: [
  SameFields<LdapAgentSettingsOverrides, LdapAgentSettings>,
  SameFields<LdapUserSettingsOverrides, LdapUserSettings>,
  SameFields<LdapGroupSettingsOverrides, LdapGroupSettings>,
  SameKeys<LdapDirectorySettingsOverrides, Omit<LdapDirectorySettings, 'preset'>>,
] = [true, true, true, true];

test('every settings section and field can be overridden with the same type', () => {
  expect(checks).toEqual([true, true, true, true]);
});
