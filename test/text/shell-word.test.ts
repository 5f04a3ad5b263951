import { execFileSync } from 'child_process';
import { shellWord } from '../../lib/text/shell-word';

describe('shellWord', () => {
  test('a word of plain characters is left as it is', () => {
    expect(shellWord('cdktf.out/stacks/main-stack')).toBe('cdktf.out/stacks/main-stack');
    expect(shellWord('user@example.com:636=+%_-')).toBe('user@example.com:636=+%_-');
  });

  test('anything else is single-quoted, with a quote inside written as quote, backslash-quote, quote', () => {
    expect(shellWord('my stack')).toBe("'my stack'");
    expect(shellWord('')).toBe("''");
    expect(shellWord("it's")).toBe("'it'\\''s'");
    expect(shellWord('$(rm -rf ~)')).toBe("'$(rm -rf ~)'");
  });

  test('sh reads each quoted word back as the same single argument', () => {
    const words = ['a b', "it's", '$HOME', '`id`', 'x;y|z&', '*', 'tab\there', 'new\nline', '', '\\'];
    const script = `printf '%s\\0' ${words.map(shellWord).join(' ')}`;
    const printed = execFileSync('sh', ['-c', script], { encoding: 'utf8' });
    expect(printed.split('\0').slice(0, -1)).toEqual(words);
  });
});
