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
