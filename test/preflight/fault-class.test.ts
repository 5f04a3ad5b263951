import { InvalidCredentialsError, NoSuchObjectError, UnwillingToPerformError } from 'ldapts';
import { classifyFault } from '../../lib/preflight/fault-class';

const nodeError = (code: string, message = code): Error => Object.assign(new Error(message), { code });

describe('classifyFault', () => {
  test.each([
    [new InvalidCredentialsError('x'), 'auth', 49],
    [new UnwillingToPerformError('x'), 'auth', 53],
    [new NoSuchObjectError('x'), 'no-such-object', 32],
    [nodeError('SELF_SIGNED_CERT_IN_CHAIN'), 'tls-untrusted', 'SELF_SIGNED_CERT_IN_CHAIN'],
    [nodeError('UNABLE_TO_GET_ISSUER_CERT_LOCALLY'), 'tls-untrusted', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
    [nodeError('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls-hostname', 'ERR_TLS_CERT_ALTNAME_INVALID'],
    [nodeError('CERT_HAS_EXPIRED'), 'tls-expired', 'CERT_HAS_EXPIRED'],
    [nodeError('ECONNREFUSED'), 'refused', 'ECONNREFUSED'],
    [nodeError('ENOTFOUND'), 'dns', 'ENOTFOUND'],
    [nodeError('ECONNRESET'), 'reset', 'ECONNRESET'],
    [
      nodeError(
        'ECONNRESET',
        'Client network socket disconnected before secure TLS connection was established',
      ),
      'protocol-mismatch',
      'ECONNRESET',
    ],
    [nodeError('EPROTO', 'routines:ssl3_get_record:wrong version number'), 'protocol-mismatch', 'EPROTO'],
  ] as const)('%s -> %s', (error, faultClass, code) => {
    expect(classifyFault(error)).toMatchObject({ faultClass, code });
  });

  test("an LDAP result code is reported once: ldapts' trailing ' Code: 0x..' leaves the detail", () => {
    const error = new NoSuchObjectError('No such object');
    expect(error.message).toBe('No such object Code: 0x20');
    expect(classifyFault(error)).toEqual({
      faultClass: 'no-such-object',
      code: 32,
      detail: 'No such object',
    });
    // A Node error keeps its text as it is.
    expect(classifyFault(nodeError('ECONNRESET', 'reset Code: 0x20')).detail).toBe('reset Code: 0x20');
  });

  test('messages without codes', () => {
    expect(classifyFault(new Error('Connection timeout')).faultClass).toBe('timeout');
    expect(classifyFault(new Error('SearchRequest: Operation timed out')).faultClass).toBe('timeout');
    expect(
      classifyFault(
        new Error('Connection closed before message response was received. Message type: BindRequest (0x60)'),
      ).faultClass,
    ).toBe('protocol-mismatch');
    expect(classifyFault('weird')).toEqual({ faultClass: 'unknown', detail: 'weird' });
  });
});
