import * as fs from 'fs';
import * as path from 'path';
import { MAX_CA_FILE_BYTES, readCaFile } from '../../lib/preflight/ca-file';
import { inputErrorMessage } from '../support/input-error';
import { tempDir } from '../support/temp-dir';

const GOLDEN_CA = path.join(__dirname, '..', 'resources', 'golden', 'ca-stand-in.pem');

describe('readCaFile from an app (untrusted)', () => {
  let app: string;
  beforeEach(() => (app = tempDir('ca-file-')));

  test('a PEM bundle inside the app is read as it is', () => {
    const file = path.join(app, 'ca.pem');
    fs.copyFileSync(GOLDEN_CA, file);
    expect(readCaFile(file, '--ca-file', { within: app })).toBe(fs.readFileSync(GOLDEN_CA, 'utf8'));
  });

  test('a missing file gets the same message as a missing --ca-file', () => {
    const file = path.join(app, 'gone.pem');
    const fromApp = inputErrorMessage(() => readCaFile(file, '--ca-file', { within: app }));
    expect(fromApp).toBe(`CA file not found or unreadable: '${file}'. Pass a PEM bundle with --ca-file.`);
    expect(inputErrorMessage(() => readCaFile(file, '--ca-file'))).toBe(fromApp);
  });

  test('a file above the size read is refused before it is read', () => {
    const file = path.join(app, 'huge.pem');
    fs.writeFileSync(file, Buffer.alloc(MAX_CA_FILE_BYTES + 1, 0x41));
    expect(inputErrorMessage(() => readCaFile(file, '--ca-file', { within: app }))).toBe(
      `CA file refused: '${file}' is ${MAX_CA_FILE_BYTES + 1} bytes, above the ${MAX_CA_FILE_BYTES} bytes read. Pass a PEM bundle with --ca-file.`,
    );
  });
});
