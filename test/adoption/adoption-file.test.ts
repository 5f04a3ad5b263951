import * as fs from 'fs';
import * as path from 'path';
import { readAdoptionFile } from '../../lib/adoption/adoption-file';
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
