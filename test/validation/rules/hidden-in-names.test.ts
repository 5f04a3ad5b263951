import { hiddenCharacters } from '../../../lib/text/untrusted-text';
import {
  describeHiddenCharacters,
  hiddenCharactersOfName,
  refusedInConstructId,
} from '../../../lib/validation/rules/hidden-in-names';

const shown = (value: string) => hiddenCharactersOfName(value).map((h) => h.shown);

describe('hiddenCharactersOfName', () => {
  test('keeps the joiners of Persian and Indic words, emoji sequences and subdivision flags', () => {
    const ordinary = [
      'می\u200cخواهم',
      'क्\u200dष',
      '👩\u200d💻',
      '👩🏽\u200d💻',
      '🏳️\u200d🌈',
      '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    ];
    for (const name of ordinary) {
      expect(hiddenCharacters(name)).not.toEqual([]); // the shared finder reports them…
      expect(shown(name)).toEqual([]); // …a name keeps them
    }
  });

  test('reports the same characters out of place', () => {
    expect(shown('pay\u200cpal')).toEqual(['<U+200C>']); // Latin
    expect(shown('\u200cمی')).toEqual(['<U+200C>']); // nothing before
    expect(shown('می\u200c')).toEqual(['<U+200C>']); // nothing after
    expect(shown('मी\u200cab')).toEqual(['<U+200C>']); // two scripts
    expect(shown('👩\u200d')).toEqual(['<U+200D>']);
    expect(shown('👩\u200d\u200d💻')).toEqual(['<U+200D>', '<U+200D>']);
    expect(shown('a\u{E0067}\u{E007F}')).toEqual(['<U+E0067>', '<U+E007F>']); // tags, no flag
    expect(shown('🏴\u{E0041}\u{E007F}')).toEqual(['<U+E0041>', '<U+E007F>']); // upper-case tag: no subdivision
    expect(shown('می\u200cخ\u202e')).toEqual(['<U+202E>']);
  });
});

describe('refusedInConstructId', () => {
  test('refuses all but the spaces that look like a space', () => {
    const refused = (value: string) => hiddenCharacters(value).map((h) => [h.shown, refusedInConstructId(h)]);
    expect(refused('\u00a0\u3000\u2028\u2029\u202e\u200b\u00ad\u0007\ud800')).toEqual([
      ['<U+00A0>', false],
      ['<U+3000>', false],
      ['<U+2028>', true],
      ['<U+2029>', true],
      ['<U+202E>', true],
      ['<U+200B>', true],
      ['<U+00AD>', true],
      ['<U+0007>', true],
      ['<U+D800>', true],
    ]);
  });
});

describe('describeHiddenCharacters', () => {
  test('names each distinct character once, with its kind, in order', () => {
    expect(describeHiddenCharacters(hiddenCharacters('a\u202eb\u200bc\u202e'))).toBe(
      '<U+202E> (bidi), <U+200B> (zero-width)',
    );
  });
});
