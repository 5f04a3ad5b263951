"""A Python app using what the example app does not: a CUSTOM admin role with its role and resource
set ids, a suppressed warning in strict mode, an okta provider with an alias and the EU region of the
JumpCloud preset. test/package/python-package.test.ts builds the same stack in TypeScript and
compares the two synthesized stacks."""
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_okta.provider import OktaProvider

from cdktf_okta_ldap import (
    DirectoryPreset,
    JumpCloudRegion,
    LdapGroupMapping,
    LdapRoleMapping,
    OktaAdminRole,
    OktaLdapIntegration,
    ValidationSuppression,
)

app = App()
stack = TerraformStack(app, "custom-role")
OktaProvider(stack, "okta")
second_org = OktaProvider(stack, "okta-second-org", alias="second_org")

OktaLdapIntegration(
    stack,
    "JumpCloud",
    provider=second_org,
    directory=DirectoryPreset.jump_cloud(
        org_id="5f3c0a1b2c3d4e5f60718293", bind_user="okta-bind", region=JumpCloudRegion.EU
    ),
    ldap_app_id="0oa6qvmxznVl4KFXe5d7",
    strict=True,
    suppressions=[ValidationSuppression(id="OKLDAP-111", reason="JumpCloud's recipe uses entrydn")],
    group_mappings=[LdapGroupMapping(ldap_group="ops", okta_group="Operations")],
    role_mappings=[
        LdapRoleMapping(
            ldap_group="ops",
            role=OktaAdminRole.CUSTOM,
            role_id="cr0Yq6IJxGIr0ouum0g3",
            resource_set_id="iamoJDFKaJxGIr0oamd9g",
        )
    ],
)
app.synth()
