import { code, escapeCell, escapeText, fenceSafe, markdownTable } from '../../lib/shared/markdown';

describe('the one Markdown escaper', () => {
  test('running text: Markdown and HTML characters are backslash-escaped', () => {
    expect(escapeText('Use *entryuuid* or [x]_y_ <b> `a\\b`')).toBe(
      'Use \\*entryuuid\\* or \\[x\\]\\_y\\_ \\<b\\> \\`a\\\\b\\`',
    );
  });

  test('a cell: pipes escaped, line breaks become <br>, DN backslashes kept', () => {
    expect(escapeCell('cn=a\\,b | c\r\nd\ne')).toBe('cn=a\\,b \\| c<br>d<br>e');
  });

  test('inline code survives backticks; fenced text cannot close its fence', () => {
    expect(code('ldaps://h:636')).toBe('`ldaps://h:636`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
    expect(fenceSafe('x ``` y')).toBe('x `\u200b`` y');
  });

  test('a table pads columns and refuses a row of the wrong width', () => {
    expect(markdownTable(['a', 'bb'], [['x|y', '1']])).toBe(
      ['| a    | bb  |', '| ---- | --- |', '| x\\|y | 1   |'].join('\n'),
    );
    expect(() => markdownTable(['a'], [['1', '2']])).toThrow('markdownTable: a row has 2 cells, expected 1');
  });
});
