import * as os from 'os';
import { InputError } from '../../lib/errors';
import {
  choiceOption,
  durationOption,
  exclusiveOptions,
  parseCommandLine,
  usageError,
  wholeNumberOption,
} from '../../lib/cli/command-options';
import { runCli } from '../support/run-cli';

/** The error `fn` throws; fails the test when it throws none. */
function thrownBy(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error, got none');
}

const SPEC = {
  command: 'demo',
  options: { out: { type: 'string' }, json: { type: 'boolean' }, plan: { type: 'string', multiple: true } },
} as const;

describe('parseCommandLine', () => {
  test('values and positionals, without the help switch', () => {
    const line = parseCommandLine(
      { ...SPEC, positionals: { min: 1, max: 2, what: 'A [B]', example: 'cdktf-okta-ldap demo a' } },
      ['a', '--out', 'dir', '--plan', 'p1', '--plan=p2', '--json'],
    );
    expect(line).toEqual({
      help: false,
      values: { out: 'dir', plan: ['p1', 'p2'], json: true },
      positionals: ['a'],
    });
  });

  test.each([['--help'], ['-h'], ['--out', 'x', '--help']])('%j asks for the help', (...argv) => {
    expect(parseCommandLine(SPEC, argv)).toEqual({ help: true });
  });

  test('--help wins over a wrong number of arguments', () => {
    expect(parseCommandLine(SPEC, ['stray', '--help'])).toEqual({ help: true });
  });

  test.each([
    [['--bogus'], "Unknown option '--bogus'. See 'cdktf-okta-ldap demo --help'."],
    [['--bogus=s3cret'], "Unknown option '--bogus'. See 'cdktf-okta-ldap demo --help'."],
    [['--out'], "Option '--out <value>' argument missing. See 'cdktf-okta-ldap demo --help'."],
    [['--json=yes'], "Option '--json' does not take an argument. See 'cdktf-okta-ldap demo --help'."],
    [
      ['s3cret'],
      "unexpected argument (value not shown): demo takes only options. See 'cdktf-okta-ldap demo --help'.",
    ],
  ])('%j is a usage error that never shows a value', (argv, message) => {
    const error = thrownBy(() => parseCommandLine(SPEC, argv));
    expect(InputError.isInputError(error)).toBe(true);
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('s3cret');
  });

  test('too few or too many positionals name what is needed and an example', () => {
    const spec = {
      ...SPEC,
      positionals: { min: 2, max: 2, what: 'BASE and HEAD', example: 'cdktf-okta-ldap demo a b' },
    };
    expect(thrownBy(() => parseCommandLine(spec, ['a'])).message).toBe(
      "demo needs BASE and HEAD (got 1 argument). Example: cdktf-okta-ldap demo a b. See 'cdktf-okta-ldap demo --help'.",
    );
    expect(thrownBy(() => parseCommandLine(spec, ['a', 'b', 'c'])).message).toBe(
      "demo needs BASE and HEAD (got 3 arguments). Example: cdktf-okta-ldap demo a b. See 'cdktf-okta-ldap demo --help'.",
    );
  });
});

describe('option values', () => {
  test('usageError: one trailing full stop, then the help hint', () => {
    expect(usageError('demo', 'bad thing.').message).toBe("bad thing. See 'cdktf-okta-ldap demo --help'.");
  });

  test('wholeNumberOption: the default when absent, the number, or an error naming the range', () => {
    const spec = { min: 1, max: 10, fallback: 5 };
    expect(wholeNumberOption('demo', '--n', undefined, spec)).toBe(5);
    expect(wholeNumberOption('demo', '--n', ' 7 ', spec)).toBe(7);
    for (const bad of ['0', '11', '1.5', '-1', 'ten', '']) {
      expect(thrownBy(() => wholeNumberOption('demo', '--n', bad, spec)).message).toBe(
        `--n must be a whole number from 1 to 10 (default 5); got ${JSON.stringify(bad)}. See 'cdktf-okta-ldap demo --help'.`,
      );
    }
    expect(thrownBy(() => wholeNumberOption('demo', '--n', '0', { min: 1, fallback: 5 })).message).toBe(
      `--n must be a whole number of at least 1 (default 5); got "0". See 'cdktf-okta-ldap demo --help'.`,
    );
  });

  test('durationOption: seconds, milliseconds or minutes, from 1 ms to an hour', () => {
    expect(durationOption('demo', '--t', undefined, 30_000)).toBe(30_000);
    expect(durationOption('demo', '--t', '2.5', 0)).toBe(2500);
    expect(durationOption('demo', '--t', '30s', 0)).toBe(30_000);
    expect(durationOption('demo', '--t', '500ms', 0)).toBe(500);
    expect(durationOption('demo', '--t', '5m', 0)).toBe(300_000);
    expect(durationOption('demo', '--t', '1.5m', 0)).toBe(90_000);
    expect(durationOption('demo', '--t', '60m', 0)).toBe(3_600_000);
    for (const bad of ['soon', '0', '3601', '-1s', '61m', '5h']) {
      expect(thrownBy(() => durationOption('demo', '--t', bad, 0)).message).toBe(
        `--t must be a duration from 1ms to 60m: seconds ("30", "2.5", "30s"), milliseconds ("500ms") or minutes ("5m"); got ${JSON.stringify(bad)}. See 'cdktf-okta-ldap demo --help'.`,
      );
    }
  });

  test('a long bad value is clipped in the message', () => {
    const message = thrownBy(() =>
      wholeNumberOption('demo', '--n', 'x'.repeat(500), { min: 1, fallback: 1 }),
    ).message;
    expect(message.length).toBeLessThan(200);
  });

  test('choiceOption and exclusiveOptions', () => {
    expect(choiceOption('demo', '--f', undefined, ['a', 'b'], 'a')).toBe('a');
    expect(choiceOption('demo', '--f', 'b', ['a', 'b'], 'a')).toBe('b');
    expect(thrownBy(() => choiceOption('demo', '--f', 'c', ['a', 'b'], 'a')).message).toBe(
      `--f must be one of a, b; got "c". See 'cdktf-okta-ldap demo --help'.`,
    );
    expect(() =>
      exclusiveOptions('demo', { json: true, markdown: false }, ['json', 'markdown']),
    ).not.toThrow();
    expect(
      thrownBy(() => exclusiveOptions('demo', { json: true, markdown: true }, ['json', 'markdown'])).message,
    ).toBe("--json and --markdown exclude each other: pick one. See 'cdktf-okta-ldap demo --help'.");
  });
});

describe('every command parses its options the same way', () => {
  const COMMANDS = ['preflight', 'agent-host', 'report', 'diff', 'review', 'adopt'];

  test.each(COMMANDS)('%s: an unknown flag is exit 2 with the same message shape', async (command) => {
    expect(await runCli([command, '--bogus=s3cret'], os.tmpdir())).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap ${command}: Unknown option '--bogus'. See 'cdktf-okta-ldap ${command} --help'.\n`,
    });
  });

  test.each([
    ['preflight', ['--out'], "Option '--out <value>' argument missing"],
    ['agent-host', ['--ca-file'], "Option '--ca-file <value>' argument missing"],
    ['report', ['--stack'], "Option '--stack <value>' argument missing"],
    ['diff', ['a', 'b', '--markdown=yes'], "Option '--markdown' does not take an argument"],
    ['review', ['head', '--max-chars'], "Option '--max-chars <value>' argument missing"],
    ['adopt', ['--write'], "Option '--write <value>' argument missing"],
  ])('%s %j: a missing or unwanted value is exit 2', async (command, args, problem) => {
    expect(await runCli([command, ...args], os.tmpdir())).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap ${command}: ${problem}. See 'cdktf-okta-ldap ${command} --help'.\n`,
    });
  });

  test.each(COMMANDS)('%s: --help and -h print the help, exit 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([command, flag], os.tmpdir());
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(new RegExp(`^Usage: cdktf-okta-ldap ${command} `));
    }
  });
});
