import { renderProgressLine, renderText } from '../../../lib/preflight/render/text';
import { sampleReport } from './sample-report';

describe('renderText', () => {
  test('failures, then warnings, then passes, the fix under warn/fail; skipped checks as one line; a summary; no colour by default', () => {
    expect(renderText(sampleReport())).toBe(
      [
        'LDAP preflight: ldaps://ldap.example.test:636 as uid=okta-bind,ou=Users,o=abc,dc=jumpcloud,dc=com',
        '',
        '  FAIL  PF-BIND       Bind refused (code 49)',
        '                      fix: Enable as LDAP Bind DN',
        '  WARN  PF-UNIQUE-ID  entrydn | changes',
        '                      fix: Use *entryuuid*',
        '  PASS  PF-PASSWORD   A bind password was given',
        '  SKIP  skipped: PF-BIND failed (PF-BASE-ROOT)',
        '',
        'FAILED: 1 passed, 1 warned, 1 failed, 1 skipped in 42 ms',
        '',
      ].join('\n'),
    );
  });

  test('colour only when asked', () => {
    expect(renderText(sampleReport())).not.toContain('\u001b[');
    const coloured = renderText(sampleReport(), { colour: true });
    expect(coloured).toContain('\u001b[31mFAIL\u001b[0m');
    expect(coloured).toContain('\u001b[32mPASS\u001b[0m');
  });

  test('progress line', () => {
    expect(renderProgressLine(sampleReport().findings[2]!)).toBe('FAIL PF-BIND  Bind refused (code 49)\n');
  });
});
