/**
 * Reading an input file that someone else may have made (a pull request's synthesized app, a plan):
 * only a regular file, only up to a size, and only inside a given folder when one is given. A FIFO
 * would hang the reader, `/dev/zero` would exhaust memory, and a path out of the folder (a symlink,
 * `../`, `/proc/self/environ`) would put another file's text into an error or a report.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../errors';

/** Largest input file read: far above a synthesized stack of 2,000 mappings (about 10 MB). */
export const MAX_INPUT_FILE_BYTES = 256 * 1024 * 1024;

/** Options of `readInputFile`. */
export interface InputFileOptions {
  /** How the file is named in an error. */
  readonly shownAs: string;
  /**
   * The folder the file must be in, symlinks resolved.
   * @default - anywhere
   */
  readonly within?: string;
  /** @default MAX_INPUT_FILE_BYTES */
  readonly maxBytes?: number;
}

/** Why a file cannot be read as input: missing, not a regular file, too large, or outside `within`. */
export type InputFileProblem = 'missing' | 'not-a-file' | 'too-large' | 'outside';

/** An `InputError` that says which problem a file had (the caller words the fix). */
export class InputFileError extends InputError {
  constructor(
    public readonly problem: InputFileProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The text of `file` (UTF-8). Throws `InputFileError` naming the file as `shownAs` and the problem,
 * never its content. The file is opened non-blocking and checked with `fstat` before any read, so a
 * FIFO or a device is refused without waiting on it.
 */
export function readInputFile(file: string, options: InputFileOptions): string {
  return readInputBytes(file, options).toString('utf8');
}

/** The bytes of `file`, checked as `readInputFile` does. */
export function readInputBytes(file: string, options: InputFileOptions): Buffer {
  const { shownAs } = options;
  const max = options.maxBytes ?? MAX_INPUT_FILE_BYTES;
  if (options.within !== undefined) {
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch {
      throw new InputFileError('missing', `${shownAs} does not exist`);
    }
    const folder = fs.realpathSync(options.within);
    if (real !== folder && !real.startsWith(folder + path.sep)) {
      throw new InputFileError('outside', `${shownAs} is not inside ${options.within}`);
    }
  }
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputFileError('not-a-file', `${shownAs} is a folder, not a file`);
    throw new InputFileError('missing', `${shownAs} cannot be read (${code ?? 'error'})`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) {
      throw new InputFileError('not-a-file', `${shownAs} is not a regular file (${kindOf(stat)})`);
    }
    if (stat.size > max) {
      throw new InputFileError('too-large', `${shownAs} is ${stat.size} bytes, above the ${max} bytes read`);
    }
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}
