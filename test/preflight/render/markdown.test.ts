import { toFinding } from '../../../lib/preflight/check';
import { mappedGroupsCheck } from '../../../lib/preflight/checks/mapped-groups';
import { renderMarkdown, titleMarkdown } from '../../../lib/preflight/render/markdown';
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

describe('a group name in a title is a code span', () => {
  const hostile = 'eng @octocat #1 www.evil.example :+1: *x*';
  const finding = toFinding(mappedGroupsCheck, {
    status: 'fail',
    message: `LDAP group ${hostile} not found`,
    evidence: { group: hostile, base: 'ou=Users,dc=example,dc=com' },
  });

  test('in the table and in the details heading, the name as inline code, the rest escaped text', () => {
    const report = sampleReport();
    const md = renderMarkdown({ ...report, findings: [finding] });
    expect(md).toContain(
      '| ❌ FAIL | `PF-MAPPED-GROUP` Mapped LDAP group `eng @octocat #1 www.evil.example :+1: *x*` exists once | ',
    );
    expect(md).toContain(
      '#### ❌ `PF-MAPPED-GROUP` Mapped LDAP group `eng @octocat #1 www.evil.example :+1: *x*` exists once\n',
    );
  });

  test('a name found twice, or holding backticks, is quoted each time with a longer fence', () => {
    expect(titleMarkdown({ title: 'a `g` b `g`', evidence: { group: '`g`' } })).toBe(
      'a `` `g` `` b `` `g` ``',
    );
    expect(titleMarkdown({ title: 'Root DN exists', evidence: { count: 1, group: '' } })).toBe(
      'Root DN exists',
    );
  });
});
