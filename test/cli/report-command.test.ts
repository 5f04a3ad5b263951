import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';
import { sampleManifest, writeSynthesizedApp } from '../review/synthesized-app-fixture';

const run = runCli;

describe('cdktf-okta-ldap report', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('report-cli-');
    writeSynthesizedApp(path.join(dir, 'cdktf.out'), {
      org: [sampleManifest()],
      second: [sampleManifest({ id: 'Other', path: 'second/Other' })],
    });
  });

  test('reads ./cdktf.out by default and prints the Markdown review of every stack', async () => {
    const r = await run(['report'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('## `org` / `JumpCloud`');
    expect(r.stdout).toContain('## `second` / `Other`');
    expect(r.stdout).toMatch(/\| Okta Admin Console +\| User +\| User Search Base +\|/);
  });

  test('--stack keeps one stack; an unknown stack is a usage error listing the stacks', async () => {
    const r = await run(['report', '--stack', 'second'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('`JumpCloud`');
    const bad = await run(['report', '--stack', 'nope'], dir);
    expect(bad).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap report: no stack 'nope' in ${path.join(dir, 'cdktf.out')}. Stacks: org, second. Pass one of them to --stack.\n`,
    });
  });

  test('--preflight-json adds the findings; a file that is not a preflight report is exit 2', async () => {
    const file = path.join(dir, 'preflight.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        schema: 'cdktf-okta-ldap/preflight@1',
        target: 'ldaps://ldap.jumpcloud.com:636',
        host: 'ldap.jumpcloud.com',
        port: 636,
        connectionSecurity: 'LDAPS',
        bindDn: sampleManifest().settings.agent.bindDn,
        startedAt: '2026-11-29T03:00:00.000Z',
        durationMs: 5,
        findings: [
          { id: 'PF-BIND', title: 'Bind as the bind DN', status: 'pass', message: 'Bound.', evidence: {} },
        ],
        summary: { pass: 1, warn: 0, fail: 0, skipped: 0 },
        ok: true,
      }),
    );
    const r = await run(['report', '--stack', 'org', '--preflight-json', 'preflight.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Preflight passed against `ldaps://ldap.jumpcloud.com:636`');
    fs.writeFileSync(file, '{"schema":"other"}');
    expect(await run(['report', '--preflight-json', file], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap report: ${file} is not a preflight report (expected "schema": "cdktf-okta-ldap/preflight@1", "host", "port" and a findings list). Pass the output of 'preflight --json'.\n`,
    });
  });

  test('a --preflight-json file that is missing or not JSON is exit 2 naming the file', async () => {
    const missing = path.join(dir, 'absent.json');
    expect(await run(['report', '--preflight-json', 'absent.json'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap report: preflight report not found: ${missing}. Write one with 'cdktf-okta-ldap preflight --json > absent.json'.\n`,
    });
    const notJson = path.join(dir, 'broken.json');
    fs.writeFileSync(notJson, '{ not json');
    const jsonError = ((): string => {
      try {
        JSON.parse('{ not json');
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(await run(['report', '--preflight-json', notJson], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap report: ${notJson} is not JSON (${jsonError}). Pass the output of 'preflight --json'.\n`,
    });
  });

  test('a positional argument is exit 2 (the folder goes in --out)', async () => {
    expect(await run(['report', 'cdktf.out'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "cdktf-okta-ldap report: unexpected argument (value not shown): report takes only options. See 'cdktf-okta-ldap report --help'.\n",
    });
  });

  test('a missing cdktf.out is exit 2 with a message naming the folder', async () => {
    const r = await run(['report', '--out', 'nowhere'], dir);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap report: synthesized app not found: '${path.join(dir, 'nowhere')}' is not a folder. Run 'cdktf synth' first, or pass the folder with --out.\n`,
    });
  });

  test('a malformed stack file is exit 2 with a message naming the file', async () => {
    const stackFile = path.join(dir, 'cdktf.out', 'stacks', 'org', 'cdk.tf.json');
    fs.writeFileSync(stackFile, '{ not json');
    const r = await run(['report'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `cdktf-okta-ldap report: stack 'org': ${stackFile} is missing or not JSON. Re-run 'cdktf synth'.`,
    );
  });

  test('--help prints the usage; an unknown flag is exit 2', async () => {
    const help = await run(['report', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: cdktf-okta-ldap report \[--out cdktf.out\]/);
    expect(help.stdout).toContain('--preflight-json FILE');
    const bad = await run(['report', '--bogus'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "cdktf-okta-ldap report: Unknown option '--bogus'. See 'cdktf-okta-ldap report --help'.\n",
    );
  });
});
