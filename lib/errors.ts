/**
 * Error classes shared by the library and the CLI. Each is marked with a `Symbol.for` brand so that
 * `isX(err)` works even when two copies of the package are loaded.
 */

const INPUT_ERROR = Symbol.for('cdktf-okta-ldap.InputError');

/**
 * Bad input to a CLI command or a reader (missing or malformed `cdktf.out`, settings file, flags).
 * The CLI prints only the message and exits with code 2.
 */
export class InputError extends Error {
  /** True for any InputError, whichever copy of the package created it. */
  public static isInputError(x: unknown): x is InputError {
    return typeof x === 'object' && x !== null && INPUT_ERROR in x;
  }

  constructor(message: string) {
    super(message);
    this.name = 'InputError';
    Object.defineProperty(this, INPUT_ERROR, { value: true });
  }
}

const CONFIGURATION_ERROR = Symbol.for('cdktf-okta-ldap.OktaLdapConfigurationError');

/**
 * A construct was given something it cannot work with that no validation rule covers: a provider of
 * another kind, a `cliPath` or `caFile` that is not a file, a package built without its guard
 * runner. Thrown at construction; `exitOnValidationError` prints only the message and exits 1.
 */
export class OktaLdapConfigurationError extends Error {
  /** True for any OktaLdapConfigurationError, whichever copy of the package created it. */
  public static isOktaLdapConfigurationError(x: unknown): x is OktaLdapConfigurationError {
    return typeof x === 'object' && x !== null && CONFIGURATION_ERROR in x;
  }

  constructor(
    /** Construct path of the construct that refused its props. */
    public readonly constructPath: string,
    /** What is wrong and how to fix it (the message names the construct kind itself). */
    message: string,
  ) {
    super(message);
    this.name = 'OktaLdapConfigurationError';
    Object.defineProperty(this, CONFIGURATION_ERROR, { value: true });
  }
}
