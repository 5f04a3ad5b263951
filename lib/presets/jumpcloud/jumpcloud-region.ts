/**
 * The JumpCloud regions and the LDAP host of each, for `jumpCloudDirectory({ region })`.
 */

/** The JumpCloud region whose LDAP service the agent connects to. */
export enum JumpCloudRegion {
  /** `ldap.jumpcloud.com` (JumpCloud's default; the host of the published recipe). */
  US = 'us',
  /**
   * `ldap.eu.jumpcloud.com`. *Uncertain*: this host name is seen in community code, not in
   * JumpCloud's recipe. Check it with the preflight, or override `agent.host`.
   */
  EU = 'eu',
}

/** LDAP host of each JumpCloud region. The EU host is uncertain (see `JumpCloudRegion.EU`). */
export const JUMPCLOUD_LDAP_HOSTS: Readonly<Record<JumpCloudRegion, string>> = {
  [JumpCloudRegion.US]: 'ldap.jumpcloud.com',
  [JumpCloudRegion.EU]: 'ldap.eu.jumpcloud.com',
};
