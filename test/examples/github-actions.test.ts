/**
 * Lints examples/github-actions/pr.yml: the YAML parses, it is the review workflow the docs promise,
 * and everything it calls exists here (npm scripts, bins, cdktf-okta-ldap commands and flags).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';

const ROOT = path.join(__dirname, '..', '..');
const WORKFLOW = path.join(ROOT, 'examples', 'github-actions', 'pr.yml');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'working-directory'?: string;
}
interface Job {
  needs?: string;
  if?: string;
  environment?: string;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  env: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(fs.readFileSync(WORKFLOW, 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  scripts: Record<string, string>;
  bin: Record<string, string>;
};

async function help(command: string): Promise<string> {
  const run = await runCli([command, '--help'], ROOT);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  return run.stdout;
}

test('runs on pull requests; only the review job may write pull-request comments', () => {
  expect(Object.keys(workflow.on)).toEqual(['pull_request']);
  expect(workflow.permissions).toEqual({ contents: 'read' });
  expect(Object.keys(workflow.jobs)).toEqual(['synth-head', 'review']);
  expect(workflow.jobs['synth-head']!.permissions).toBeUndefined();
  expect(workflow.jobs.review!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
});

test("the pull request's code runs only in a job of its own, without secrets; the reviewer is a pinned package installed apart", () => {
  const synth = workflow.jobs['synth-head']!;
  const review = workflow.jobs.review!;
  expect(JSON.stringify(synth)).not.toMatch(/secrets\.|pull-requests/);
  // The head's install and synth, and nothing else of the head, run in the synth job.
  const headRuns = (job: Job): string[] =>
    job.steps.filter((s) => s['working-directory'] === 'head' && s.run !== undefined).map((s) => s.run!);
  expect(headRuns(synth)).toEqual(['npm ci\nnpm run synth\n']);
  expect(headRuns(review).join('\n')).not.toMatch(/\bnpm\b|\bnpx\b|\bnode\b/);
  expect(review.steps.some((s) => s.with?.path === 'head' && s.uses?.startsWith('actions/checkout@'))).toBe(
    false,
  );
  // Only the synthesized app goes from one job to the other, hidden files included.
  const upload = synth.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
  expect(upload.with).toMatchObject({ path: 'head/cdktf.out', 'include-hidden-files': true });
  const download = review.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
  expect(download.with).toEqual({ name: upload.with!.name, path: 'head/cdktf.out' });
  expect(review.needs).toBe('synth-head');
  expect(review.if).toBe('always()');
  // The reviewer: an exact version of this package, in a folder of its own, called by its path.
  expect(workflow.env.REVIEWER_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  const install = review.steps.find((s) => s.name === 'Install the reviewer apart from the pull request')!;
  expect(install.run).toMatch(
    new RegExp(
      `npm install --prefix "\\$RUNNER_TEMP/reviewer" [^\\n]*\\\\\\n\\s+"${pkg.name}@\\$REVIEWER_VERSION"`,
    ),
  );
  expect(install.run).toContain(
    `echo "REVIEWER=$RUNNER_TEMP/reviewer/node_modules/.bin/${Object.keys(pkg.bin)[0]}" >> "$GITHUB_ENV"`,
  );
  const uses = review.steps.indexOf(install);
  for (const step of review.steps.filter((s) => s.run?.includes('"$REVIEWER"'))) {
    expect(review.steps.indexOf(step)).toBeGreaterThan(uses);
  }
});

test('synthesizes base and head, runs preflight and review, and posts one comment', () => {
  const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
  expect(checkouts.map((s) => s.with?.path)).toEqual(['head', 'base']);
  const synthDirs = steps.filter((s) => /npm run synth/.test(s.run ?? '')).map((s) => s['working-directory']);
  expect(synthDirs).toEqual(['head', 'base']);
  const all = runs.join('\n');
  expect(all).toMatch(
    /"\$REVIEWER" preflight --out cdktf\.out --connection-from \.\.\/base\/cdktf\.out --json/,
  );
  expect(all).toMatch(
    /"\$REVIEWER" review "\$\{base\[@\]\}" cdktf\.out "\$\{preflight\[@\]\}" --max-chars \d+ /,
  );
  expect(all).toMatch(/base=\(\.\.\/base\/cdktf\.out\)/);
  expect(all).toMatch(/gh api -X (PATCH|POST) .*comments/);
  // One comment: the body file is written by the review step only and posted once.
  expect(runs.filter((r) => r.includes('> "$body"')).length).toBe(1);
});

/** A stand-in reviewer: `review` prints as many characters as `--max-chars` allows and writes `--full`. */
const FULL_REVIEWER = [
  '#!/bin/sh',
  'while [ $# -gt 0 ]; do case "$1" in --max-chars) n=$2; shift;; --full) full=$2; shift;; esac; shift; done',
  'if [ -n "$full" ]; then echo uncut > "$full"; fi',
  'head -c "$n" /dev/zero | tr "\\0" x',
  '',
].join('\n');

/** Runs a step's script with bash -e in a temp folder, `${{ }}` expressions removed; returns the folder. */
function runStep(name: string, bins: Record<string, string>, env: Record<string, string>): string {
  const step = steps.find((s) => s.name === name)!;
  const temp = tempDir('workflow-');
  const bin = path.join(temp, 'bin');
  fs.mkdirSync(bin);
  for (const [file, text] of Object.entries(bins))
    fs.writeFileSync(path.join(bin, file), text, { mode: 0o755 });
  execFileSync('bash', ['-e', '-c', step.run!.replace(/\$\{\{ [^}]+ \}\}/g, '')], {
    cwd: temp,
    env: {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      REVIEWER: path.join(bin, 'cdktf-okta-ldap'),
      RUNNER_TEMP: temp,
      GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_REPOSITORY: 'org/repo',
      GITHUB_RUN_ID: '7',
      ...env,
    },
    stdio: 'pipe',
  });
  return temp;
}

const SHA = 'a'.repeat(40);

test('the comment names the head commit it reviewed and fits GitHub’s limit with its longest header', () => {
  const review = steps.find((s) => s.name === 'Review base -> head')!;
  expect(review.env?.HEAD_SHA).toBe('${{ github.event.pull_request.head.sha }}');
  for (const preflightExit of ['0', '2', 'no-base']) {
    const temp = runStep(
      'Review base -> head',
      { 'cdktf-okta-ldap': FULL_REVIEWER },
      { HEAD_SHA: SHA, PREFLIGHT_EXIT: preflightExit, BASE_OUTCOME: 'success' },
    );
    const comment = fs.readFileSync(path.join(temp, 'comment.md'), 'utf8');
    const [marker, header, note] = comment.split('\n');
    expect([marker, header]).toEqual([
      '<!-- cdktf-okta-ldap-review -->',
      `Okta LDAP review of head commit \`${SHA}\` (merged with its base).`,
    ]);
    expect({ preflightExit, note: note!.startsWith('_') }).toEqual({
      preflightExit,
      note: preflightExit !== '0',
    });
    expect(comment.length).toBeLessThanOrEqual(65_536);
  }
});

test('the uncut review goes to the job summary and an artifact', () => {
  const review = runs.find((r) => r.includes('"$REVIEWER" review'))!;
  expect(review).toMatch(/--full "\$full"/);
  expect(review).toMatch(/cat "\$full" >> "\$GITHUB_STEP_SUMMARY"/);
  // The fallback for the summary: 340,000 UTF-16 units are at most 1,020,000 UTF-8 bytes (< 1 MiB).
  expect(
    Number(/--max-chars (\d+) \\\n\s+--full-link "the okta-ldap-review artifact/.exec(review)![1]) * 3,
  ).toBeLessThan(1_048_576);
  const upload = workflow.jobs.review!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
  expect(upload?.with).toEqual({ name: 'okta-ldap-review', path: '${{ runner.temp }}/okta-ldap-review.md' });
});

test('every npm script it runs exists in package.json', () => {
  const scripts = runs.flatMap((r) => [...r.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts)
    expect({ script, exists: script in pkg.scripts }).toEqual({ script, exists: true });
});

test("no npx: nothing is resolved from a project's node_modules; the bin the reviewer path names is this package's", () => {
  expect(runs.join('\n')).not.toMatch(/\bnpx\b/);
  expect(pkg.bin['cdktf-okta-ldap']).toBe('dist/bin/cdktf-okta-ldap.js');
  expect(fs.existsSync(path.join(ROOT, 'bin', 'cdktf-okta-ldap.ts'))).toBe(true);
});

test('every cdktf-okta-ldap command and flag it uses is in that command’s --help', async () => {
  // A command's flags may go on across backslash-continued lines.
  const calls = runs.flatMap((r) => [...r.replace(/\\\n\s*/g, ' ').matchAll(/"\$REVIEWER" (\w+)([^\n>]*)/g)]);
  expect(calls.map((c) => c[1])).toEqual(['preflight', 'review', 'review']);
  for (const [, command, rest] of calls) {
    const text = await help(command!);
    for (const flag of rest!.match(/--[\w-]+/g) ?? []) {
      expect({ command, flag, documented: text.includes(flag) }).toEqual({ command, flag, documented: true });
    }
  }
});

test("the bind password comes from the secret through the environment, never a command line, only to the preflight through the base's connection", () => {
  const withSecret = steps.filter((s) => JSON.stringify(s).includes('secrets.'));
  expect(withSecret.map((s) => s.name)).toEqual([
    "Preflight the pull request's settings through the base's connection",
  ]);
  expect(withSecret[0]!.env).toMatchObject({ LDAP_BIND_PASSWORD: '${{ secrets.LDAP_BIND_PASSWORD }}' });
  const secrets = [...JSON.stringify(workflow).matchAll(/secrets\.(\w+)/g)].map((m) => m[1]);
  expect(secrets).toEqual(['LDAP_BIND_PASSWORD']);
  // Every preflight the password reaches takes its connection from the base's app.
  const calls = withSecret[0]!.run!.split('\n').filter((l) => l.includes('"$REVIEWER" preflight'));
  expect(calls).toEqual([expect.stringContaining('--out cdktf.out --connection-from ../base/cdktf.out ')]);
  expect(withSecret[0]!['working-directory']).toBe('head');
  // The job holding the secret runs in the environment whose reviewers gate it.
  expect(workflow.jobs.review!.environment).toBe('okta-ldap-preflight');
  for (const run of runs) {
    expect(run).not.toMatch(/secrets\.|--password(?!-stdin)/);
  }
});

test('the preflight gets no password when the base did not synthesize (nothing to trust)', () => {
  const temp = runStep(
    "Preflight the pull request's settings through the base's connection",
    { 'cdktf-okta-ldap': '#!/bin/sh\necho called > "$RUNNER_TEMP/called"\n' },
    { BASE_OUTCOME: 'failure', GITHUB_OUTPUT: 'output' },
  );
  expect(fs.readFileSync(path.join(temp, 'output'), 'utf8')).toBe('exit=no-base\n');
  expect(fs.existsSync(path.join(temp, 'called'))).toBe(false);
});

test('no step runs Terraform on the head, and no step gets Okta credentials', () => {
  const text = JSON.stringify(workflow);
  expect(text).not.toMatch(/OKTA_|TF_VAR_/);
  const terraformSteps = steps.filter((s) => /\bterraform\b/.test(s.run ?? ''));
  expect(terraformSteps.map((s) => s.name)).toEqual([]);
  expect(fs.readFileSync(WORKFLOW, 'utf8')).not.toMatch(
    /add a plan step[^\n]*\n[^\n]*with the Okta credentials/,
  );
});

test('a run for a commit the pull request moved past does not post; the newest one does', () => {
  const name = 'Post or update the pull-request comment';
  expect(steps.find((s) => s.name === name)!.env?.HEAD_SHA).toBe('${{ github.event.pull_request.head.sha }}');
  // A stand-in gh: the pull request's head is $LATEST, no comment exists yet; every call is logged.
  const gh = [
    '#!/bin/sh',
    'echo "$*" >> "$RUNNER_TEMP/gh.log"',
    'case "$*" in *"/pulls/"*) echo "$LATEST";; esac',
    '',
  ].join('\n');
  const stale = runStep(name, { gh }, { HEAD_SHA: SHA, LATEST: 'b'.repeat(40), PR: '5' });
  expect(fs.readFileSync(path.join(stale, 'gh.log'), 'utf8')).toBe(
    'api repos/org/repo/pulls/5 --jq .head.sha\n',
  );
  const current = runStep(name, { gh }, { HEAD_SHA: SHA, LATEST: SHA, PR: '5' });
  expect(fs.readFileSync(path.join(current, 'gh.log'), 'utf8')).toMatch(
    /\napi -X POST repos\/org\/repo\/issues\/5\/comments /,
  );
});

test('third-party actions are pinned to a major version', () => {
  for (const s of steps.filter((step) => step.uses !== undefined)) {
    expect(s.uses).toMatch(/^actions\/(checkout|setup-node|upload-artifact|download-artifact)@v\d+$/);
  }
});

test('the review and the posting steps run whatever failed before them (the pull request always gets a comment)', () => {
  for (const name of [
    'Review base -> head',
    'Keep the uncut review',
    'Post or update the pull-request comment',
  ]) {
    expect({ name, if: (steps.find((s) => s.name === name) as { if?: string } | undefined)?.if }).toEqual({
      name,
      if: 'always()',
    });
  }
});

test('a review that cannot be written still leaves a comment that says so (the step run with bash, review failing)', () => {
  // A stand-in reviewer whose review fails with a usage error, as when the head did not synthesize.
  const temp = runStep(
    'Review base -> head',
    { 'cdktf-okta-ldap': '#!/bin/sh\necho "cdktf-okta-ldap review: no cdktf.out" >&2\nexit 2\n' },
    { HEAD_SHA: SHA, PREFLIGHT_EXIT: '0' },
  );
  expect(fs.readFileSync(path.join(temp, 'comment.md'), 'utf8')).toBe(
    '<!-- cdktf-okta-ldap-review -->\n' +
      `Okta LDAP review of head commit \`${SHA}\` (merged with its base).\n` +
      '**The Okta LDAP review could not be written (exit 2).** Do not approve: see the job log of https://github.example/org/repo/actions/runs/7.\n',
  );
});
