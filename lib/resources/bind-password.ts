import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { terraformLiteral } from '../terraform/terraform-literal';

/**
 * Adds the sensitive Terraform variable that carries the LDAP bind password: type string, no
 * default (Terraform asks for it, or reads `TF_VAR_<name>`), never null. The password is never part
 * of the construct's props or of the synthesized JSON.
 *
 * @param name Terraform variable name (a readable one, e.g. `JumpCloud_bind_password`), or undefined
 *   to keep cdktf's generated logical id
 */
export function addBindPasswordVariable(scope: Construct, name: string | undefined): TerraformVariable {
  const variable = new TerraformVariable(scope, 'BindPassword', {
    type: 'string',
    sensitive: true,
    nullable: false,
    description: terraformLiteral(
      `LDAP bind password of the Okta LDAP integration ${scope.node.path} (never stored in the configuration)`,
    ),
  });
  if (name !== undefined) variable.overrideLogicalId(name);
  return variable;
}
