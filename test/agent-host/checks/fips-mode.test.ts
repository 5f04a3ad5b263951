import { fipsModeCheck, LINUX_FIPS_FILE, WINDOWS_FIPS_KEY } from '../../../lib/agent-host/checks/fips-mode';
import { agentHostContext } from '../../support/fake-agent-host';
import { fixture, fixtureProbe } from '../fixture-probe';

const linux = (fips?: string) =>
  fixtureProbe({ platform: 'linux', files: fips !== undefined ? { [LINUX_FIPS_FILE]: fips } : {} });

describe('AH-FIPS', () => {
  test('Linux: both off, and both on, pass', async () => {
    expect(await fipsModeCheck.run(agentHostContext(linux('0\n')))).toEqual({
      status: 'pass',
      message: 'The OS is not in FIPS mode and agent.fipsOnly is off',
      evidence: { fipsOnly: false, osFipsMode: false, source: LINUX_FIPS_FILE },
    });
    expect(
      await fipsModeCheck.run(agentHostContext(linux('1\n'), { agent: { fipsOnly: true } })),
    ).toMatchObject({
      status: 'pass',
      message: 'The OS runs in FIPS mode and agent.fipsOnly is on',
    });
  });

  test('Linux: a FIPS kernel with a non-FIPS agent warns', async () => {
    expect(await fipsModeCheck.run(agentHostContext(linux('1')))).toMatchObject({
      status: 'warn',
      message: 'This OS runs in FIPS mode, but agent.fipsOnly is off',
      fix: expect.stringMatching(/^Set agent.fipsOnly: true/),
    });
  });

  test('Linux without the file: not FIPS, so fipsOnly warns', async () => {
    expect(await fipsModeCheck.run(agentHostContext(linux(), { agent: { fipsOnly: true } }))).toEqual({
      status: 'warn',
      message: 'agent.fipsOnly is on, but this OS is not in FIPS mode',
      evidence: { fipsOnly: true, osFipsMode: false, source: `${LINUX_FIPS_FILE} absent` },
      fix: 'Turn on the OS FIPS mode (Linux: fips-mode-setup --enable; Windows: the "System cryptography: Use FIPS compliant algorithms" policy), or turn off agent.fipsOnly ("Use FIPS certified encryption algorithms only").',
    });
  });

  test('Linux with an unreadable value: unknown, warns only when fipsOnly is on', async () => {
    expect(
      await fipsModeCheck.run(agentHostContext(linux('x'), { agent: { fipsOnly: true } })),
    ).toMatchObject({
      status: 'warn',
      message: `agent.fipsOnly is on, but the FIPS mode of this OS could not be read (${LINUX_FIPS_FILE})`,
      evidence: { osFipsMode: 'unknown' },
    });
    expect(await fipsModeCheck.run(agentHostContext(linux('x')))).toMatchObject({
      status: 'pass',
      message: `agent.fipsOnly is off; the FIPS mode of this OS could not be read (${LINUX_FIPS_FILE})`,
    });
  });

  test('Windows reads the FipsAlgorithmPolicy key', async () => {
    const probe = fixtureProbe({
      platform: 'win32',
      registry: { [WINDOWS_FIPS_KEY]: fixture('reg-query', 'fips-enabled.txt') },
    });
    expect(await fipsModeCheck.run(agentHostContext(probe, { agent: { fipsOnly: true } }))).toMatchObject({
      status: 'pass',
      evidence: { osFipsMode: true, source: `${WINDOWS_FIPS_KEY}\\Enabled` },
    });
    expect(probe.regQueries).toEqual([WINDOWS_FIPS_KEY]);
  });

  test('another platform has no probe', async () => {
    expect(await fipsModeCheck.run(agentHostContext(fixtureProbe({ platform: 'darwin' })))).toMatchObject({
      status: 'pass',
      message: 'agent.fipsOnly is off; the FIPS mode of this OS could not be read (no FIPS probe on darwin)',
    });
  });
});
