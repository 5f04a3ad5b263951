/**
 * Which settings put users at risk is written once, in the settings field table (`risk` of each
 * field); the review's risk rules read it. A setting with no risk, or one whose risk no rule reads
 * as the table says, fails here.
 */
import { DiffArea } from '../../lib/review/diff-model';
import { riskRuleFor } from '../../lib/review/risk-rules';
import { SETTING_FIELDS, SettingRisk } from '../../lib/settings/settings-fields';

/** The rule that decides a change of a setting of each risk (values that neither widen nor weaken). */
const RULE_OF_RISK: Readonly<Record<SettingRisk, string>> = {
  [SettingRisk.USER_SCOPE]: 'RISK-USER-SCOPE',
  [SettingRisk.GROUP_SCOPE]: 'RISK-GROUP-SCOPE',
  [SettingRisk.USER_IDENTITY]: 'RISK-UNIQUE-ID',
  [SettingRisk.USERNAME]: 'RISK-USERNAME-FORMAT',
  [SettingRisk.ACCOUNT_STATUS]: 'RISK-ACCOUNT-STATUS',
  [SettingRisk.MEMBERSHIP]: 'RISK-GROUP-MEMBERSHIP',
  [SettingRisk.AGENT_CONNECTION]: 'RISK-AGENT-CONNECTION',
  [SettingRisk.BIND_ACCOUNT]: 'RISK-BIND-DN',
  [SettingRisk.CONNECTION_SECURITY]: 'RISK-SETTING',
  [SettingRisk.MANUAL_ENTRY]: 'RISK-SETTING',
};

test('every settings field states a risk the table of risks knows', () => {
  const known = Object.values(SettingRisk);
  const missing = SETTING_FIELDS.filter((f) => !known.includes(f.risk)).map((f) => f.path);
  expect(missing).toEqual([]);
  expect(SETTING_FIELDS.length).toBeGreaterThan(30);
});

test.each(SETTING_FIELDS.map((f) => [f.path, f.risk] as const))(
  'a change of %s is decided by the rule of its risk (%s)',
  (path, risk) => {
    const rule = riskRuleFor({
      kind: 'diff',
      change: { area: DiffArea.SETTING, kind: 'changed', key: path, before: 'a', after: 'b' },
    });
    expect(rule.id).toBe(RULE_OF_RISK[risk]);
  },
);

test('a weakened connection security is decided by its own rule, read from the same table', () => {
  const rule = riskRuleFor({
    kind: 'diff',
    change: {
      area: DiffArea.SETTING,
      kind: 'changed',
      key: 'agent.connectionSecurity',
      before: 'LDAPS',
      after: 'PLAIN',
    },
  });
  expect(rule.id).toBe('RISK-SECURITY-WEAKENED');
});
