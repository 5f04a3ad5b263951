/**
 * Property-based tests of the mappings: random group/role/user mappings through the construct either
 * synthesize (one exact LDAP group lookup, Okta group and group rule per group mapping, every name
 * written as Terraform literal text) or throw OktaLdapValidationError whose violations carry rule ids
 * — never another exception. Plus the Terraform-literal escaping every name goes through.
 */
import * as fc from 'fast-check';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { Testing, TerraformStack } from 'cdktf';
import { LdapGroupMapping, LdapRoleMapping, OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { terraformLiteral } from '../../lib/terraform/terraform-literal';
import { jumpCloudDirectory } from '../../lib/presets/jumpcloud/jumpcloud-directory';
import { ALL_RULES } from '../../lib/validation/all-rules';
import { OktaLdapValidationError } from '../../lib/validation/validate-integration';

const RULE_IDS = new Set(ALL_RULES.map((r) => r.id));

/**
 * Reads a Terraform template string the way Terraform does: `$${` and `%%{` are the literal `${` and
 * `%{`; a bare `${` or `%{` starts an interpolation or directive (returned as `undefined`: not literal).
 */
function terraformLiteralText(template: string): string | undefined {
  let out = '';
  for (let i = 0; i < template.length;) {
    const rest = template.slice(i, i + 3);
    if (rest === '$${' || rest === '%%{') {
      out += rest.slice(1);
      i += 3;
    } else if (rest.startsWith('${') || rest.startsWith('%{')) {
      return undefined;
    } else {
      out += template[i];
      i++;
    }
  }
  return out;
}

/** Names with the characters that break templates, search strings and construct ids. */
const nastyName = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '${',
          '%{',
          '$${',
          '}',
          '"',
          '\\',
          '/',
          ' ',
          '.',
          '_',
          '$',
          '%',
          'é',
          '组',
          '\u{1F600}',
        ),
        fc.stringMatching(/^[A-Za-z0-9]{1,4}$/),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join('')),
);

describe('Terraform literal escaping (property-based)', () => {
  it('any text without cdktf tokens reads back as itself and never as an interpolation', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc
            .array(fc.constantFrom('$', '%', '{', '}', '$${', 'a', '\\'), { maxLength: 20 })
            .map((x) => x.join('')),
        ),
        (text) => {
          fc.pre(!text.includes('${TfToken['));
          expect(terraformLiteralText(terraformLiteral(text))).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('"$${" in a name (escaped-looking) stays literal: written "$$${", read back as "$${"', () => {
    expect(terraformLiteral('$${')).toBe('$$${');
    expect(terraformLiteralText('$$${')).toBe('$${');
  });
});

interface SynthOutcome {
  readonly kind: 'synth' | 'invalid';
  readonly config?: {
    resource?: Record<string, Record<string, Record<string, unknown>>>;
    data?: Record<string, Record<string, Record<string, unknown>>>;
  };
  readonly ruleIds?: string[];
}

function synth(groupMappings: LdapGroupMapping[], roleMappings: LdapRoleMapping[]): SynthOutcome {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'fuzz');
  new OktaProvider(stack, 'okta', {});
  try {
    new OktaLdapIntegration(stack, 'Directory', {
      directory: jumpCloudDirectory({ orgId: '5f3c0a1b2c3d4e5f60718293', bindUser: 'okta-bind' }),
      ldapAppId: '0oa6qvmxznVl4KFXe5d7',
      userMappings: { email: 'appuser.email' },
      groupMappings,
      roleMappings,
      preflightGuard: false,
    });
  } catch (err) {
    if (OktaLdapValidationError.isOktaLdapValidationError(err)) {
      return { kind: 'invalid', ruleIds: err.violations.map((v) => v.ruleId) };
    }
    throw err;
  }
  return { kind: 'synth', config: JSON.parse(Testing.synth(stack)) };
}

describe('mappings through the construct (property-based)', () => {
  it('random group and role mappings: a valid synth or OktaLdapValidationError with rule ids, nothing else', () => {
    const mapping = fc.record(
      {
        // A small pool makes duplicates (OKLDAP-202/203/204/206) likely; a 51-character rule name breaks OKLDAP-201.
        ldapGroup: fc.oneof(fc.constantFrom('eng', 'Eng'), nastyName),
        oktaGroup: fc.oneof(fc.constantFrom('eng', 'Engineering'), nastyName),
        ruleName: fc.option(fc.oneof(nastyName, fc.constant('r'.repeat(51))), { nil: undefined }),
      },
      { requiredKeys: ['ldapGroup', 'oktaGroup'] },
    );
    const role = fc.record({
      ldapGroup: nastyName,
      role: fc.constantFrom(
        OktaAdminRole.READ_ONLY_ADMIN,
        OktaAdminRole.HELP_DESK_ADMIN,
        OktaAdminRole.ORG_ADMIN,
      ),
    });
    const seen = { synth: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.array(mapping, { maxLength: 3 }), fc.array(role, { maxLength: 2 }), (groups, roles) => {
        const outcome = synth(groups, roles);
        seen[outcome.kind]++;
        if (outcome.kind === 'invalid') {
          expect(outcome.ruleIds!.length).toBeGreaterThan(0);
          expect(outcome.ruleIds!.filter((id) => !RULE_IDS.has(id))).toEqual([]);
          return;
        }
        const resource = outcome.config!.resource ?? {};
        expect(Object.keys(resource.okta_group ?? {})).toHaveLength(groups.length);
        expect(Object.keys(resource.okta_group_rule ?? {})).toHaveLength(groups.length);
        // Every Okta group name is literal text equal to the mapping's name.
        const names = Object.values(resource.okta_group ?? {}).map((g) =>
          terraformLiteralText(String(g.name)),
        );
        expect(names.sort()).toEqual(groups.map((g) => g.oktaGroup).sort());
        // Every LDAP group lookup is an exact APP_GROUP search for the literal name.
        const searches = Object.values(outcome.config!.data?.okta_groups ?? {}).map((d) =>
          terraformLiteralText(String(d.search)),
        );
        for (const g of [...groups.map((m) => m.ldapGroup), ...roles.map((r) => r.ldapGroup)]) {
          const quoted = `"${g.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
          expect(searches).toContain(`type eq "APP_GROUP" and profile.name eq ${quoted}`);
        }
      }),
      { numRuns: 60 },
    );
    // Both branches were exercised (the generator is not all-invalid or all-valid).
    expect(seen.synth).toBeGreaterThan(5);
    expect(seen.invalid).toBeGreaterThan(5);
  });

  it('valid mappings with template characters in their names synthesize, and the names stay literal', () => {
    const safeButNasty = fc
      .tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.constantFrom('${x}', '%{if}', '$${y}', '"q"', 'a\\b'))
      .map(([a, b]) => `${a}${b}`);
    fc.assert(
      fc.property(fc.uniqueArray(safeButNasty, { minLength: 1, maxLength: 3 }), (names) => {
        const groups = names.map((n, i) => ({ ldapGroup: `ldap-${i}-${n}`, oktaGroup: `Okta ${i} ${n}` }));
        const outcome = synth(groups, []);
        expect(outcome.kind).toBe('synth');
        const rules = Object.values(outcome.config!.resource!.okta_group_rule!);
        expect(rules.map((r) => terraformLiteralText(String(r.name))).every((n) => n !== undefined)).toBe(
          true,
        );
      }),
      { numRuns: 40 },
    );
  });
});
