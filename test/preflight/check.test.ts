import { toFinding } from '../../lib/preflight/check';

describe('toFinding', () => {
  test('drops evidence fields that say nothing (an empty error text), at any depth', () => {
    const finding = toFinding(
      { id: 'PF-BIND', title: 'Bind as the bind DN' },
      {
        status: 'fail',
        message: 'Bind refused',
        evidence: {
          faultClass: 'auth',
          code: 49,
          error: '',
          certificate: { subject: 'CN=x', issuer: '' },
        },
        fix: 'Check the password',
      },
    );
    expect(finding).toEqual({
      id: 'PF-BIND',
      title: 'Bind as the bind DN',
      status: 'fail',
      message: 'Bind refused',
      evidence: { faultClass: 'auth', code: 49, certificate: { subject: 'CN=x' } },
      fix: 'Check the password',
    });
    expect(JSON.stringify(finding)).not.toContain('""');
  });
});
