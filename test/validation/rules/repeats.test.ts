import { repeatsOf } from '../../../lib/validation/rules/repeats';

describe('repeatsOf', () => {
  test('pairs every later item of a key with the first item of that key, in list order', () => {
    const items = ['a', 'B', 'b', 'c', 'A', 'b'];
    expect(repeatsOf(items, (s) => s.toLowerCase())).toEqual([
      { item: 'b', index: 2, first: 'B', firstIndex: 1 },
      { item: 'A', index: 4, first: 'a', firstIndex: 0 },
      { item: 'b', index: 5, first: 'B', firstIndex: 1 },
    ]);
  });

  test('an item whose key is undefined takes no part: it is neither a first nor a repeat', () => {
    const items = ['', 'x', '', 'x'];
    expect(repeatsOf(items, (s) => (s === '' ? undefined : s))).toEqual([
      { item: 'x', index: 3, first: 'x', firstIndex: 1 },
    ]);
    expect(repeatsOf(items, (s, i) => (i === 1 ? undefined : s))).toEqual([
      { item: '', index: 2, first: '', firstIndex: 0 },
    ]);
  });

  test('no repeat in distinct keys or an empty list', () => {
    expect(repeatsOf(['a', 'b'], (s) => s)).toEqual([]);
    expect(repeatsOf([], (s: string) => s)).toEqual([]);
  });
});
