import { defineRule } from '../../validation-rule/define-rule';
import { isUnresolved } from '../../terraform/cdktf-token';
import { q } from '../../validation-rule/rule-support';

/** An Okta app id: `0oa` and 17 letters or digits (e.g. `0oa6qvmxznVl4KFXe5d7`). */
const OKTA_APP_ID = /^0oa[A-Za-z0-9]{17}$/;

/**
 * OKLDAP-405 (warning): `ldapAppId` has the shape of an Okta app id. A label, a URL or the id of
 * another kind of object synthesizes, then fails at plan or, worse, matches the wrong app. A token
 * (a value only Terraform knows, e.g. a variable) is not checked. A warning, as the shape is read
 * from Okta's ids rather than a published rule: `strict` makes it an error.
 */
export const ldapAppIdShapeRule = defineRule('OKLDAP-405', {
  severity: 'warning',
  title: "ldapAppId is not an Okta app id ('0oa' and 17 letters or digits)",
  check({ ldapAppId: id }, report) {
    if (id === undefined || isUnresolved(id) || OKTA_APP_ID.test(id)) return;
    report(
      'ldapAppId',
      id,
      `ldapAppId ${q(id)} is not an Okta app id: app ids are '0oa' and 17 letters or digits (20 in all), e.g. '0oa6qvmxznVl4KFXe5d7'`,
      "Copy the id of the LDAP directory app from the Admin Console (Directory Integrations, the app's URL) or from GET /api/v1/apps?q=ldap; pass a Terraform variable's value when it comes from elsewhere",
    );
  },
});
