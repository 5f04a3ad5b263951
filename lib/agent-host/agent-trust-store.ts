/**
 * The Okta LDAP agent trusts the CAs in its own bundled Java runtime, not the operating system's
 * store: an LDAP server certificate from a private CA must be imported into that JRE's `cacerts`
 * (keystore password `changeit`), and an agent upgrade replaces the runtime and that file (Okta's
 * LDAPS documentation). Paths are those of a default install.
 */
import { shellWord } from '../text/shell-word';

/** The Linux agent's install folder. */
export const LINUX_AGENT_HOME = '/opt/Okta/OktaLDAPAgent';
/** The Windows agent's install folder. */
export const WINDOWS_AGENT_HOME = 'C:\\Program Files\\Okta\\Okta LDAP Agent';
/** The alias the command gives the imported CA. */
export const TRUST_STORE_ALIAS = 'ldap-server-ca';

/** The command that imports `caFile` into the Linux agent's JRE trust store (run as root). */
export function linuxTrustStoreCommand(caFile: string): string {
  return `sudo ${LINUX_AGENT_HOME}/jre/bin/keytool -importcert -noprompt -alias ${TRUST_STORE_ALIAS} -file ${shellWord(caFile)} -keystore ${LINUX_AGENT_HOME}/jre/lib/security/cacerts -storepass changeit`;
}

/** The PowerShell command that imports `caFile` into the Windows agent's JRE trust store (as Administrator). */
export function windowsTrustStoreCommand(caFile: string): string {
  return `& '${WINDOWS_AGENT_HOME}\\jre\\bin\\keytool.exe' -importcert -noprompt -alias ${TRUST_STORE_ALIAS} -file '${caFile.replace(/'/g, "''")}' -keystore '${WINDOWS_AGENT_HOME}\\jre\\lib\\security\\cacerts' -storepass changeit`;
}
