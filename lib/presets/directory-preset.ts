/**
 * The presets as static factories of one class: the way every cdktf language calls them
 * (`DirectoryPreset.jumpCloud(...)` in TypeScript, `DirectoryPreset.jump_cloud(...)` in Python).
 * jsii carries classes, structs and enums into the other languages but not free functions, so the
 * TypeScript functions `jumpCloudDirectory`, `openLdapDirectory` and `freeIpaDirectory` stay as the same presets under
 * their earlier names.
 */
import type { LdapDirectorySettings } from '../settings/ldap-directory-settings';
import { freeIpaDirectory, type FreeIpaDirectoryProps } from './freeipa/freeipa-directory';
import { jumpCloudDirectory, type JumpCloudDirectoryProps } from './jumpcloud/jumpcloud-directory';
import { openLdapDirectory, type OpenLdapDirectoryProps } from './openldap/openldap-directory';

/**
 * Directory settings for a known LDAP directory: plain, documented settings that any field of
 * which can be overridden (each props struct takes the same sections as `LdapDirectorySettings`,
 * field by field).
 */
export class DirectoryPreset {
  /**
   * The settings of JumpCloud's recipe "Integrate JumpCloud LDAP with Okta" for one JumpCloud org
   * (the table is on `jumpCloudDirectory`, the same preset under its TypeScript name).
   */
  public static jumpCloud(props: JumpCloudDirectoryProps): LdapDirectorySettings {
    return jumpCloudDirectory(props);
  }

  /**
   * Settings for a typical OpenLDAP server (the table is on `openLdapDirectory`, the same preset
   * under its TypeScript name).
   */
  public static openLdap(props: OpenLdapDirectoryProps): LdapDirectorySettings {
    return openLdapDirectory(props);
  }

  /**
   * Settings for a FreeIPA domain (the table is on `freeIpaDirectory`, the same preset under its
   * TypeScript name).
   */
  public static freeIpa(props: FreeIpaDirectoryProps): LdapDirectorySettings {
    return freeIpaDirectory(props);
  }

  private constructor() {}
}
