import { jumpCloudOrgIdHexRule } from '../../../lib/presets/jumpcloud/jumpcloud-org-id-hex';
import { jumpCloudDirectory } from '../../../lib/presets/jumpcloud/jumpcloud-directory';
import { input, jumpCloud, openLdap, run } from '../../validation/rules/rule-fixtures';

const FIX =
  "Copy the organization id from JumpCloud's admin portal (24 hex characters) into jumpCloudDirectory({ orgId })";

describe('OKLDAP-105 JumpCloud org id is hexadecimal', () => {
  test('passes hex org ids, in either case', () => {
    expect(run(jumpCloudOrgIdHexRule, input(jumpCloud()))).toEqual([]);
    expect(
      run(
        jumpCloudOrgIdHexRule,
        input(jumpCloudDirectory({ orgId: '5F3C0A1B2C3D4E5F60718293', bindUser: 'b' })),
      ),
    ).toEqual([]);
    expect(run(jumpCloudOrgIdHexRule, input(openLdap()))).toEqual([]);
  });

  test('reports an org name used as org id, pointing at orgId as typed', () => {
    const settings = jumpCloudDirectory({ orgId: 'Acme Corp', bindUser: 'okta-bind' });
    expect(run(jumpCloudOrgIdHexRule, input(settings))).toEqual([
      {
        ruleId: 'OKLDAP-105',
        severity: 'error',
        path: 'orgId',
        value: 'Acme Corp',
        message:
          "JumpCloud org id 'Acme Corp' is not hexadecimal; an org id is hex digits only (0-9, a-f), e.g. '5f3c0a1b2c3d4e5f60718293'",
        fix: FIX,
      },
    ]);
  });

  test('reports an empty org id', () => {
    const violations = run(jumpCloudOrgIdHexRule, input(jumpCloudDirectory({ orgId: '', bindUser: 'b' })));
    expect(violations.map((v) => v.message)).toEqual([
      "JumpCloud org id '' is not hexadecimal; an org id is hex digits only (0-9, a-f), e.g. '5f3c0a1b2c3d4e5f60718293'",
    ]);
  });
});
