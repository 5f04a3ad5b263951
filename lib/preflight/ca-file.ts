import { X509Certificate } from 'crypto';
import * as fs from 'fs';
import { InputError } from '../errors';

/**
 * Reads a PEM CA bundle the preflight trusts for the directory's certificate. `givenAs` says where the
 * path came from, for the error (e.g. `--ca-file`, or the guard's `caFile`).
 * @throws InputError when the file is missing, unreadable or holds no PEM certificate
 */
export function readCaFile(file: string, givenAs: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`CA file not found or unreadable: '${file}'. Pass a PEM bundle with ${givenAs}.`);
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new InputError(
      `CA file '${file}' holds no PEM certificate (no "-----BEGIN CERTIFICATE-----" line). Convert DER with: openssl x509 -inform der -in ca.cer -out ca.pem`,
    );
  }
  return text;
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
