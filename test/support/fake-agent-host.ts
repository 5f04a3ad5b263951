import { integrationModel } from '../../lib/model/integration-model';
import type { AgentHostContext } from '../../lib/agent-host/agent-host-check';
import type { HostProbe } from '../../lib/agent-host/host-probe';
import type { LdapDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { jumpCloud } from './fake-ldap-connection';

/**
 * An `AgentHostContext` over a fake probe (build one with test/agent-host/fixture-probe.ts), with
 * JumpCloud settings unless others are given, whose `agent` part `agent` overrides. It reaches no
 * network: `openLdapConnection` and `httpsProbe` throw unless the options pass fakes.
 */
export function agentHostContext(
  probe: HostProbe,
  options: {
    settings?: LdapDirectorySettings;
    agent?: Partial<LdapDirectorySettings['agent']>;
  } & Partial<Omit<AgentHostContext, 'settings' | 'input' | 'probe'>> = {},
): AgentHostContext {
  const { settings: given, agent, ...rest } = options;
  const base = given ?? jumpCloud();
  const settings = { ...base, agent: { ...base.agent, ...agent } };
  const model = integrationModel({ settings });
  return {
    settings: model.settings,
    input: model,
    probe,
    openLdapConnection: () => {
      throw new Error('This context opens no LDAP connection: pass openLdapConnection');
    },
    httpsProbe: () => Promise.reject(new Error('This context sends no HTTPS request: pass httpsProbe')),
    connectTimeoutMs: 1000,
    operationTimeoutMs: 2000,
    now: new Date('2026-06-01T00:00:00Z'),
    ...rest,
  };
}
