/**
 * Error classes shared by the library and the CLI. Every public error of the package extends
 * `OktaLdapError`, which marks it with two `Symbol.for` brands: one for the package
 * (`cdktf-okta-ldap.error`) and one for its kind (`cdktf-okta-ldap.<ClassName>`). `isX(err)` tests
 * the brand, not the prototype, so it works even when two copies of the package are loaded (where
 * `instanceof` would fail); `instanceof` still works within one copy.
 */

const OKTA_LDAP_ERROR = Symbol.for('cdktf-okta-ldap.error');

/** The brand of the error kind named `name` (its class name): the same symbol in every package copy. */
function kindBrand(name: string): symbol {
  return Symbol.for(`cdktf-okta-ldap.${name}`);
}

/** True when `x` is an object carrying `brand` (set by an `OktaLdapError` constructor of any package copy). */
function hasErrorBrand(x: unknown, brand: symbol): boolean {
  return typeof x === 'object' && x !== null && brand in x;
}

/**
 * True when `x` is an error of this package of the kind named `name` (the class name its constructor
 * passed to `OktaLdapError`), whichever copy of the package created it: what each `isX` helper answers.
 */
export function isErrorKind(x: unknown, name: string): boolean {
  return hasErrorBrand(x, kindBrand(name));
}

/**
 * What an error of this package means for whoever ran it: what `exitCodeFor` reads to choose an
 * exit code. Anything else thrown (an error of another origin, or of a category this copy does not
 * know) is an unexpected failure: exit code 4, never reported as a failed check.
 */
export enum ErrorCategory {
  /**
   * The input is wrong (flags, files, settings, props, a token Okta refuses): fix it and run again.
   * Exit code 2.
   */
  INPUT = 'input',
}

/**
 * Base of every error this package throws on purpose. Not thrown itself: each kind is a subclass
 * with its own `isX` helper. The CLI, the deploy guard and `exitOnValidationError` turn them into
 * exit codes with `exitCodeFor`.
 *
 * @jsii ignore (an error class: other languages get its message with the rule ids)
 */
export abstract class OktaLdapError extends Error {
  /** True for any error of this package, whichever copy of the package created it. */
  public static isOktaLdapError(x: unknown): x is OktaLdapError {
    return hasErrorBrand(x, OKTA_LDAP_ERROR);
  }

  /**
   * The category of an error of this package (any copy), or `undefined` for any other value (or an
   * error of this package that names no category it knows).
   */
  public static categoryOf(x: unknown): ErrorCategory | undefined {
    if (!OktaLdapError.isOktaLdapError(x)) return undefined;
    const category: unknown = x.category;
    return Object.values(ErrorCategory).find((known) => known === category);
  }

  /** What the error means for whoever ran the command: each kind of error states its own. */
  public readonly category: ErrorCategory;

  /**
   * @param message what is wrong, the value received, what is allowed, how to fix it
   * @param name the class name: set as `error.name`, and branded on the error as
   *   `Symbol.for('cdktf-okta-ldap.<name>')` (what the subclass's `isX` helper tests)
   * @param category what the error means for whoever ran the command (the exit code follows from it)
   */
  protected constructor(message: string, name: string, category: ErrorCategory) {
    super(message);
    this.name = name;
    this.category = category;
    Object.defineProperty(this, OKTA_LDAP_ERROR, { value: true });
    Object.defineProperty(this, kindBrand(name), { value: true });
  }
}

/**
 * Bad input to a CLI command or a reader (missing or malformed `cdktf.out`, settings file, flags).
 * The CLI prints only the message and exits with code 2.
 *
 * @jsii ignore (an error class: other languages get its message with the rule ids)
 */
export class InputError extends OktaLdapError {
  /** True for any InputError, whichever copy of the package created it. */
  public static isInputError(x: unknown): x is InputError {
    return isErrorKind(x, 'InputError');
  }

  constructor(message: string) {
    super(message, 'InputError', ErrorCategory.INPUT);
  }
}

/**
 * A construct was given something it cannot work with that no validation rule covers: a provider of
 * another kind, a `cliPath` or `caFile` that is not a file, a package built without its guard
 * runner. Thrown at construction; `exitOnValidationError` prints only the message and exits 1.
 *
 * @jsii ignore (an error class: other languages get its message with the rule ids)
 */
export class OktaLdapConfigurationError extends OktaLdapError {
  /** True for any OktaLdapConfigurationError, whichever copy of the package created it. */
  public static isOktaLdapConfigurationError(x: unknown): x is OktaLdapConfigurationError {
    return isErrorKind(x, 'OktaLdapConfigurationError');
  }

  constructor(
    /** Construct path of the construct that refused its props. */
    public readonly constructPath: string,
    /** What is wrong and how to fix it (the message names the construct kind itself). */
    message: string,
  ) {
    super(message, 'OktaLdapConfigurationError', ErrorCategory.INPUT);
  }
}
