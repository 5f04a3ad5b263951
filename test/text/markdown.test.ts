import {
  code,
  escapeCell,
  escapeText,
  fencedBlock,
  linkedText,
  markdownTable,
} from '../../lib/text/markdown';

describe('the one Markdown escaper', () => {
  test('running text: the characters that start markup are backslash-escaped, hidden ones shown', () => {
    expect(escapeText('Use *entryuuid* or [x]_y_ <b> `a\\b` &amp; ~~s~~\u202e')).toBe(
      'Use \\*entryuuid\\* or \\[x\\]\\_y\\_ \\<b\\> \\`a\\\\b\\` \\&amp; \\~\\~s\\~\\~<U+202E>',
    );
  });

  test('a cell: pipes escaped, a backslash before a pipe shown, DN backslashes kept, no <br>', () => {
    expect(escapeCell('cn=a\\,b | c\r\nd\ne')).toBe('cn=a\\,b \\| c d e');
    expect(escapeCell('`a\\|b`')).toBe('`a<U+005C>\\|b`');
  });

  test('inline code survives backticks, spaces at both ends and hidden characters; cut on request', () => {
    expect(code('ldaps://h:636')).toBe('`ldaps://h:636`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
    expect(code(' x ')).toBe('`  x  `');
    expect(code('a\n## b')).toBe('`a<U+000A>## b`');
    expect(code('x'.repeat(50), { max: 10 })).toBe('`xxxxxxxxxx…(+40 characters)`');
  });

  test('a fenced block is longer than any backtick run inside it', () => {
    expect(fencedBlock('a\n````\nb', 'json')).toBe('`````json\na\n````\nb\n`````');
    expect(fencedBlock('{}')).toBe('```\n{}\n```');
  });

  test('operator text: web addresses become links, the rest is escaped text', () => {
    expect(linkedText('the summary of https://ci.example/run/1?a=b <x>')).toBe(
      'the summary of <https://ci.example/run/1?a=b> \\<x\\>',
    );
  });

  test('a table pads columns and refuses a row of the wrong width', () => {
    expect(markdownTable(['a', 'bb'], [['x|y', '1']])).toBe(
      ['| a    | bb  |', '| ---- | --- |', '| x\\|y | 1   |'].join('\n'),
    );
    expect(() => markdownTable(['a'], [['1', '2']])).toThrow('markdownTable: a row has 2 cells, expected 1');
  });
});
