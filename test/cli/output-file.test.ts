import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkOutputFile, OutputFileRules } from '../../lib/cli/output-file';
import { tempDir } from '../support/temp-dir';
import { inputErrorMessage } from '../support/input-error';

const RULES: OutputFileRules = {
  option: '--full',
  command: 'review',
  written: 'the review',
  example: 'review.md',
  madeByUs: (head) => head.startsWith('## Okta LDAP integration review'),
};

describe('checkOutputFile', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir('output-file-')));

  test('a file in a folder that does not exist is refused, naming the folder', () => {
    const file = path.join(dir, 'reviews', 'r.md');
    expect(inputErrorMessage(() => checkOutputFile(file, 'reviews/r.md', RULES, []))).toBe(
      `--full reviews/r.md: the folder ${path.join(dir, 'reviews')} does not exist. Create it, or write elsewhere.`,
    );
    const { madeByUs: _madeByUs, ...followingLinks } = RULES;
    expect(inputErrorMessage(() => checkOutputFile(file, 'reviews/r.md', followingLinks, []))).toBe(
      `--full reviews/r.md: the folder ${path.join(dir, 'reviews')} does not exist. Create it, or write elsewhere.`,
    );
    expect(fs.existsSync(path.join(dir, 'reviews'))).toBe(false);
  });
});

describe('checkOutputFile with madeByUs', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir('output-file-')));

  test('a FIFO is refused without being opened (no hang)', () => {
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(inputErrorMessage(() => checkOutputFile(fifo, 'pipe', RULES, []))).toBe(
      `--full pipe: ${fifo} exists and is not a regular file. Remove it, or write elsewhere, e.g. --full review.md.`,
    );
  });

  test('a dangling symbolic link is refused too (it would create a file elsewhere)', () => {
    const link = path.join(dir, 'link.md');
    fs.symlinkSync(path.join(dir, 'nowhere', 'x.md'), link);
    expect(inputErrorMessage(() => checkOutputFile(link, 'link.md', RULES, []))).toBe(
      `--full link.md: ${link} is a symbolic link; review does not write through one. Remove it, or write elsewhere, e.g. --full review.md.`,
    );
  });

  test('madeByUs is given the first madeByUsReads bytes (256 unless set): a longer file is cut there', () => {
    const file = path.join(dir, 'r.md');
    const text = `## Okta LDAP integration review\n\n${'x'.repeat(1000)}`;
    fs.writeFileSync(file, text);
    const seen: string[] = [];
    const rules = (reads?: number): OutputFileRules => ({
      ...RULES,
      madeByUs: (start) => seen.push(start) > 0,
      ...(reads !== undefined ? { madeByUsReads: reads } : {}),
    });
    checkOutputFile(file, 'r.md', rules(), []);
    checkOutputFile(file, 'r.md', rules(40), []);
    checkOutputFile(file, 'r.md', rules(10_000), []);
    expect(seen).toEqual([text.slice(0, 256), text.slice(0, 40), text]);
  });

  test('a file madeByUs does not recognise is refused and left as it is', () => {
    const file = path.join(dir, 'notes.md');
    fs.writeFileSync(file, '# My notes\n');
    expect(inputErrorMessage(() => checkOutputFile(file, 'notes.md', RULES, []))).toBe(
      `--full notes.md: ${file} exists and was not written by review; it is left as it is. Remove it, or write elsewhere, e.g. --full review.md.`,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('# My notes\n');
  });

  test('a new, an empty and an earlier review file pass; an input is named', () => {
    const file = path.join(dir, 'r.md');
    expect(() => checkOutputFile(file, 'r.md', RULES, [])).not.toThrow();
    fs.writeFileSync(file, '');
    expect(() => checkOutputFile(file, 'r.md', RULES, [])).not.toThrow();
    fs.writeFileSync(file, '## Okta LDAP integration review\n\nold');
    expect(() => checkOutputFile(file, 'r.md', RULES, [])).not.toThrow();
    expect(inputErrorMessage(() => checkOutputFile(file, 'r.md', RULES, [[file, 'a --plan file']]))).toBe(
      `--full r.md: ${file} is a --plan file, which review reads; writing the review there would destroy it. Write it elsewhere, e.g. --full review.md.`,
    );
  });
});
