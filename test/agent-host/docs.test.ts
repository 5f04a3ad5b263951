import * as fs from 'fs';
import * as path from 'path';
import { AGENT_HOST_CHECK_IDS, AGENT_HOST_CHECKS } from '../../lib/agent-host/checks';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'agent-host.md'), 'utf8');

describe('docs/agent-host.md', () => {
  test('has a section for every check id, in report order', () => {
    expect([...DOC.matchAll(/^### (AH-[A-Z0-9-]+)$/gm)].map((m) => m[1])).toEqual([...AGENT_HOST_CHECK_IDS]);
  });

  test('names no check id the code does not have; ids are unique', () => {
    const mentioned = new Set([...DOC.matchAll(/AH-[A-Z0-9]+(?:-[A-Z0-9]+)*/g)].map((m) => m[0]));
    expect([...mentioned].filter((id) => !AGENT_HOST_CHECK_IDS.includes(id))).toEqual([]);
    expect(new Set(AGENT_HOST_CHECK_IDS).size).toBe(AGENT_HOST_CHECKS.length);
  });
});
