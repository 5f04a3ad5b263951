import { Testing } from 'cdktf';
import { ALL_RULES } from '../../lib/validation/all-rules';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { validateIntegration } from '../../lib/validation/validate-integration';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { resolveDirectorySettings } from '../../lib/settings/ldap-directory-settings';
import { GENERIC_RULES } from '../../lib/validation/rules';
import { OrgStack, thrownBy, validProps } from '../resources/fixtures';

const BAD_ORG = jumpCloudDirectory({ orgId: 'Acme Corp', bindUser: 'okta-bind' });

function inputOf(directory: typeof BAD_ORG) {
  return {
    settings: resolveDirectorySettings(directory),
    userMappings: {},
    groupMappings: [],
    roleMappings: [],
  };
}

describe('validateIntegration', () => {
  test('applies every rule by default, the JumpCloud rules to JumpCloud settings among them', () => {
    const result = validateIntegration(inputOf(BAD_ORG));
    expect(result).toEqual(validateIntegration(inputOf(BAD_ORG), ALL_RULES));
    expect(result.errors.map((v) => v.ruleId)).toEqual(['OKLDAP-105']);
    expect(result.errors[0]?.message).toBe(
      "JumpCloud org id 'Acme Corp' is not hexadecimal; an org id is hex digits only (0-9, a-f), e.g. '5f3c0a1b2c3d4e5f60718293'",
    );
  });

  test('runs only the given rules when a list is passed', () => {
    expect(validateIntegration(inputOf(BAD_ORG), GENERIC_RULES).errors).toEqual([]);
  });

  test('reports what the construct reports at synth', () => {
    const stack = new OrgStack(Testing.app(), 'org');
    const error = thrownBy(
      () => new OktaLdapIntegration(stack, 'JumpCloud', validProps({ directory: BAD_ORG })),
    );
    const { errors } = validateIntegration({ ...inputOf(BAD_ORG), ...mappingsOf(validProps()) });
    expect(error.violations).toEqual(errors);
  });
});

function mappingsOf(props: ReturnType<typeof validProps>) {
  return {
    userMappings: props.userMappings ?? {},
    groupMappings: props.groupMappings ?? [],
    roleMappings: props.roleMappings ?? [],
  };
}
