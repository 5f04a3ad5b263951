"""A Python app whose settings a validation rule refuses: the construct's error reaches Python as an
exception carrying the rule id and the message. Prints the exception's class and message as JSON."""
import json

from cdktf import App, TerraformStack

from cdktf_okta_ldap import DirectoryPreset, OktaLdapIntegration

app = App()
stack = TerraformStack(app, "bad-org")
try:
    OktaLdapIntegration(
        stack,
        "JumpCloud",
        directory=DirectoryPreset.jump_cloud(org_id="not-an-org", bind_user="okta-bind"),
        ldap_app_id="0oa6qvmxznVl4KFXe5d7",
    )
    app.synth()
    print(json.dumps({"raised": None}))
except Exception as error:  # jsii raises the JavaScript error as a RuntimeError
    print(json.dumps({"raised": type(error).__name__, "message": str(error)}))
