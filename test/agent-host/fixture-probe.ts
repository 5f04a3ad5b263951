import * as fs from 'fs';
import * as path from 'path';
import type { HostProbe } from '../../lib/agent-host/host-probe';

const FIXTURES = path.join(__dirname, 'fixtures');

/** The text of a recorded file under test/agent-host/fixtures. */
export function fixture(...parts: string[]): string {
  return fs.readFileSync(path.join(FIXTURES, ...parts), 'utf8');
}

/**
 * A probe that answers from recorded facts: files by path, `reg query` output by key (a key not
 * listed does not exist, as `reg` exits 1 for it).
 */
export function fixtureProbe(facts: {
  platform: NodeJS.Platform;
  arch?: string;
  files?: Record<string, string>;
  registry?: Record<string, string>;
}): HostProbe & { regQueries: string[] } {
  const regQueries: string[] = [];
  return {
    platform: facts.platform,
    arch: facts.arch ?? 'x64',
    regQueries,
    readFile: (file) => facts.files?.[file],
    regQuery: async (key) => {
      regQueries.push(key);
      return facts.registry?.[key];
    },
  };
}
