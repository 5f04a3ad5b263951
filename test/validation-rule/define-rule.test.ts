import { defineRule, reportedViolations } from '../../lib/validation-rule/define-rule';
import { input, run } from '../validation/rules/rule-fixtures';

describe('defineRule', () => {
  const hostRule = defineRule('OKLDAP-990', {
    severity: 'warning',
    title: 'The host is reported',
    check(i, report) {
      report('directory.agent.host', i.settings.agent.host, 'first message', 'first fix');
      report('directory.agent.port', i.settings.agent.port, 'second message', 'second fix');
    },
  });

  test('gives the rule its id, severity and title', () => {
    expect([hostRule.id, hostRule.severity, hostRule.title]).toEqual([
      'OKLDAP-990',
      'warning',
      'The host is reported',
    ]);
  });

  test("makes each report a violation with the rule's id and severity, in the order reported", () => {
    expect(run(hostRule, input())).toEqual([
      {
        ruleId: 'OKLDAP-990',
        severity: 'warning',
        path: 'directory.agent.host',
        value: 'ldap.jumpcloud.com',
        message: 'first message',
        fix: 'first fix',
      },
      {
        ruleId: 'OKLDAP-990',
        severity: 'warning',
        path: 'directory.agent.port',
        value: 636,
        message: 'second message',
        fix: 'second fix',
      },
    ]);
  });

  test('a rule that reports nothing returns no violation, and every run starts empty', () => {
    const silent = defineRule('OKLDAP-991', { severity: 'error', title: 'Never', check: () => undefined });
    expect(run(silent, input())).toEqual([]);
    expect(run(hostRule, input())).toHaveLength(2);
    expect(run(hostRule, input())).toHaveLength(2);
  });

  test('the check sees the input the rule is run on', () => {
    const seen: string[] = [];
    const spy = defineRule('OKLDAP-992', {
      severity: 'error',
      title: 'Spy',
      check: (i) => void seen.push(String(i.settings.agent.host)),
    });
    run(spy, input());
    expect(seen).toEqual(['ldap.jumpcloud.com']);
  });
});

describe('reportedViolations', () => {
  test('collects what a check reports outside a rule run, with the id and severity given', () => {
    expect(
      reportedViolations({ id: 'OKLDAP-402', severity: 'error' }, (report) =>
        report('timeoutSeconds', 0, 'too short', 'make it longer'),
      ),
    ).toEqual([
      {
        ruleId: 'OKLDAP-402',
        severity: 'error',
        path: 'timeoutSeconds',
        value: 0,
        message: 'too short',
        fix: 'make it longer',
      },
    ]);
    expect(reportedViolations({ id: 'OKLDAP-402', severity: 'error' }, () => undefined)).toEqual([]);
  });
});
