/**
 * A file a command writes besides its standard output (`adopt --write`, `review --full`): checked
 * before anything is read from the network or written, and written whole or not at all.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../errors';

/** The files a run reads, each with what it is (`the --ca-file`): never written over. */
export type InputFiles = readonly (readonly [file: string, what: string])[];

/** How a command names and guards its output file (the same for every run of the command). */
export interface OutputFileRules {
  /** The option that names the file, e.g. `--full`. */
  readonly option: string;
  /** The command, for "…, which review reads". */
  readonly command: string;
  /** What is written, e.g. `the adoption file`. */
  readonly written: string;
  /** A file name to suggest instead, e.g. `review.md`. */
  readonly example: string;
  /**
   * Refuse a symbolic link as the file (it may point anywhere), and an existing file unless it is
   * empty or `madeByUs` says the command wrote it, given the file's first `madeByUsReads` bytes.
   * @default - a link is followed and an existing file replaced (only inputs are refused)
   */
  readonly madeByUs?: (start: string) => boolean;
  /**
   * How many bytes of an existing file `madeByUs` is given, from its start: a longer file is cut
   * there (so a whole-file check refuses it).
   * @default 256
   */
  readonly madeByUsReads?: number;
}

/**
 * Refuses an output path that cannot take the file or would destroy something: a missing folder, a
 * folder, the same file (through any link) as one of `inputs`, and with `madeByUs` a symbolic link, a file
 * that is not a regular one, or a non-empty file whose first bytes (`madeByUsReads`) `madeByUs` does not
 * recognise.
 */
export function checkOutputFile(
  file: string,
  given: string,
  rules: OutputFileRules,
  inputs: InputFiles,
): void {
  const at = `${rules.option} ${given}`;
  const folder = path.dirname(file);
  const folderStat = statOf(folder, fs.statSync);
  if (folderStat === undefined) {
    throw new InputError(`${at}: the folder ${folder} does not exist. Create it, or write elsewhere.`);
  }
  if (!folderStat.isDirectory()) {
    throw new InputError(`${at}: ${folder} is not a folder. Give the path of a file in a folder.`);
  }
  const target = statOf(file, fs.statSync);
  const link = statOf(file, fs.lstatSync);
  if (target === undefined && link === undefined) return;
  if (target?.isDirectory() === true) {
    throw new InputError(
      `${at}: ${file} is a folder. Give the path of the file to write, e.g. ${rules.option} ${path.join(given, rules.example)}.`,
    );
  }
  for (const [input, what] of inputs) {
    const stat = statOf(input, fs.statSync);
    if (target !== undefined && stat !== undefined && stat.dev === target.dev && stat.ino === target.ino) {
      throw new InputError(
        `${at}: ${file} is ${what}, which ${rules.command} reads; writing ${rules.written} there would destroy it. Write it elsewhere, e.g. ${rules.option} ${rules.example}.`,
      );
    }
  }
  if (rules.madeByUs !== undefined) refuseForeign(file, at, link!, rules);
}

/** With `madeByUs`: no link, no special file, no file of someone else's. */
function refuseForeign(file: string, at: string, link: fs.Stats, rules: OutputFileRules): void {
  const elsewhere = `Remove it, or write elsewhere, e.g. ${rules.option} ${rules.example}.`;
  if (link.isSymbolicLink()) {
    throw new InputError(
      `${at}: ${file} is a symbolic link; ${rules.command} does not write through one. ${elsewhere}`,
    );
  }
  const notRegular = `${at}: ${file} exists and is not a regular file. ${elsewhere}`;
  if (!link.isFile()) throw new InputError(notRegular);
  if (link.size === 0) return;
  let start: string | undefined;
  try {
    start = firstBytes(file, Math.min(link.size, rules.madeByUsReads ?? 256));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(
      `${at}: ${file} cannot be read (${code}), so ${rules.command} cannot tell whether it wrote it; it is left as it is. ${elsewhere}`,
    );
  }
  if (start === undefined) throw new InputError(notRegular);
  if (!rules.madeByUs!(start)) {
    throw new InputError(
      `${at}: ${file} exists and was not written by ${rules.command}; it is left as it is. ${elsewhere}`,
    );
  }
}

/**
 * The first `n` bytes of `file` as UTF-8, or unset when it is no longer a regular file (replaced by a
 * link, a FIFO or a device since it was looked at): opened without following a link and without
 * waiting on a FIFO, and checked before any read. Throws the error of a file that cannot be opened.
 */
function firstBytes(file: string, n: number): string | undefined {
  let fd: number;
  try {
    fd = fs.openSync(
      file,
      fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0),
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') return undefined;
    throw e;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(n);
    let read = 0;
    while (read < n) {
      const got = fs.readSync(fd, buffer, read, n - read, read);
      if (got === 0) break;
      read += got;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

function statOf(file: string, stat: (f: string) => fs.Stats): fs.Stats | undefined {
  try {
    return stat(file);
  } catch {
    return undefined;
  }
}

/** Writes a new file next to `file` and renames it over `file`; on any failure the new file is removed. */
export function writeAtomically(file: string, given: string, option: string, content: string): void {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
  let created = false;
  try {
    fs.writeFileSync(temp, content, { flag: 'wx' });
    created = true;
    fs.renameSync(temp, file);
  } catch (e) {
    if (created) fs.rmSync(temp, { force: true });
    const { code = 'error', syscall = 'write' } = e as NodeJS.ErrnoException;
    throw new InputError(
      `${option} ${given}: cannot write ${file} (${code} on ${syscall}); nothing was written. Check that it is not a folder and that its folder is writable, or write elsewhere.`,
    );
  }
}
