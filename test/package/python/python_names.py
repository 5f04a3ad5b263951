"""Prints the Python names of the built package as JSON: every name the module exports; for every
struct, its Python -> TypeScript name mapping; for the classes, their public attribute names."""
import json

import cdktf_okta_ldap as package

structs = {
    name: dict(value.__jsii_name_mapping__)
    for name, value in vars(package).items()
    if isinstance(value, type) and getattr(value, "__jsii_name_mapping__", None) is not None
}
classes = {
    name: sorted(n for n in dir(getattr(package, name)) if not n.startswith("_"))
    for name in ["DirectoryPreset", "OktaLdapIntegration"]
}
exported = sorted(name for name in dir(package) if not name.startswith("_"))
print(json.dumps({"exported": exported, "structs": structs, "classes": classes}))
