import { ErrorCategory, OktaLdapError } from '../errors';
import { ExitCode } from './cli-io';

/** How a command, the deploy guard or a synth ended: what `exitCodeFor` turns into an exit code. */
export type ExitReason =
  /** The checks ran: `passed` is false when at least one failed. */
  | { readonly passed: boolean }
  /** `diff` compared two apps. */
  | { readonly differs: boolean }
  /** Something was thrown (any value, not only an `Error`). */
  | { readonly error: unknown };

/**
 * The exit code of an outcome: 0 the checks passed (or the apps are the same), 1 a check failed, 2 a
 * usage or input error (bad flags or files, settings the validation rules refuse, a construct
 * misconfigured, Okta refusing the token or unreachable), 3 `diff` found differences, 4 anything
 * else thrown: a bug or an unexpected failure, never reported as a failed check.
 */
export function exitCodeFor(outcome: ExitReason): ExitCode {
  if ('passed' in outcome) return outcome.passed ? ExitCode.OK : ExitCode.CHECK_FAILED;
  if ('differs' in outcome) return outcome.differs ? ExitCode.DIFFERENT : ExitCode.OK;
  return meansBadInput(outcome.error) ? ExitCode.USAGE : ExitCode.INTERNAL;
}

/**
 * True for an error of this package (any copy) whose class puts it in `ErrorCategory.INPUT`: the
 * category is read from the error, never from a list of class names.
 */
export function meansBadInput(error: unknown): boolean {
  return OktaLdapError.categoryOf(error) === ErrorCategory.INPUT;
}
