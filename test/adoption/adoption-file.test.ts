import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { MAX_ADOPTION_FILE_BYTES, readAdoptionFile } from '../../lib/adoption/adoption-file';
import { tempDir } from '../support/temp-dir';

test('an adoption file that repeats a key is not read: which id counts would be ambiguous', () => {
  const dir = tempDir('adoption-file-');
  fs.writeFileSync(
    path.join(dir, 'adopt.json'),
    '{"groupMappings":{"Engineering":{"group":"00gOne","group":"00gTwo"}}}',
  );
  expect(readAdoptionFile('adopt.json', dir)).toEqual({
    source: 'adopt.json',
    readError:
      'repeats the key "groupMappings.Engineering.group" in one object: readers disagree on which value counts, so it is refused',
  });
});

test('an adoption file that is not JSON names the position, not the text', () => {
  const dir = tempDir('adoption-file-');
  fs.writeFileSync(path.join(dir, 'adopt.json'), '{"group": 00gSecret}');
  expect(readAdoptionFile('adopt.json', dir)).toEqual({
    source: 'adopt.json',
    readError: 'is not JSON (not valid JSON at character 11)',
  });
});

describe('the adoption file is read as untrusted input', () => {
  test('a FIFO is refused at once, naming the file (no hang waiting for a writer)', () => {
    const dir = tempDir('adoption-file-');
    const fifo = path.join(dir, 'adopt.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(readAdoptionFile('adopt.json', dir)).toEqual({
      source: 'adopt.json',
      readError: `${fifo} is not a regular file (a FIFO)`,
    });
  });

  test('a file above MAX_ADOPTION_FILE_BYTES is refused, naming the file and the limit', () => {
    const dir = tempDir('adoption-file-');
    const big = path.join(dir, 'adopt.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_ADOPTION_FILE_BYTES + 1);
    expect(MAX_ADOPTION_FILE_BYTES).toBe(4 * 1024 * 1024);
    expect(readAdoptionFile('adopt.json', dir)).toEqual({
      source: 'adopt.json',
      readError: `${big} is 4194305 bytes, above the 4194304 bytes read`,
    });
  });

  test('a missing file and a folder keep their messages', () => {
    const dir = tempDir('adoption-file-');
    fs.mkdirSync(path.join(dir, 'folder.json'));
    expect(readAdoptionFile('missing.json', dir).readError).toBe(
      `no such file (${path.join(dir, 'missing.json')})`,
    );
    expect(readAdoptionFile('folder.json', dir).readError).toBe(
      `${path.join(dir, 'folder.json')} is a folder`,
    );
  });
});
