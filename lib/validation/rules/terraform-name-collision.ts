import { defineRule } from '../../validation-rule/define-rule';

/**
 * OKLDAP-404: two integrations of one stack would get the same Terraform variable and output names.
 * An integration's names start with its manifest key made shell-safe (`-`, `.` and `/` become `_`),
 * so `team-a` and `team_a` would share `team_a_bind_password`: one `TF_VAR_…` for two directories.
 */
export const terraformNameCollisionRule = defineRule('OKLDAP-404', {
  severity: 'error',
  title: 'Two integrations of one stack would get the same Terraform names',
  check(input, report) {
    const collision = input.terraformNameCollision;
    if (collision === undefined) return;
    const [first, second] = collision.paths;
    report(
      'id',
      input.integrationId,
      `the integrations ${first} and ${second} would both get the bind password variable ` +
        `${collision.prefix}_bind_password (TF_VAR_${collision.prefix}_bind_password) and the outputs ` +
        `${collision.prefix}_…: one secret for two directories`,
      'Rename one of the two integrations (or a construct above it) so that their ids still differ when ' +
        '"-", "." and "/" become "_"',
    );
  },
});
