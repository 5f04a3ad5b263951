import { renderMarkdown } from '../../../lib/preflight/render/markdown';
import { sampleReport } from './sample-report';

describe('renderMarkdown', () => {
  test('a table of findings with escaped cells, then details of warn/fail/skipped', () => {
    const md = renderMarkdown(sampleReport());
    expect(md).toContain('## LDAP preflight');
    expect(md).toContain('❌ **Failed**');
    expect(md).toContain('| Status | Check | Message |');
    expect(md).toContain(
      '| ⚠️ WARN | `PF-UNIQUE-ID` Unique identifier survives renames | `entrydn \\| changes` |',
    );
    expect(md).toContain('| ⏭️ SKIP | `PF-BASE-ROOT` Root DN exists | `Skipped: PF-BIND failed` |');
    expect(md).toContain('#### ❌ `PF-BIND` Bind as the bind DN');
    expect(md).toContain('**Fix:** `Use *entryuuid*');
    expect(md).toContain('Skipped because `PF-BIND` did not pass.');
    expect(md).not.toContain('#### ✅');
    expect(md).toContain('<details><summary>Evidence of the passed checks</summary>');
  });

  test('every table row has the same number of cells', () => {
    const rows = renderMarkdown(sampleReport())
      .split('\n')
      .filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(5);
  });
});
