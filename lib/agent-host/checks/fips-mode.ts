import type { AgentHostCheck, AgentHostContext } from '../agent-host-check';
import { dwordValue, parseRegQuery, registryValue } from '../reg-query';

/** Linux: 1 when the kernel runs in FIPS mode. */
export const LINUX_FIPS_FILE = '/proc/sys/crypto/fips_enabled';
/** Windows: the "System cryptography: use FIPS compliant algorithms" policy. */
export const WINDOWS_FIPS_KEY =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FipsAlgorithmPolicy';

/**
 * AH-FIPS: the operating system's FIPS mode against the agent's "Use FIPS certified encryption
 * algorithms only" (`agent.fipsOnly`). The same on both sides passes; a difference warns (a FIPS-only
 * agent on a host outside FIPS mode, or a FIPS host whose agent is not set FIPS-only).
 */
export const fipsModeCheck: AgentHostCheck = {
  id: 'AH-FIPS',
  title: 'FIPS mode of the OS and agent.fipsOnly agree',
  run: async (context) => {
    const fipsOnly = context.settings.agent.fipsOnly;
    const os = await osFipsMode(context);
    const evidence = { fipsOnly, osFipsMode: os.enabled ?? 'unknown', source: os.source };
    if (os.enabled === undefined) {
      return fipsOnly
        ? {
            status: 'warn',
            message: `agent.fipsOnly is on, but the FIPS mode of this OS could not be read (${os.source})`,
            evidence,
            fix: 'Check that the OS runs in FIPS mode before turning on "Use FIPS certified encryption algorithms only" in the agent installer.',
          }
        : {
            status: 'pass',
            message: `agent.fipsOnly is off; the FIPS mode of this OS could not be read (${os.source})`,
            evidence,
          };
    }
    if (os.enabled === fipsOnly) {
      return {
        status: 'pass',
        message: fipsOnly
          ? 'The OS runs in FIPS mode and agent.fipsOnly is on'
          : 'The OS is not in FIPS mode and agent.fipsOnly is off',
        evidence,
      };
    }
    return fipsOnly
      ? {
          status: 'warn',
          message: 'agent.fipsOnly is on, but this OS is not in FIPS mode',
          evidence,
          fix: 'Turn on the OS FIPS mode (Linux: fips-mode-setup --enable; Windows: the "System cryptography: Use FIPS compliant algorithms" policy), or turn off agent.fipsOnly ("Use FIPS certified encryption algorithms only").',
        }
      : {
          status: 'warn',
          message: 'This OS runs in FIPS mode, but agent.fipsOnly is off',
          evidence,
          fix: 'Set agent.fipsOnly: true and tick "Use FIPS certified encryption algorithms only" in the agent installer, or confirm that a non-FIPS agent is acceptable on this host.',
        };
  },
};

async function osFipsMode(context: AgentHostContext): Promise<{ enabled?: boolean; source: string }> {
  const { probe } = context;
  if (probe.platform === 'linux') {
    const text = probe.readFile(LINUX_FIPS_FILE)?.trim();
    if (text === '1') return { enabled: true, source: LINUX_FIPS_FILE };
    if (text === '0') return { enabled: false, source: LINUX_FIPS_FILE };
    // No file: the kernel has no FIPS support, so it is not in FIPS mode.
    return text === undefined
      ? { enabled: false, source: `${LINUX_FIPS_FILE} absent` }
      : { source: LINUX_FIPS_FILE };
  }
  if (probe.platform === 'win32') {
    const output = await probe.regQuery(WINDOWS_FIPS_KEY);
    const data = dwordValue(
      registryValue(output !== undefined ? parseRegQuery(output)[0] : undefined, 'Enabled'),
    );
    if (data === undefined)
      return output === undefined
        ? { enabled: false, source: `${WINDOWS_FIPS_KEY} absent` }
        : { source: WINDOWS_FIPS_KEY };
    return { enabled: data === 1, source: `${WINDOWS_FIPS_KEY}\\Enabled` };
  }
  return { source: `no FIPS probe on ${probe.platform}` };
}
