#!/usr/bin/env python3
"""Example org stack in Python: JumpCloud's hosted LDAP connected to Okta through the Okta LDAP
integration. The same stack as ../../main.ts, resource for resource.

Run it as a cdktf app (cdktf.json: "app": "python3 main.py") or directly: `python3 main.py` writes
cdktf.out/ (CDKTF_OUTDIR overrides where). It works offline with nothing set: the example values
below are used. Override them with the environment variables JUMPCLOUD_ORG_ID, JUMPCLOUD_BIND_USER
and OKTA_LDAP_APP_ID (see main.ts for what each one is).

The okta provider reads its org and credentials from its own environment variables at plan and
apply time (OKTA_ORG_NAME, OKTA_BASE_URL, OKTA_API_TOKEN); none is written into the configuration.
The bind password is the sensitive Terraform variable JumpCloud_bind_password
(TF_VAR_JumpCloud_bind_password), needed by plan/apply, not by synth.
"""
import os
import sys

from cdktf import App, TerraformStack
from cdktf_cdktf_provider_okta.provider import OktaProvider
from constructs import Construct

from cdktf_okta_ldap import (
    DirectoryPreset,
    LdapExtraUserAttribute,
    LdapGroupMapping,
    LdapPasswordPolicy,
    LdapRoleMapping,
    LdapUserSettingsOverrides,
    OktaAdminRole,
    OktaLdapIntegration,
)

# The built-in example values (not a real org).
EXAMPLE_ORG = {
    "org_id": "5f3c0a1b2c3d4e5f60718293",
    "bind_user": "okta-bind",
    "ldap_app_id": "0oa6qvmxznVl4KFXe5d7",
}


def example_org_config_from_env(env=os.environ):
    """The example's configuration; unset or empty variables keep the example values."""

    def pick(name, fallback):
        value = env.get(name, "")
        return fallback if value == "" else value

    return {
        "org_id": pick("JUMPCLOUD_ORG_ID", EXAMPLE_ORG["org_id"]),
        "bind_user": pick("JUMPCLOUD_BIND_USER", EXAMPLE_ORG["bind_user"]),
        "ldap_app_id": pick("OKTA_LDAP_APP_ID", EXAMPLE_ORG["ldap_app_id"]),
    }


class OktaOrgStack(TerraformStack):
    """One Okta org, its LDAP integration with JumpCloud, and every resource the library makes."""

    def __init__(self, scope: Construct, id: str, config: dict):
        super().__init__(scope, id)
        # Org and credentials come from OKTA_ORG_NAME / OKTA_BASE_URL / OKTA_API_TOKEN at plan time.
        OktaProvider(self, "okta")

        directory = DirectoryPreset.jump_cloud(
            org_id=config["org_id"],
            bind_user=config["bind_user"],
            user=LdapUserSettingsOverrides(
                extra_attributes=[LdapExtraUserAttribute(ldap_attribute="employeeType", title="Employee type")]
            ),
        )

        self.integration = OktaLdapIntegration(
            self,
            "JumpCloud",
            directory=directory,
            ldap_app_id=config["ldap_app_id"],
            user_mappings={
                "firstName": "appuser.givenName",
                "lastName": "appuser.sn",
                "email": "appuser.mail",
                "userType": "appuser.employeeType",
            },
            group_mappings=[
                LdapGroupMapping(ldap_group="engineering", okta_group="Engineering"),
                LdapGroupMapping(ldap_group="sales", okta_group="Sales", description="Sales team, from JumpCloud"),
            ],
            role_mappings=[LdapRoleMapping(ldap_group="it-helpdesk", role=OktaAdminRole.HELP_DESK_ADMIN)],
            password_policy=LdapPasswordPolicy(
                name="JumpCloud LDAP users",
                description="Passwords of users authenticated by JumpCloud LDAP (delegated authentication)",
            ),
        )


def main():
    app = App()
    OktaOrgStack(app, "okta-org", example_org_config_from_env())
    app.synth()


if __name__ == "__main__":
    main()
