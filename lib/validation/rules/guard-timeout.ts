import type { ValidationRule, Violation } from '../../validation-rule/validation-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { violation } from '../../validation-rule/rule-support';

/** Longest preflight the guard waits for, in seconds (an hour). */
export const GUARD_TIMEOUT_MAX_SECONDS = 3600;

/** OKLDAP-402: the preflight guard's timeout is a whole number of seconds from 1 to 3600. */
export const guardTimeoutRule: ValidationRule = {
  id: 'OKLDAP-402',
  severity: 'error',
  title: 'The preflight guard timeout is not a whole number of seconds from 1 to 3600',
  check: (input) =>
    input.preflightGuardTimeoutSeconds === undefined
      ? []
      : guardTimeoutViolations(input.preflightGuardTimeoutSeconds, 'preflightGuardOptions.timeoutSeconds'),
};

/** The violation of a bad guard timeout at `path` (also used by a `PreflightGuard` made on its own). */
export function guardTimeoutViolations(seconds: number, path: string): Violation[] {
  if (isUnresolved(seconds)) return [];
  if (Number.isInteger(seconds) && seconds >= 1 && seconds <= GUARD_TIMEOUT_MAX_SECONDS) return [];
  return [
    violation(
      guardTimeoutRule,
      path,
      seconds,
      `the preflight guard timeout must be a whole number of seconds from 1 to ${GUARD_TIMEOUT_MAX_SECONDS}`,
      'Pass e.g. timeoutSeconds: 30, or leave it unset for the default',
    ),
  ];
}
