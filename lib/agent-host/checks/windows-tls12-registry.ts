import type { AgentHostCheck } from '../agent-host-check';
import { dwordValue, parseRegQuery, registryValue } from '../reg-query';
import { WINDOWS_TLS12_VALUES, windowsTls12Keys } from '../windows-tls12';

/**
 * AH-WIN-TLS12 (Windows only): the four SCHANNEL values that enable TLS 1.2, read with `reg query`:
 * `Enabled`=1 and `DisabledByDefault`=0 under `TLS 1.2\Server` and `TLS 1.2\Client`. A value that is
 * missing or different fails, with the script that sets them.
 */
export const windowsTls12RegistryCheck: AgentHostCheck = {
  id: 'AH-WIN-TLS12',
  title: 'TLS 1.2 enabled in the Windows registry (SCHANNEL)',
  appliesTo: (context) => context.probe.platform === 'win32',
  run: async (context) => {
    const keys = new Map<string, ReturnType<typeof parseRegQuery>[number] | undefined>();
    for (const key of windowsTls12Keys()) {
      const output = await context.probe.regQuery(key);
      keys.set(
        key,
        output !== undefined
          ? parseRegQuery(output).find((k) => k.key.toLowerCase() === key.toLowerCase())
          : undefined,
      );
    }
    const values = WINDOWS_TLS12_VALUES.map((want) => {
      const raw = registryValue(keys.get(want.key), want.name);
      const data = dwordValue(raw);
      return {
        key: want.key,
        name: want.name,
        expected: want.data,
        found: raw === undefined ? null : data !== undefined ? data : `${raw.type} ${raw.data}`,
        ok: data === want.data,
      };
    });
    const wrong = values.filter((v) => !v.ok);
    const evidence = { values: values.map(({ ok: _ok, ...v }) => v) };
    if (wrong.length === 0) {
      return {
        status: 'pass',
        message: 'TLS 1.2 is enabled for SCHANNEL server and client (the four registry values are set)',
        evidence,
      };
    }
    const side = (key: string): string => key.slice(key.lastIndexOf('\\') + 1);
    const list = wrong
      .map(
        (v) =>
          `TLS 1.2\\${side(v.key)}\\${v.name} is ${v.found === null ? 'missing' : v.found} (needs ${v.expected})`,
      )
      .join('; ');
    return {
      status: 'fail',
      message: `TLS 1.2 is not enabled as the agent requires: ${list}`,
      evidence,
      fix: "Run 'cdktf-okta-ldap agent-host --print-windows-tls12 > tls12.ps1' and run tls12.ps1 as Administrator (or '--print-windows-tls12 --format reg > tls12.reg' and 'reg import tls12.reg'), then restart Windows.",
    };
  },
};
