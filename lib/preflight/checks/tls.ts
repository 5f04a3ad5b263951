import { LdapConnectionSecurity } from '../../settings/setting-choices';
import { caBundleLabel } from '../ca-file';
import type { CheckContext, CheckOutcome, PreflightCheck } from '../check';
import { ClassifiedFault, classifyFault } from '../fault-class';
import { faultEvidence, OKTA_AGENT_SETTINGS } from '../fault-outcome';
import type { CertificateFacts } from '../ldap-connection';
import { CERTIFICATE_WARN_DAYS } from '../preflight-options';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * PF-TLS: opens the one connection. LDAPS (or StartTLS on 389) with certificate chain and host name
 * verification and TLS 1.2 or later; reports subject, issuer, SANs and expiry; warns within 30 days
 * of expiry. Plain LDAP only when the settings allow it explicitly, and then a warning.
 */
export const tlsCheck: PreflightCheck = {
  id: 'PF-TLS',
  title: 'TLS connection and server certificate',
  requires: [],
  run: async (context) => {
    const { host, port, connectionSecurity, allowPlainLdap } = context.settings.agent;
    const target = `${host}:${port}`;
    const base = {
      url: context.connection.url,
      connectionSecurity,
      caBundle: caBundleLabel(context.connection.usesCustomCa, context.caSource),
    };
    if (connectionSecurity === LdapConnectionSecurity.PLAIN && !allowPlainLdap) {
      return {
        status: 'fail',
        message: `Plain LDAP to ${target} is refused: the settings choose connectionSecurity PLAIN without allowPlainLdap`,
        evidence: { ...base, faultClass: 'invalid-input' },
        fix: `Use LDAPS (port 636, "Use SSL" on in ${OKTA_AGENT_SETTINGS}). Only for a lab directory set agent.allowPlainLdap: true.`,
      };
    }
    try {
      await context.connection.connect();
    } catch (error) {
      return connectFailure(context, error, base);
    }
    if (connectionSecurity === LdapConnectionSecurity.PLAIN) {
      return {
        status: 'warn',
        message: `Plain LDAP to ${target}: the bind password and every entry cross the network unencrypted (allowed by allowPlainLdap)`,
        evidence: base,
        fix: `Switch to LDAPS (port 636, "Use SSL" on in ${OKTA_AGENT_SETTINGS}) and remove allowPlainLdap.`,
      };
    }
    const { protocol, cipher, certificate } = context.connection.tlsFacts;
    const evidence: Record<string, unknown> = {
      ...base,
      ...(protocol ? { protocol } : {}),
      ...(cipher ? { cipher } : {}),
      ...(certificate ? { certificate } : {}),
    };
    const how = connectionSecurity === LdapConnectionSecurity.STARTTLS ? 'StartTLS' : 'LDAPS';
    if (!certificate) {
      return {
        status: 'pass',
        message: `${how} to ${target} verified (${protocol ?? 'TLS'}); certificate details unavailable`,
        evidence,
      };
    }
    const daysLeft = Math.floor((Date.parse(certificate.notAfter) - context.now.getTime()) / DAY_MS);
    evidence.daysUntilExpiry = daysLeft;
    const expiry = certificate.notAfter.slice(0, 10);
    if (daysLeft < CERTIFICATE_WARN_DAYS) {
      return {
        status: 'warn',
        message: `${how} to ${target} verified, but the server certificate expires in ${dayCount(daysLeft)} (${expiry})`,
        evidence,
        fix: `Renew the LDAP server certificate before ${expiry} (if you pinned a CA with --ca-file, check it still signs the renewed certificate).`,
      };
    }
    return {
      status: 'pass',
      message: `${how} to ${target} verified (${protocol ?? 'TLS'}); certificate ${commonName(certificate)} issued by ${commonName(certificate, 'issuer')}, expires ${expiry} (${dayCount(daysLeft)})${trustedThrough(context)}`,
      evidence,
    };
  },
};

/** `; trusted through …` naming the custom CA bundle the certificate was verified with; nothing for the system roots. */
function trustedThrough(context: CheckContext): string {
  return context.caSource !== undefined ? `; trusted through ${context.caSource}` : '';
}

/** A custom CA bundle was given and does not sign the server's certificate: both issuers named. */
function wrongCaFailure(
  context: CheckContext,
  target: string,
  code: string,
  evidence: Record<string, unknown>,
): CheckOutcome {
  const { certificate } = context.connection.tlsFacts;
  const issuer = certificate ? commonName(certificate, 'issuer') : 'an issuer not shown';
  const bundle = context.caSubjects?.length ? context.caSubjects.join(', ') : 'no readable certificate';
  return {
    status: 'fail',
    message: `The certificate of ${target} is issued by ${issuer}, but the CA bundle from ${context.caSource ?? 'options.ca'} holds ${bundle} (${code})`,
    evidence: { ...evidence, caBundleCertificates: context.caSubjects ?? [] },
    fix: `Use the CA bundle that holds ${issuer} (and its root): replace the file, or pass the right one with --ca-file <pem>. If the certificate's issuer is unexpected, a TLS-inspecting proxy is in the path.`,
  };
}

/** `1 day`, `n days`. */
function dayCount(days: number): string {
  return `${days} ${days === 1 || days === -1 ? 'day' : 'days'}`;
}

function connectFailure(context: CheckContext, error: unknown, base: Record<string, unknown>): CheckOutcome {
  const { host, port, connectionSecurity } = context.settings.agent;
  const target = `${host}:${port}`;
  const fault = classifyFault(error);
  const { certificate } = context.connection.tlsFacts;
  const evidence = { ...base, ...(certificate ? { certificate } : {}), ...faultEvidence(fault) };
  const names = certificate?.subjectAltNames.length ? certificate.subjectAltNames.join(', ') : 'no SAN';
  const timeoutMs = context.connectTimeoutMs;
  switch (fault.faultClass) {
    case 'tls-untrusted':
      if (context.connection.usesCustomCa)
        return wrongCaFailure(context, target, String(fault.code ?? 'untrusted'), evidence);
      return {
        status: 'fail',
        message: `The certificate of ${target} is not signed by a trusted CA (${fault.code})${certificate ? `: ${commonName(certificate)} issued by ${commonName(certificate, 'issuer')}` : ''}`,
        evidence,
        fix: 'Pass the CA bundle that signs the LDAP server certificate with --ca-file <pem> (library: options.ca). If the server uses a public CA, a TLS-inspecting proxy is in the path.',
      };
    case 'tls-hostname':
      return {
        status: 'fail',
        message: `The certificate of ${target} does not name host ${host} (${fault.code}); it names ${names}`,
        evidence,
        fix: `Set agent.host to a name the certificate lists in ${OKTA_AGENT_SETTINGS}, or re-issue the certificate with ${host} in its subjectAltName.`,
      };
    case 'tls-expired':
      return {
        status: 'fail',
        message: `The certificate of ${target} is not valid now (${fault.code})${certificate ? `: valid ${certificate.validFrom.slice(0, 10)} to ${certificate.notAfter.slice(0, 10)}` : ''}`,
        evidence,
        fix: 'Renew the LDAP server certificate (and check the clock of the machine running the preflight).',
      };
    case 'refused':
      return {
        status: 'fail',
        message: `Nothing accepts connections on ${target} (${fault.code})`,
        evidence,
        fix: `Check agent.host and agent.port in ${OKTA_AGENT_SETTINGS}: LDAPS is usually served on port 636, StartTLS on 389. A firewall may also reject outbound LDAP.`,
      };
    case 'dns':
      return {
        status: 'fail',
        message: `Host ${host} does not resolve (${fault.code})`,
        evidence,
        fix: `Check agent.host and the DNS of the machine running the preflight.`,
      };
    case 'timeout':
      return {
        status: 'fail',
        message: `${target} accepted no ${connectionSecurity === LdapConnectionSecurity.LDAPS ? 'TLS handshake' : 'connection'} within ${timeoutMs} ms (${fault.detail})`,
        evidence,
        fix: `Check agent.host and agent.port: a firewall may drop the traffic, or the port is not an LDAP server. Raise --connect-timeout only for a slow link.`,
      };
    case 'tls-handshake':
    case 'reset':
      if (fault.faultClass === 'tls-handshake' || (fault.serverBytes ?? 0) > 0) {
        return handshakeFailure(target, host, fault, evidence);
      }
      // A reset with no server bytes known: as a close on the ClientHello.
      return wrongPortFailure(context, fault, evidence);
    case 'protocol-mismatch':
      return wrongPortFailure(context, fault, evidence);
    default:
      return {
        status: 'fail',
        message: `Could not open ${connectionSecurity} to ${target} (${fault.faultClass}${fault.code !== undefined ? `, ${fault.code}` : ''}): ${fault.detail}`,
        evidence,
        fix: `Check agent.host, agent.port and connectionSecurity in ${OKTA_AGENT_SETTINGS}.`,
      };
  }
}

/** A close (or reset) with no TLS from the server: LDAPS against a plain port, or StartTLS against an LDAPS port. */
function wrongPortFailure(
  context: CheckContext,
  fault: ClassifiedFault,
  evidence: Record<string, unknown>,
): CheckOutcome {
  const { host, port, connectionSecurity } = context.settings.agent;
  const target = `${host}:${port}`;
  return connectionSecurity === LdapConnectionSecurity.LDAPS
    ? {
        status: 'fail',
        message: `${target} did not complete a TLS handshake (${fault.code ?? fault.detail}): it looks like a plain LDAP port, not LDAPS`,
        evidence: {
          ...evidence,
          ...(fault.serverBytes !== undefined ? { serverBytes: fault.serverBytes } : {}),
          faultClass: fault.faultClass === 'reset' ? 'protocol-mismatch' : fault.faultClass,
        },
        fix: `Use port 636 for LDAPS, or connectionSecurity STARTTLS on port 389, in ${OKTA_AGENT_SETTINGS}. TLS 1.2 or later is required.`,
      }
    : {
        status: 'fail',
        message: `${target} closed the connection on a plain LDAP request (StartTLS): it looks like an LDAPS port (${fault.detail})`,
        evidence: { ...evidence, faultClass: 'protocol-mismatch' },
        fix: `Use connectionSecurity LDAPS for port 636 ("Use SSL" on in ${OKTA_AGENT_SETTINGS}), or port 389 for StartTLS.`,
      };
}

/** The server spoke TLS (or said which TLS it refuses), then the handshake failed: a TLS failure, not a wrong port. */
function handshakeFailure(
  target: string,
  host: string,
  fault: ClassifiedFault,
  evidence: Record<string, unknown>,
): CheckOutcome {
  const bytes = fault.serverBytes;
  const withBytes = bytes !== undefined ? { ...evidence, serverBytes: bytes } : evidence;
  if (fault.faultClass === 'reset') {
    return {
      status: 'fail',
      message: `${target} reset the connection during the TLS handshake (reset, ${fault.code ?? fault.detail}) after sending ${bytes} bytes of TLS`,
      evidence: withBytes,
      fix: `The port speaks TLS, so host and port look right: a reset mid-handshake comes from the network or the server. Check firewalls, proxies and load balancers between this machine and ${host}, and the server's logs, then retry.`,
    };
  }
  if (fault.code === 'ECONNRESET' && bytes !== undefined && bytes > 0) {
    return {
      status: 'fail',
      message: `TLS handshake with ${target} failed (tls-handshake, ECONNRESET): the server sent ${bytes} bytes of TLS, then closed the connection`,
      evidence: withBytes,
      fix: `The port speaks TLS, so host and port look right: check the server's TLS setup (TLS 1.2 or later, its certificate chain) and any TLS-inspecting proxy or load balancer in the path, then retry.`,
    };
  }
  return {
    status: 'fail',
    message: `TLS handshake with ${target} failed (tls-handshake${fault.code !== undefined ? `, ${fault.code}` : ''}): ${fault.detail}`,
    evidence: withBytes,
    fix: `The server speaks TLS but the handshake failed: the preflight, like the Okta LDAP agent, needs TLS 1.2 or later with a current cipher suite. Check the server's TLS settings, or a TLS-inspecting proxy in the path.`,
  };
}

function commonName(cert: CertificateFacts, which: 'subject' | 'issuer' = 'subject'): string {
  const name = which === 'subject' ? cert.subject : cert.issuer;
  const cn = /(?:^|, )CN=([^,]*)/.exec(name)?.[1];
  return cn !== undefined ? `CN=${cn}` : name || '(empty)';
}
