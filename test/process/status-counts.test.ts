import { countByStatus } from '../../lib/process/status-counts';
import { summarizeFindings } from '../../lib/preflight/finding';
import { adoptionSummary } from '../../lib/adoption/render-adoption';

test('counts each status, lists every status given in its order, 0 for those none has', () => {
  const items = [{ status: 'b' }, { status: 'a' }, { status: 'b' }] as const;
  const counts = countByStatus(items, ['c', 'b', 'a']);
  expect(counts).toEqual({ c: 0, b: 2, a: 1 });
  expect(Object.keys(counts)).toEqual(['c', 'b', 'a']);
});

test("the preflight's, the agent host's and adopt's summaries are that count, keys in their report order", () => {
  const findings = summarizeFindings([{ status: 'fail' }, { status: 'pass' }, { status: 'fail' }]);
  expect(JSON.stringify(findings)).toBe('{"pass":1,"warn":0,"fail":2,"skipped":0}');
  const rows = adoptionSummary([
    { resource: 'okta_group', mapping: 'groupMappings[0]', name: 'A', status: 'conflict', detail: 'd' },
    {
      resource: 'okta_group',
      mapping: 'groupMappings[1]',
      name: 'B',
      status: 'adopt',
      id: '00g',
      detail: 'd',
    },
  ]);
  expect(JSON.stringify(rows)).toBe('{"adopt":1,"create":0,"conflict":1}');
});
