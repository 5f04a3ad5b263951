import { reportBlankStrings } from '../../lib/validation-rule/required-strings';
import { stringToken } from '../validation/rules/rule-fixtures';

describe('reportBlankStrings', () => {
  test('reports a missing or blank value with its own subject and fix, and passes text and tokens', () => {
    const reports: unknown[][] = [];
    reportBlankStrings(
      [
        { path: 'a', value: 'text', what: 'the name' },
        { path: 'b', value: undefined, what: 'the name' },
        { path: 'c', value: '  ', what: 'c' },
        { path: 'd', value: stringToken(''), what: 'the token' },
        { path: 'e', value: 7, what: 'the number' },
      ],
      (path) => `Set ${path}`,
      (...args) => reports.push(args),
    );
    expect(reports).toEqual([
      ['b', undefined, 'the name is missing; it must be a non-empty string', 'Set b'],
      ['c', '  ', "c is blank ('  '); it must be a non-empty string", 'Set c'],
      ['e', 7, 'the number is missing; it must be a non-empty string', 'Set e'],
    ]);
  });
});
