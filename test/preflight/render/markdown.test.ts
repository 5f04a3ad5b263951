import { renderMarkdown } from '../../../lib/preflight/render/markdown';
import { sampleReport } from './sample-report';

describe('renderMarkdown', () => {
  test('a table of findings with escaped cells (failures first, skipped checks grouped), then details of fail/warn', () => {
    const md = renderMarkdown(sampleReport());
    expect(md).toContain('## LDAP preflight');
    expect(md).toContain('❌ **Failed**');
    expect(md).toContain('| Status | Check | Message |');
    expect(md).toContain(
      '| ⚠️ WARN | `PF-UNIQUE-ID` Unique identifier survives renames | `entrydn \\| changes` |',
    );
    expect(md).toContain('| ⏭️ SKIP | `PF-BASE-ROOT` | skipped: `PF-BIND` failed |');
    const rows = md.split('\n').filter((l) => /^\| (❌|⚠️|✅|⏭️) /.test(l));
    expect(rows.map((r) => r.split(' ')[2])).toEqual(['FAIL', 'WARN', 'PASS', 'SKIP']);
    expect(md).toContain('#### ❌ `PF-BIND` Bind as the bind DN');
    expect(md).toContain('**Fix:** `Use *entryuuid*');
    expect(md).not.toContain('#### ⏭️');
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
