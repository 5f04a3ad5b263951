import { defineRule, type ReportViolation, reportedViolations } from '../../validation-rule/define-rule';
import type { Violation } from '../../validation-rule/validation-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { isWholeNumberIn } from '../../validation-rule/rule-support';

/** Longest preflight the guard waits for, in seconds (an hour). */
export const GUARD_TIMEOUT_MAX_SECONDS = 3600;

/** Reports a guard timeout at `path` that is not a whole number of seconds from 1 to the maximum. */
function checkGuardTimeout(seconds: number, path: string, report: ReportViolation): void {
  if (isUnresolved(seconds) || isWholeNumberIn(seconds, 1, GUARD_TIMEOUT_MAX_SECONDS)) return;
  report(
    path,
    seconds,
    `the preflight guard timeout must be a whole number of seconds from 1 to ${GUARD_TIMEOUT_MAX_SECONDS}`,
    'Pass e.g. timeoutSeconds: 30, or leave it unset for the default',
  );
}

/** OKLDAP-402: the preflight guard's timeout is a whole number of seconds from 1 to 3600. */
export const guardTimeoutRule = defineRule('OKLDAP-402', {
  severity: 'error',
  title: 'The preflight guard timeout is not a whole number of seconds from 1 to 3600',
  check(input, report) {
    const seconds = input.preflightGuardTimeoutSeconds;
    if (seconds !== undefined) checkGuardTimeout(seconds, 'preflightGuardOptions.timeoutSeconds', report);
  },
});

/** The violation of a bad guard timeout at `path` (also used by a `PreflightGuard` made on its own). */
export function guardTimeoutViolations(seconds: number, path: string): Violation[] {
  return reportedViolations(guardTimeoutRule, (report) => checkGuardTimeout(seconds, path, report));
}
