import {
  clip,
  hasHiddenCharacters,
  HiddenCharacterKind,
  hiddenCharacters,
  showHidden,
  terminalSafe,
} from '../../lib/text/untrusted-text';
import { TERMINAL_COLOURS } from '../../lib/text/terminal-colours';

describe('hiddenCharacters', () => {
  test('names each kind with its code point and position', () => {
    const found = hiddenCharacters('a\u202eb\u200bc\u001bd\u00ade\u2028f\ud800g\u00a0');
    expect(found.map((h) => [h.kind, h.shown, h.index])).toEqual([
      [HiddenCharacterKind.BIDI, '<U+202E>', 1],
      [HiddenCharacterKind.ZERO_WIDTH, '<U+200B>', 3],
      [HiddenCharacterKind.CONTROL, '<U+001B>', 5],
      [HiddenCharacterKind.FORMAT, '<U+00AD>', 7],
      [HiddenCharacterKind.SPACE, '<U+2028>', 9],
      [HiddenCharacterKind.LONE_SURROGATE, '<U+D800>', 11],
      [HiddenCharacterKind.SPACE, '<U+00A0>', 13],
    ]);
  });

  test('ordinary text, accents, CJK and emoji hold none', () => {
    for (const ok of ['engineering', 'Ingénierie R&D', '開発チーム', 'team 🚀', 'a b', 'cn=a\\,b']) {
      expect(hiddenCharacters(ok)).toEqual([]);
      expect(hasHiddenCharacters(ok)).toBe(false);
    }
    expect(hasHiddenCharacters('x\u2066y')).toBe(true);
  });
});

describe('showHidden', () => {
  test('a right-to-left override, a terminal escape and a newline become visible escapes', () => {
    expect(showHidden('helpdesk\u202eYLNO_DAER')).toBe('helpdesk<U+202E>YLNO_DAER');
    expect(showHidden('\u001b[2K\u001b[1A\nok')).toBe('<U+001B>[2K<U+001B>[1A<U+000A>ok');
    expect(showHidden('tag\u{E0041}')).toBe('tag<U+E0041>');
  });

  test('the result has no code point below U+0020 for any input', () => {
    let all = '';
    for (let c = 0; c < 0x2100; c++) all += String.fromCharCode(c);
    const shown = showHidden(all);
    expect([...shown].filter((ch) => ch.charCodeAt(0) < 0x20)).toEqual([]);
    expect(shown).not.toMatch(/[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('terminalSafe', () => {
  test('keeps the line breaks and escapes the rest the way JSON would', () => {
    expect(terminalSafe('a\r\nb\nc\rd\u001b e\u202e')).toBe('a\r\nb\nc\\u000dd\\u001b e\\u202e');
    // Colour passes; erasing a line or moving the cursor does not.
    expect(terminalSafe('\u001b[32mPASS\u001b[0m\u001b[2K\u001b[1A')).toBe(
      '\u001b[32mPASS\u001b[0m\\u001b[2K\\u001b[1A',
    );
    const json = JSON.stringify({ name: 'x\u202ey' }, null, 2);
    expect(JSON.parse(terminalSafe(json))).toEqual({ name: 'x\u202ey' });
  });

  test('lets through only the exact colour codes the product writes: no conceal, no other SGR', () => {
    for (const c of Object.values(TERMINAL_COLOURS)) expect(terminalSafe(`${c}x`)).toBe(`${c}x`);
    // Conceal hides the text that follows; the others recolour or restyle it as a value wishes.
    for (const sgr of ['8', '30;40', '1;31', '38;5;16', '7', '32;8', '', '0;8']) {
      expect(terminalSafe(`a\u001b[${sgr}mb`)).toBe(`a\\u001b[${sgr}mb`);
    }
  });
});

describe('clip', () => {
  test('cuts a long value and says how much was cut; a short one is unchanged', () => {
    expect(clip('x'.repeat(10_000), 20)).toBe(`${'x'.repeat(20)}…(+9,980 characters)`);
    expect(clip('short', 20)).toBe('short');
  });

  test('never cuts a surrogate pair in half', () => {
    expect(clip('ab🚀cd', 3)).toBe('ab…(+4 characters)');
  });
});
