import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { InputFileError, readInputFile } from '../../lib/process/input-file';
import { tempDir } from '../support/temp-dir';

function problemOf(fn: () => unknown): [string, string] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputFileError);
    return [(e as InputFileError).problem, (e as Error).message];
  }
  throw new Error('expected an InputFileError');
}

test('a regular file inside the folder is read', () => {
  const dir = tempDir('input-file-');
  fs.writeFileSync(path.join(dir, 'a.json'), '{}');
  expect(readInputFile(path.join(dir, 'a.json'), { shownAs: 'a.json', within: dir })).toBe('{}');
});

test('a FIFO is refused at once (no hang), a device and a folder too', () => {
  const dir = tempDir('input-file-');
  execFileSync('mkfifo', [path.join(dir, 'fifo')]);
  fs.mkdirSync(path.join(dir, 'sub'));
  expect(problemOf(() => readInputFile(path.join(dir, 'fifo'), { shownAs: 'fifo' }))).toEqual([
    'not-a-file',
    'fifo is not a regular file (a FIFO)',
  ]);
  expect(problemOf(() => readInputFile('/dev/zero', { shownAs: 'zero' }))).toEqual([
    'not-a-file',
    'zero is not a regular file (a device)',
  ]);
  expect(problemOf(() => readInputFile(path.join(dir, 'sub'), { shownAs: 'sub' }))).toEqual([
    'not-a-file',
    'sub is not a regular file (a folder)',
  ]);
});

test('a symlink is judged by what it points at: a device behind it is refused, a file in the folder is read', () => {
  const dir = tempDir('input-file-');
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero'));
  expect(problemOf(() => readInputFile(path.join(dir, 'zero'), { shownAs: 'zero' }))).toEqual([
    'not-a-file',
    'zero is not a regular file (a device)',
  ]);
  expect(problemOf(() => readInputFile(path.join(dir, 'zero'), { shownAs: 'zero', within: dir }))).toEqual([
    'outside',
    `zero is not inside ${dir}`,
  ]);
  fs.writeFileSync(path.join(dir, 'plan.json'), '{"format_version":"1.2"}');
  fs.symlinkSync('plan.json', path.join(dir, 'latest.json'));
  expect(readInputFile(path.join(dir, 'latest.json'), { shownAs: 'latest.json', within: dir })).toBe(
    '{"format_version":"1.2"}',
  );
  fs.symlinkSync('missing.json', path.join(dir, 'dangling.json'));
  expect(
    problemOf(() =>
      readInputFile(path.join(dir, 'dangling.json'), { shownAs: 'dangling.json', within: dir }),
    ),
  ).toEqual(['missing', 'dangling.json does not exist']);
});

test('a path out of the folder (symlink to /proc/self/environ) is refused without reading it', () => {
  const dir = tempDir('input-file-');
  fs.symlinkSync('/proc/self/environ', path.join(dir, 'env.json'));
  const [problem, message] = problemOf(() =>
    readInputFile(path.join(dir, 'env.json'), { shownAs: 'env.json', within: dir }),
  );
  expect([problem, message]).toEqual(['outside', `env.json is not inside ${dir}`]);
});

test('a file above the size cap is refused', () => {
  const dir = tempDir('input-file-');
  fs.writeFileSync(path.join(dir, 'big'), 'x'.repeat(11));
  expect(problemOf(() => readInputFile(path.join(dir, 'big'), { shownAs: 'big', maxBytes: 10 }))).toEqual([
    'too-large',
    'big is 11 bytes, above the 10 bytes read',
  ]);
});
