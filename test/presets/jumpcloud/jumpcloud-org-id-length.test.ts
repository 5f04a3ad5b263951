import { jumpCloudDirectory } from '../../../lib/presets/jumpcloud/jumpcloud-directory';
import { jumpCloudOrgIdLengthRule } from '../../../lib/presets/jumpcloud/jumpcloud-org-id-length';
import { input, jumpCloud, run } from '../../validation/rules/rule-fixtures';

describe('OKLDAP-106 JumpCloud org id length (warning)', () => {
  test('passes a 24-character org id', () => {
    expect(run(jumpCloudOrgIdLengthRule, input(jumpCloud()))).toEqual([]);
  });

  test('warns about a truncated org id', () => {
    const settings = jumpCloudDirectory({ orgId: '5f3c0a1b2c3d4e5f6071829', bindUser: 'b' });
    expect(run(jumpCloudOrgIdLengthRule, input(settings))).toEqual([
      {
        ruleId: 'OKLDAP-106',
        severity: 'warning',
        path: 'orgId',
        value: '5f3c0a1b2c3d4e5f6071829',
        message: "JumpCloud org id '5f3c0a1b2c3d4e5f6071829' has 23 characters; JumpCloud org ids have 24",
        fix: "Check that the whole organization id was copied from JumpCloud's admin portal",
      },
    ]);
  });

  test('leaves a non-hex org id to OKLDAP-105', () => {
    expect(
      run(jumpCloudOrgIdLengthRule, input(jumpCloudDirectory({ orgId: 'acme', bindUser: 'b' }))),
    ).toEqual([]);
  });
});
