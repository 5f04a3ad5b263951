import { compareNames } from '../../lib/text/compare-names';

describe('compareNames', () => {
  test('orders case-insensitively, lower case first on a tie, as localeCompare does for letters and digits', () => {
    const names = ['org', 'Org', 'dev', 'aB', 'ab', 'Zed', 'zed', 'x1', 'x10', 'x2', 'email', 'Foo'];
    const sorted = [...names].sort(compareNames);
    expect(sorted).toEqual([
      'ab',
      'aB',
      'dev',
      'email',
      'Foo',
      'org',
      'Org',
      'x1',
      'x10',
      'x2',
      'zed',
      'Zed',
    ]);
    expect(sorted).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  test('equal names compare equal', () => {
    expect(compareNames('Org', 'Org')).toBe(0);
  });
});
