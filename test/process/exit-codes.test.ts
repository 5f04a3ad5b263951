import {
  ErrorCategory,
  InputError,
  isErrorKind,
  OktaLdapConfigurationError,
  OktaLdapError,
} from '../../lib/errors';
import { DnSyntaxError } from '../../lib/ldap-names/dn';
import { LdapFilterSyntaxError } from '../../lib/ldap-names/ldap-filter';
import { OktaApiError } from '../../lib/okta-api/okta-api-error';
import { DuplicatePackageError } from '../../lib/resources/single-package-copy';
import { CommentTooSmallError } from '../../lib/review/review-markdown';
import { BudgetTooSmall } from '../../lib/review/comment-budget';
import { ExitCode } from '../../lib/process/cli-io';
import { exitCodeFor, meansBadInput } from '../../lib/process/exit-codes';
import { OktaLdapValidationError } from '../../lib/validation/validate-integration';

const violation = {
  ruleId: 'OKLDAP-108',
  severity: 'error' as const,
  path: 'agent.port',
  value: 0,
  message: 'port 0 is out of range',
  fix: 'Use 636',
};

const isInput = (x: unknown): boolean => InputError.isInputError(x);

/** One of each error kind of the package, with the `isX` helper of its class. */
const KINDS: readonly [string, OktaLdapError, (x: unknown) => boolean][] = [
  ['InputError', new InputError('no cdktf.out'), isInput],
  ['CommentTooSmallError', new CommentTooSmallError(10), isInput],
  [
    'OktaLdapConfigurationError',
    new OktaLdapConfigurationError('stack/ldap', 'not a file'),
    (x) => OktaLdapConfigurationError.isOktaLdapConfigurationError(x),
  ],
  [
    'OktaLdapValidationError',
    new OktaLdapValidationError('stack/ldap', [violation]),
    (x) => OktaLdapValidationError.isOktaLdapValidationError(x),
  ],
  [
    'DuplicatePackageError',
    new DuplicatePackageError('stack/ldap', [{ name: 'cdktf', appCopy: '/a', libraryCopy: '/b' }]),
    (x) => DuplicatePackageError.isDuplicatePackageError(x),
  ],
  ['DnSyntaxError', new DnSyntaxError('dc=', 3, 'a value'), (x) => DnSyntaxError.isDnSyntaxError(x)],
  [
    'LdapFilterSyntaxError',
    new LdapFilterSyntaxError('(a=', 'unbalanced'),
    (x) => LdapFilterSyntaxError.isLdapFilterSyntaxError(x),
  ],
  [
    'OktaApiError',
    new OktaApiError('OKTA-UNAUTHORIZED', 'the token is refused', 401),
    (x) => OktaApiError.isOktaApiError(x),
  ],
];

describe('exitCodeFor', () => {
  test('results: 0 passed, 1 a check failed, 3 diff differs, 0 diff equal', () => {
    expect(exitCodeFor({ passed: true })).toBe(ExitCode.OK);
    expect(exitCodeFor({ passed: false })).toBe(ExitCode.CHECK_FAILED);
    expect(exitCodeFor({ differs: true })).toBe(ExitCode.DIFFERENT);
    expect(exitCodeFor({ differs: false })).toBe(ExitCode.OK);
    expect([
      ExitCode.OK,
      ExitCode.CHECK_FAILED,
      ExitCode.USAGE,
      ExitCode.DIFFERENT,
      ExitCode.INTERNAL,
    ]).toEqual([0, 1, 2, 3, 4]);
  });

  test.each(KINDS)('%s is an input error: exit code 2', (_name, error) => {
    expect(exitCodeFor({ error })).toBe(ExitCode.USAGE);
  });

  test('an error of another origin, an internal helper error and a non-Error throw are internal: 4, never 1', () => {
    for (const error of [
      new Error('boom'),
      new TypeError("cannot read properties of undefined (reading 'x')"),
      new BudgetTooSmall(2000, 1000),
      'a string',
      42,
      undefined,
      null,
      { message: 'looks like an error' },
    ]) {
      expect(exitCodeFor({ error })).toBe(ExitCode.INTERNAL);
    }
  });

  test('every category the package declares is one some error of the package is thrown with', () => {
    // A category no error carries would be a promise nothing keeps (exit code 4 needs none: it is
    // the code of anything outside the known categories).
    const thrown = new Set(KINDS.map(([, error]) => error.category));
    expect(Object.values(ErrorCategory).filter((category) => !thrown.has(category))).toEqual([]);
  });

  test('an error of this package in a category it does not know (a newer copy) is internal', () => {
    class FutureError extends OktaLdapError {
      constructor() {
        super('new kind', 'FutureError', 'retry-later' as ErrorCategory);
      }
    }
    const error = new FutureError();
    expect(OktaLdapError.isOktaLdapError(error)).toBe(true);
    expect(exitCodeFor({ error })).toBe(ExitCode.INTERNAL);
  });

  test('an error created by a second copy of the package maps by its Symbol brand (instanceof fails)', () => {
    let copy: typeof import('../../lib/errors') | undefined;
    let validation: typeof import('../../lib/validation/validate-integration') | undefined;
    jest.isolateModules(() => {
      copy = jest.requireActual<typeof import('../../lib/errors')>('../../lib/errors');
      validation = jest.requireActual<typeof import('../../lib/validation/validate-integration')>(
        '../../lib/validation/validate-integration',
      );
    });
    const input = new copy!.InputError('from the other copy');
    const invalid = new validation!.OktaLdapValidationError('stack/ldap', [violation]);
    expect(input).not.toBeInstanceOf(InputError);
    expect(invalid).not.toBeInstanceOf(OktaLdapValidationError);
    expect(InputError.isInputError(input)).toBe(true);
    expect(OktaLdapError.isOktaLdapError(invalid)).toBe(true);
    expect(exitCodeFor({ error: input })).toBe(ExitCode.USAGE);
    expect(exitCodeFor({ error: invalid })).toBe(ExitCode.USAGE);
    // The category is read from the error itself: a copy's error with the package brand and an input
    // category is an input error, whatever its class is called; without the package brand it is not.
    const branded = Object.assign(
      Object.defineProperty(new Error('other copy'), Symbol.for('cdktf-okta-ldap.error'), { value: true }),
      { category: 'input' },
    );
    expect(exitCodeFor({ error: branded })).toBe(ExitCode.USAGE);
    expect(exitCodeFor({ error: Object.assign(new Error('look-alike'), { category: 'input' }) })).toBe(
      ExitCode.INTERNAL,
    );
  });
});

describe('the error hierarchy', () => {
  test.each(KINDS)(
    '%s: OktaLdapError, Error, its own isX, its name, and no other kind',
    (name, error, isX) => {
      expect(error).toBeInstanceOf(OktaLdapError);
      expect(error).toBeInstanceOf(Error);
      expect(OktaLdapError.isOktaLdapError(error)).toBe(true);
      expect(isX(error)).toBe(true);
      expect(error.name).toBe(name);
      expect(meansBadInput(error)).toBe(true);
      expect(error.category).toBe(ErrorCategory.INPUT);
      expect(OktaLdapError.categoryOf(error)).toBe(ErrorCategory.INPUT);
      const otherHelpers = KINDS.filter(([other, , otherIsX]) => other !== name && otherIsX !== isX);
      for (const [, , otherIsX] of otherHelpers) expect(otherIsX(error)).toBe(false);
      // The brands are Symbol.for symbols, the same in every copy of the package; a
      // CommentTooSmallError is an InputError and carries that kind's brand.
      const kind = name === 'CommentTooSmallError' ? 'InputError' : name;
      expect(Symbol.for('cdktf-okta-ldap.error') in error).toBe(true);
      expect(Symbol.for(`cdktf-okta-ldap.${kind}`) in error).toBe(true);
      expect(isErrorKind(error, kind)).toBe(true);
      expect(isErrorKind(error, 'FutureError')).toBe(false);
    },
  );

  test('the brands are not enumerable: JSON and Object.keys show only the public fields', () => {
    const error = new OktaLdapConfigurationError('stack/ldap', 'not a file');
    expect(Object.keys(error).sort()).toEqual(['category', 'constructPath', 'name']);
    expect(Object.getOwnPropertySymbols(error)).toHaveLength(2);
  });

  test('internal helper errors are plain errors, not part of the public hierarchy', () => {
    expect(OktaLdapError.isOktaLdapError(new BudgetTooSmall(2, 1))).toBe(false);
    expect(OktaLdapError.isOktaLdapError(new Error('x'))).toBe(false);
  });
});
