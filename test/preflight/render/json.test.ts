import { renderJson } from '../../../lib/preflight/render/json';
import { sampleReport } from './sample-report';

describe('renderJson', () => {
  test('round-trips the report with a stable key order (evidence keys sorted)', () => {
    const text = renderJson(sampleReport());
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'schema',
      'target',
      'host',
      'port',
      'connectionSecurity',
      'bindDn',
      'startedAt',
      'durationMs',
      'ok',
      'summary',
      'findings',
    ]);
    const findings = parsed.findings as Record<string, unknown>[];
    expect(Object.keys(findings[0]!)).toEqual(['id', 'title', 'status', 'message', 'evidence']);
    expect(Object.keys(findings[2]!)).toEqual(['id', 'title', 'status', 'message', 'fix', 'evidence']);
    expect(Object.keys(findings[3]!)).toEqual([
      'id',
      'title',
      'status',
      'message',
      'skippedBecause',
      'evidence',
    ]);
    expect(JSON.stringify(findings[0]!.evidence)).toBe('{"a":{"b":3,"y":2},"z":1}');
    expect(parsed).toMatchObject({ ok: false, summary: { pass: 1, warn: 1, fail: 1, skipped: 1 } });
  });

  test('is deterministic', () => {
    expect(renderJson(sampleReport())).toBe(renderJson(sampleReport()));
  });
});
