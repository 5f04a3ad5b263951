import { isLiteralAppId } from '../../lib/manifest/ldap-app-id';

test('an app id written as is is literal; a Terraform expression or an empty text is not', () => {
  expect(isLiteralAppId('0oa6qvmxznVl4KFXe5d7')).toBe(true);
  expect(isLiteralAppId('0oaShort')).toBe(true);
  expect(isLiteralAppId('${var.ldap_app_id}')).toBe(false);
  expect(isLiteralAppId('${okta_app_oauth.x.id}')).toBe(false);
  expect(isLiteralAppId('0oa6qvmxznVl4KFXe5d7 ')).toBe(false);
  expect(isLiteralAppId('')).toBe(false);
});
