/**
 * Overrides accepted by the presets (`jumpCloudDirectory`, `openLdapDirectory`): every section of
 * `LdapDirectorySettings`, every field optional. Each set field replaces the preset's value; a field
 * left out (or set to `undefined`) keeps it. Arrays (auxiliary object classes, extra attributes)
 * replace the preset's array as a whole.
 *
 * To remove an optional preset value, edit the returned plain object:
 * `const d = jumpCloudDirectory({...}); const mine = { ...d, user: { ...d.user, accountDisabledAttribute: undefined } };`
 */
import type {
  LdapAgentSettings,
  LdapSchemaSettings,
  LdapDirectorySettings,
  LdapExtraUserAttribute,
  LdapGroupSettings,
  LdapProvisioningSettings,
  LdapRoleSettings,
  LdapUserSettings,
} from '../settings/ldap-directory-settings';
import type { LdapConnectionSecurity } from '../settings/setting-choices';

/** Agent settings to override. Every field is described on `LdapAgentSettings`. */
export interface LdapAgentSettingsOverrides {
  /** @default - the preset's host */
  readonly host?: string;
  /** @default - the preset's port */
  readonly port?: number;
  /** @default - the preset's connection security */
  readonly connectionSecurity?: LdapConnectionSecurity;
  /** @default - the preset's value (false) */
  readonly allowPlainLdap?: boolean;
  /** @default - the preset's root DN */
  readonly rootDn?: string;
  /** @default - the preset's bind DN */
  readonly bindDn?: string;
  /** @default - the preset's value (false) */
  readonly fipsOnly?: boolean;
  /** @default - no proxy */
  readonly proxyUrl?: string;
  /** @default - the preset's Okta org URL, if any */
  readonly oktaOrgUrl?: string;
}

/** User settings to override. Every field is described on `LdapUserSettings`. */
export interface LdapUserSettingsOverrides {
  /** @default - the preset's user search base */
  readonly searchBase?: string;
  /** @default - the preset's user object class */
  readonly objectClass?: string;
  /** @default - the preset's auxiliary object classes (none) */
  readonly auxiliaryObjectClasses?: string[];
  /** @default - the preset's user object filter */
  readonly objectFilter?: string;
  /** @default - the preset's account disabled attribute */
  readonly accountDisabledAttribute?: string;
  /** @default - the preset's account disabled value */
  readonly accountDisabledValue?: string;
  /** @default - the preset's account enabled value */
  readonly accountEnabledValue?: string;
  /** @default - the preset's password attribute */
  readonly passwordAttribute?: string;
  /** @default - the preset's password expiration attribute */
  readonly passwordExpirationAttribute?: string;
  /** @default - the preset's extra attributes (none) */
  readonly extraAttributes?: LdapExtraUserAttribute[];
}

/** Group settings to override. Every field is described on `LdapGroupSettings`. */
export interface LdapGroupSettingsOverrides {
  /** @default - the preset's group search base */
  readonly searchBase?: string;
  /** @default - the preset's group object class */
  readonly objectClass?: string;
  /** @default - the preset's group object filter */
  readonly objectFilter?: string;
  /** @default - the preset's member attribute */
  readonly memberAttribute?: string;
  /** @default - the preset's user attribute */
  readonly userAttribute?: string;
}

/** Section-by-section overrides of a preset's settings. */
export interface LdapDirectorySettingsOverrides {
  /**
   * Agent settings to override.
   * @default - the preset's agent settings
   */
  readonly agent?: LdapAgentSettingsOverrides;
  /**
   * Schema settings to override.
   * @default - the preset's schema settings
   */
  readonly schema?: LdapSchemaSettings;
  /**
   * User settings to override.
   * @default - the preset's user settings
   */
  readonly user?: LdapUserSettingsOverrides;
  /**
   * Group settings to override.
   * @default - the preset's group settings
   */
  readonly group?: LdapGroupSettingsOverrides;
  /**
   * Role settings to override.
   * @default - the preset's role settings
   */
  readonly role?: LdapRoleSettings;
  /**
   * Provisioning settings to override.
   * @default - the preset's provisioning settings
   */
  readonly provisioning?: LdapProvisioningSettings;
}

/** `base` with every defined field of `overrides` laid over it. */
function overlay<T extends object>(base: T, overrides: object | undefined): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** Applies section overrides to a preset's settings. Pure; the inputs are not changed. */
export function applyDirectoryOverrides(
  preset: LdapDirectorySettings,
  overrides: LdapDirectorySettingsOverrides,
): LdapDirectorySettings {
  const out: {
    -readonly [K in keyof LdapDirectorySettings]: LdapDirectorySettings[K];
  } = {
    ...preset,
    agent: overlay<LdapAgentSettings>(preset.agent, overrides.agent),
    user: overlay<LdapUserSettings>(preset.user, overrides.user),
    group: overlay<LdapGroupSettings>(preset.group, overrides.group),
  };
  if (preset.schema !== undefined || overrides.schema !== undefined) {
    out.schema = overlay<LdapSchemaSettings>(preset.schema ?? {}, overrides.schema);
  }
  if (preset.role !== undefined || overrides.role !== undefined) {
    out.role = overlay<LdapRoleSettings>(preset.role ?? {}, overrides.role);
  }
  if (preset.provisioning !== undefined || overrides.provisioning !== undefined) {
    out.provisioning = overlay<LdapProvisioningSettings>(preset.provisioning ?? {}, overrides.provisioning);
  }
  return out;
}

// ---- Compile-time check: each override interface has exactly the fields of its settings interface,
// with the same types (the interfaces are written out, not `Partial<>`, so a jsii build stays
// possible). A field added to one and not the other fails this assignment, naming the section.
type SameFields<A, B> = [Required<A>] extends [Required<B>]
  ? [Required<B>] extends [Required<A>]
    ? true
    : false
  : false;
const overridesMatchSettings: {
  agent: SameFields<LdapAgentSettingsOverrides, LdapAgentSettings>;
  user: SameFields<LdapUserSettingsOverrides, LdapUserSettings>;
  group: SameFields<LdapGroupSettingsOverrides, LdapGroupSettings>;
} = {
  agent: true,
  user: true,
  group: true,
};
void overridesMatchSettings;
