import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { OktaLdapConfigurationError } from '../../lib/errors';
import { exitOnValidationError } from '../../lib/resources/exit-on-validation-error';
import { OktaLdapValidationError } from '../../lib/validation/validate-integration';
import { tempDir } from '../support/temp-dir';

const violation = {
  ruleId: 'OKLDAP-105',
  severity: 'error' as const,
  path: 'directory.agent.rootDn',
  value: 'x',
  message: 'bad org id',
  fix: 'use the 24 hex characters of your org id',
};

class Exited extends Error {
  constructor(public readonly code: number) {
    super(`exit ${code}`);
  }
}

function run(build: () => unknown, outdir: string) {
  let stderr = '';
  let code: number | undefined;
  let result: unknown;
  try {
    result = exitOnValidationError(build, {
      outdir,
      stderr: { write: (t: string) => (stderr += t) },
      exit: (c: number): never => {
        code = c;
        throw new Exited(c);
      },
    });
  } catch (e) {
    if (!(e instanceof Exited)) throw e;
  }
  return { stderr, code, result };
}

describe('exitOnValidationError', () => {
  const root = tempDir('okta-ldap-exit-');

  test('prints only the validation message, exits 1 and removes the empty outdir the App created', () => {
    const outdir = path.join(root, 'a', 'cdktf.out');
    fs.mkdirSync(path.dirname(outdir));
    const { stderr, code } = run(() => {
      new App({ outdir });
      throw new OktaLdapValidationError('org/JumpCloud', [violation]);
    }, outdir);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "OktaLdapIntegration 'org/JumpCloud' has 1 invalid setting(s):\n" +
        '  [OKLDAP-105] directory.agent.rootDn: bad org id (got "x"). Fix: use the 24 hex characters of your org id\n',
    );
    expect(fs.existsSync(outdir)).toBe(false);
  });

  test('a value quoted in a message reaches the terminal with its escapes and direction changes made visible', () => {
    const outdir = path.join(root, 'h', 'cdktf.out');
    const { stderr, code } = run(() => {
      throw new OktaLdapValidationError('org/JumpCloud', [
        { ...violation, value: 'a\u001b[2K\u202eb', message: 'bad \u001b[1A name' },
      ]);
    }, outdir);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "OktaLdapIntegration 'org/JumpCloud' has 1 invalid setting(s):\n" +
        '  [OKLDAP-105] directory.agent.rootDn: bad \\u001b[1A name (got "a\\u001b[2K<U+202E>b"). Fix: use the 24 hex characters of your org id\n',
    );
  });

  test('prints only the message of a configuration error and exits 1', () => {
    const outdir = path.join(root, 'e', 'cdktf.out');
    const { stderr, code } = run(() => {
      throw new OktaLdapConfigurationError(
        'org/X',
        "OktaLdapIntegration 'org/X': provider 'org/p' is not okta.",
      );
    }, outdir);
    expect(code).toBe(1);
    expect(stderr).toBe("OktaLdapIntegration 'org/X': provider 'org/p' is not okta.\n");
  });

  test('leaves an outdir that existed before alone', () => {
    const outdir = path.join(root, 'b');
    fs.mkdirSync(outdir);
    const { code } = run(() => {
      throw new OktaLdapValidationError('org/JumpCloud', [violation]);
    }, outdir);
    expect(code).toBe(1);
    expect(fs.existsSync(outdir)).toBe(true);
  });

  test('rethrows other errors and returns the result when all is well', () => {
    expect(() =>
      run(
        () => {
          throw new TypeError('boom');
        },
        path.join(root, 'c'),
      ),
    ).toThrow(new TypeError('boom'));
    expect(run(() => 42, path.join(root, 'd'))).toEqual({ stderr: '', code: undefined, result: 42 });
  });
});
