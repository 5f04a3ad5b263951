import { X509Certificate } from 'crypto';
import * as fs from 'fs';
import { InputError } from '../errors';
import { InputFileError, readInputFile } from '../process/input-file';
import type { CheckContext } from './check';

/** The largest CA bundle read from a file an app names (a system bundle is about 200 KB). */
export const MAX_CA_FILE_BYTES = 4 * 1024 * 1024;

/**
 * A CA file named by a synthesized app rather than by the person running the command: it is read
 * as untrusted input, only inside `within`, only a regular file, at most {@link MAX_CA_FILE_BYTES}.
 */
export interface UntrustedCaFile {
  /** The folder the file must be in, symlinks resolved (the synthesized app). */
  readonly within: string;
}

/**
 * Reads a PEM CA bundle the preflight trusts for the directory's certificate. `givenAs` says where the
 * path came from, for the error (e.g. `--ca-file`, or the guard's `caFile`). With `from`, the path
 * comes from an app (untrusted): a device, FIFO, folder, oversized file or one outside the app is
 * refused without being waited on.
 * @throws InputError when the file is missing, unreadable, refused or holds no PEM certificate
 */
export function readCaFile(file: string, givenAs: string, from?: UntrustedCaFile): string {
  const text =
    from === undefined ? readTrustedCaFile(file, givenAs) : readUntrustedCaFile(file, givenAs, from);
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new InputError(
      `CA file '${file}' holds no PEM certificate (no "-----BEGIN CERTIFICATE-----" line). Convert DER with: openssl x509 -inform der -in ca.cer -out ca.pem`,
    );
  }
  return text;
}

function readTrustedCaFile(file: string, givenAs: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw unreadable(file, givenAs);
  }
}

function unreadable(file: string, givenAs: string): InputError {
  return new InputError(`CA file not found or unreadable: '${file}'. Pass a PEM bundle with ${givenAs}.`);
}

function readUntrustedCaFile(file: string, givenAs: string, from: UntrustedCaFile): string {
  try {
    return readInputFile(file, { shownAs: `'${file}'`, within: from.within, maxBytes: MAX_CA_FILE_BYTES });
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    if (e.problem === 'missing') throw unreadable(file, givenAs);
    throw new InputError(`CA file refused: ${e.message}. Pass a PEM bundle with ${givenAs}.`);
  }
}

/**
 * How a report names the CA bundle the LDAP server's certificate is verified with: where a custom
 * bundle came from (`caSource`: `--ca-file ca.pem`, the stack's recorded `preflightGuardOptions.caFile`;
 * `custom` when not named), or Node's built-in roots. PF-TLS, AH-LDAP-TLS12 and AH-LDAP-CA all say it so.
 */
export function caBundleLabel(usesCustomCa: boolean, caSource: string | undefined): string {
  return usesCustomCa ? (caSource ?? 'custom') : 'Node built-in roots';
}

/** What the checks are told of a custom CA bundle: its certificates' subjects and where it came from. */
export function caCheckContext(
  ca: string | Buffer | undefined,
  caSource: string | undefined,
): Pick<CheckContext, 'caSource' | 'caSubjects'> {
  if (ca === undefined) return {};
  return { caSubjects: caSubjects(ca), ...(caSource !== undefined ? { caSource } : {}) };
}

/**
 * The subject common names (or whole subjects) of the certificates in a PEM CA bundle, in file
 * order; a block that does not parse is left out.
 */
export function caSubjects(pem: string | Buffer): string[] {
  const blocks = pem.toString().match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.flatMap((block) => {
    try {
      const subject = new X509Certificate(block).subject;
      const cn = /^CN=(.*)$/m.exec(subject);
      return [cn ? `CN=${cn[1]!}` : subject.replace(/\n/g, ', ')];
    } catch {
      return [];
    }
  });
}
