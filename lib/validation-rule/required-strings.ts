/**
 * The shared check of the values that must be non-blank strings (OKLDAP-113 settings, OKLDAP-208
 * mapping names and expressions). Not a rule itself.
 */
import type { ReportViolation } from './define-rule';
import { blankProblem } from './rule-support';

/** A value that must be a non-blank string: where the user wrote it, and how the message names it. */
export interface RequiredString {
  readonly path: string;
  readonly value: unknown;
  /** The subject of the message, e.g. `the LDAP group name` or the path itself. */
  readonly what: string;
}

/**
 * Reports each value that is missing or blank (tokens pass) as `<what> is missing; it must be a
 * non-empty string` or `<what> is blank ('  '); …`, with the fix `fixOf` gives for its path.
 */
export function reportBlankStrings(
  values: readonly RequiredString[],
  fixOf: (path: string) => string,
  report: ReportViolation,
): void {
  for (const { path, value, what } of values) {
    const problem = blankProblem(value);
    if (problem !== undefined)
      report(path, value, `${what} is ${problem}; it must be a non-empty string`, fixOf(path));
  }
}
