/**
 * Throwaway TLS material for the slapd test fixture: an EC P-256 CA and a server certificate signed
 * by it (or a self-signed server certificate), made with the openssl command line.
 *
 * OpenSSL 3.0 (Debian 12) has no `x509 -not_before/-not_after`; `openssl ca -startdate/-enddate`
 * sets any validity window, including one entirely in the past (an expired certificate).
 */
import { X509Certificate, randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTool } from './slapd-fixture-process';

/** Certificate knobs; see `SlapdFixtureOptions.certificate`. */
export interface FixtureCertificateOptions {
  readonly expired?: boolean;
  readonly expiresInDays?: number;
  readonly sans?: string[];
  readonly selfSignedUntrusted?: boolean;
}

export interface FixtureTlsFiles {
  readonly caFile: string;
  readonly caPem: string;
  readonly certFile: string;
  readonly keyFile: string;
  readonly subject: string;
  readonly notAfter: Date;
  readonly sans: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Default SANs: `DNS:localhost`, `DNS:<hostname>`, `IP:127.0.0.1`. */
export function defaultSans(): string[] {
  const sans = ['DNS:localhost'];
  const host = os.hostname();
  if (host && host !== 'localhost' && /^[A-Za-z0-9.-]+$/.test(host)) sans.push(`DNS:${host}`);
  sans.push('IP:127.0.0.1');
  return sans;
}

/** `YYYYMMDDHHMMSSZ`, the form `openssl ca -startdate/-enddate` takes. */
function opensslTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function validityWindow(
  options: FixtureCertificateOptions,
  now: number,
): { notBefore: Date; notAfter: Date } {
  if (options.expired && options.expiresInDays !== undefined) {
    throw new Error(
      'slapd fixture: certificate.expired and certificate.expiresInDays were both set; set one (expired is the same as a negative expiresInDays)',
    );
  }
  if (options.expired) return { notBefore: new Date(now - 30 * DAY_MS), notAfter: new Date(now - DAY_MS) };
  const days = options.expiresInDays ?? 365;
  const notAfter = new Date(now + days * DAY_MS);
  const notBefore = new Date(Math.min(now - DAY_MS, notAfter.getTime() - DAY_MS));
  return { notBefore, notAfter };
}

/** Creates the CA and the server certificate in `dir`. */
export async function createTlsFiles(
  openssl: string,
  dir: string,
  options: FixtureCertificateOptions,
): Promise<FixtureTlsFiles> {
  const sans = options.sans ?? defaultSans();
  for (const san of sans) {
    if (!/^(DNS|IP|URI|email):[^,\n]+$/.test(san)) {
      throw new Error(
        `slapd fixture: certificate SAN ${JSON.stringify(san)} is not valid; use 'DNS:<name>' or 'IP:<address>'`,
      );
    }
  }
  const { notBefore, notAfter } = validityWindow(options, Date.now());
  const f = (name: string): string => path.join(dir, name);
  const ecKey = ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out'];
  const cnf = [
    '[ ca ]',
    'default_ca = fixture_ca',
    '[ fixture_ca ]',
    `database = ${f('ca-index.txt')}`,
    `new_certs_dir = ${dir}`,
    `serial = ${f('ca-serial')}`,
    'default_md = sha256',
    'policy = policy_any',
    'unique_subject = no',
    'copy_extensions = none',
    'email_in_dn = no',
    '[ policy_any ]',
    'organizationName = optional',
    'commonName = supplied',
    '[ server_ext ]',
    'basicConstraints = critical,CA:FALSE',
    'keyUsage = critical,digitalSignature,keyEncipherment',
    'extendedKeyUsage = serverAuth',
    'subjectKeyIdentifier = hash',
    'authorityKeyIdentifier = keyid',
    `subjectAltName = ${sans.join(',')}`,
    '',
  ].join('\n');
  await Promise.all([
    fs.writeFile(f('ca.cnf'), cnf),
    fs.writeFile(f('ca-index.txt'), ''),
    fs.writeFile(f('ca-serial'), randomSerial() + '\n'),
  ]);
  await Promise.all([
    runTool(openssl, [...ecKey, f('ca.key')]),
    runTool(openssl, [...ecKey, f('server.key')]),
  ]);
  await runTool(openssl, [
    'req',
    '-x509',
    '-new',
    '-key',
    f('ca.key'),
    '-subj',
    '/O=cdktf-okta-ldap tests/CN=slapd fixture throwaway CA',
    '-days',
    '2',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-out',
    f('ca.pem'),
  ]);
  const subject = '/O=cdktf-okta-ldap tests/CN=localhost';
  if (options.selfSignedUntrusted) {
    // A self-signed leaf: no CA signed it, so the fixture's CA (and any other) cannot verify it.
    await runTool(openssl, [
      'req',
      '-x509',
      '-new',
      '-key',
      f('server.key'),
      '-subj',
      subject,
      '-days',
      String(Math.max(1, Math.ceil((notAfter.getTime() - Date.now()) / DAY_MS))),
      '-addext',
      `subjectAltName=${sans.join(',')}`,
      '-out',
      f('server.pem'),
    ]);
  } else {
    await runTool(openssl, [
      'req',
      '-new',
      '-key',
      f('server.key'),
      '-subj',
      subject,
      '-out',
      f('server.csr'),
    ]);
    await runTool(openssl, [
      'ca',
      '-batch',
      '-notext',
      '-config',
      f('ca.cnf'),
      '-cert',
      f('ca.pem'),
      '-keyfile',
      f('ca.key'),
      '-in',
      f('server.csr'),
      '-out',
      f('server.pem'),
      '-extensions',
      'server_ext',
      '-startdate',
      opensslTime(notBefore),
      '-enddate',
      opensslTime(notAfter),
    ]);
  }
  const [caPem, serverPem] = await Promise.all([
    fs.readFile(f('ca.pem'), 'utf8'),
    fs.readFile(f('server.pem'), 'utf8'),
  ]);
  const cert = new X509Certificate(serverPem);
  return {
    caFile: f('ca.pem'),
    caPem,
    certFile: f('server.pem'),
    keyFile: f('server.key'),
    subject: cert.subject,
    notAfter: new Date(cert.validTo),
    sans,
  };
}

/** A random positive 64-bit serial in hex (even length, top bit clear), so no two fixtures share one. */
function randomSerial(): string {
  const bytes = randomBytes(8);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x10;
  return bytes.toString('hex');
}
