import { hasErrorBrand } from '../errors';
import { ExitCode } from './cli-io';

/** How a command, the deploy guard or a synth ended: what `exitCodeFor` turns into an exit code. */
export type Outcome =
  /** The checks ran: `passed` is false when at least one failed. */
  | { readonly passed: boolean }
  /** `diff` compared two apps. */
  | { readonly differs: boolean }
  /** Something was thrown (any value, not only an `Error`). */
  | { readonly error: unknown };

/**
 * The errors that mean "the input is wrong, fix it and run again", by the class name in their
 * `Symbol.for('cdktf-okta-ldap.<name>')` brand. Matched by brand, so an error created by a second
 * copy of the package maps the same way (test/shared/exit-codes.test.ts checks each against its class).
 * Subclasses (e.g. `CommentTooSmallError` of `InputError`) carry their parent's brand.
 */
const INPUT_ERROR_KINDS: readonly string[] = [
  'InputError',
  'OktaLdapValidationError',
  'OktaLdapConfigurationError',
  'DuplicatePackageError',
  'DnSyntaxError',
  'LdapFilterSyntaxError',
  'OktaApiError',
];
const INPUT_ERROR_BRANDS = INPUT_ERROR_KINDS.map((name) => Symbol.for(`cdktf-okta-ldap.${name}`));

/**
 * The exit code of an outcome: 0 the checks passed (or the apps are the same), 1 a check failed, 2 a
 * usage or input error (bad flags or files, settings the validation rules refuse, a construct
 * misconfigured, Okta refusing the token or unreachable), 3 `diff` found differences, 4 anything
 * else thrown: a bug or an unexpected failure, never reported as a failed check.
 */
export function exitCodeFor(outcome: Outcome): ExitCode {
  if ('passed' in outcome) return outcome.passed ? ExitCode.OK : ExitCode.CHECK_FAILED;
  if ('differs' in outcome) return outcome.differs ? ExitCode.DIFFERENT : ExitCode.OK;
  return meansBadInput(outcome.error) ? ExitCode.USAGE : ExitCode.INTERNAL;
}

/** True for an error of this package (any copy) that means bad input. */
export function meansBadInput(error: unknown): boolean {
  return INPUT_ERROR_BRANDS.some((brand) => hasErrorBrand(error, brand));
}
