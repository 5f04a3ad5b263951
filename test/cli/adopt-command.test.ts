/**
 * `cdktf-okta-ldap adopt` against a local HTTPS stand-in of the Okta management API
 * (test/support/okta-api-server.ts, shapes from the management OpenAPI spec release 2026.06.3),
 * reading a really synthesized app, and the adoption file it writes fed back into the construct.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ADOPTION_SCHEMA } from '../../lib/adoption/adoption-file';
import { OktaAdminRole } from '../../lib/mappings/mapping-types';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { APP_ID, freshApp, OrgStack, validProps } from '../resources/fixtures';
import { tempDir } from '../support/temp-dir';
import { sampleManifest, writeSynthesizedApp } from '../review/synthesized-app-fixture';
import {
  Answer,
  cutAfter,
  echoAuthorization,
  FixtureOrg,
  OktaApiServer,
  startOktaApiServer,
  trickle,
} from '../support/okta-api-server';
import { runCli } from '../support/run-cli';
import { LOADED_MACHINE_SLACK_MS } from '../support/timing-bounds';

const TOKEN = '00TOKEN-planted-Zq8xW3vB9-do-not-print';
const OTHER_APP = '0oaOtherDirectoryApp1';

// Ids shaped like Okta's (20 characters, type prefix).
const LDAP = {
  engineering: '00gLdapEngineering01',
  sales: '00gLdapSales00000002',
  support: '00gLdapSupport000003',
  helpdesk: '00gLdapHelpdesk00004',
  otherEngineering: '00gOtherEngineering5',
};
const ENG = '00gOktaEngineering06';
const SALES = '00gOktaSales00000007';
const SUPPORT_AD = '00gAdSupport00000008';
const ENG_RULE = '0prEngineeringRule09';
const SALES_RULE = '0prSalesRule00000010';
const POLICY = '00pJumpCloudLdap0011';
// The custom role and resource set of the spec's CustomRolesListResponseGroup example.
const CUSTOM_ROLE = 'cr0Yq6IJxGIr0ouum0g3';
const RESOURCE_SET = 'iamoJDFKaJxGIr0oamd9g';

/** The hand-made org: adoptable objects, conflicts of every kind, and look-alikes that must not match. */
function org(): FixtureOrg {
  return {
    token: TOKEN,
    groups: [
      { id: LDAP.engineering, type: 'APP_GROUP', name: 'engineering', sourceAppId: APP_ID },
      { id: LDAP.otherEngineering, type: 'APP_GROUP', name: 'engineering', sourceAppId: OTHER_APP },
      { id: LDAP.sales, type: 'APP_GROUP', name: 'sales', sourceAppId: APP_ID },
      { id: LDAP.support, type: 'APP_GROUP', name: 'support', sourceAppId: APP_ID },
      { id: LDAP.helpdesk, type: 'APP_GROUP', name: 'it-helpdesk', sourceAppId: APP_ID },
      {
        id: ENG,
        type: 'OKTA_GROUP',
        name: 'Engineering',
        description: 'Members of LDAP group engineering (managed by cdktf-okta-ldap)',
      },
      { id: SALES, type: 'OKTA_GROUP', name: 'Sales', description: 'Sales team (made by hand)' },
      { id: SUPPORT_AD, type: 'APP_GROUP', name: 'Support', sourceAppId: OTHER_APP },
    ],
    rules: [
      {
        id: ENG_RULE,
        name: 'LDAP engineering to Engineering',
        status: 'ACTIVE',
        expression: `isMemberOfAnyGroup("${LDAP.engineering}")`,
        groupIds: [ENG],
      },
      // Names that contain the searched keyword but are not the rule (and force a second page).
      ...[1, 2, 3].map((n) => ({
        id: `0prEngineeringOld0${n}0`,
        name: `LDAP engineering to Engineering ${n}`,
        status: 'INACTIVE' as const,
        expression: 'true',
        groupIds: [ENG],
      })),
      {
        id: SALES_RULE,
        name: 'LDAP sales to Sales',
        status: 'ACTIVE',
        expression: 'isMemberOfGroupName("sales")',
        groupIds: [SALES],
      },
    ],
    roles: {
      [LDAP.engineering]: [
        { id: 'ra1ReadOnlyEng000012', type: 'READ_ONLY_ADMIN' },
        { id: 'irb1q92TFAHzySt3x0g4', type: 'CUSTOM', roleId: CUSTOM_ROLE, resourceSetId: RESOURCE_SET },
      ],
      [LDAP.helpdesk]: [
        { id: 'IFIFAX2BIRGUSTQ', type: 'HELP_DESK_ADMIN', groupTargets: [SALES] },
        { id: 'ra1ReportAdmin000013', type: 'REPORT_ADMIN' },
      ],
    },
    policies: [
      { id: '00pDefaultPolicy0014', name: 'Default Policy', provider: 'OKTA', system: true },
      { id: POLICY, name: 'JumpCloud LDAP users', provider: 'LDAP' },
      { id: '00pJumpCloudOld00015', name: 'JumpCloud LDAP users (old)', provider: 'LDAP' },
      { id: '00pJumpCloudOld00016', name: 'JumpCloud LDAP users 2019', provider: 'OKTA' },
    ],
  };
}

let server: OktaApiServer;
let outdir: string;

beforeAll(async () => {
  server = await startOktaApiServer(org());
  outdir = tempDir('adopt-app-');
  const app = freshApp(outdir);
  new OktaLdapIntegration(new OrgStack(app, 'okta-org'), 'JumpCloud', validProps());
  app.synth();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.requests.length = 0;
  server.pageSize = 2;
  server.answers.clear();
});

function adopt(args: string[], env: NodeJS.ProcessEnv = { OKTA_API_TOKEN: TOKEN }, cwd = outdir) {
  return runCli(
    ['adopt', '--out', outdir, '--org-url', server.url, '--ca-file', server.caFile, ...args],
    cwd,
    env,
  );
}

/** Every request was a GET, and the token went only into the Authorization header. */
function expectReadOnlyAndTokenOnlyInAuthorization(): void {
  expect(server.requests.length).toBeGreaterThan(0);
  for (const r of server.requests) {
    expect(r.method).toBe('GET');
    expect(r.url).not.toContain(TOKEN);
    const { authorization, ...others } = r.headers;
    expect(authorization).toBe(`SSWS ${TOKEN}`);
    expect(JSON.stringify(others)).not.toContain(TOKEN);
  }
}

const EXPECTED_FILE = {
  schema: ADOPTION_SCHEMA,
  groupMappings: { Engineering: { group: ENG, groupRule: ENG_RULE }, Sales: { group: SALES } },
  roleMappings: {
    engineering: { group: LDAP.engineering, roles: { READ_ONLY_ADMIN: 'ra1ReadOnlyEng000012' } },
  },
  passwordPolicy: POLICY,
};

describe('adopt against the Okta API stand-in', () => {
  test('finds what exists, says exactly what conflicts, writes the adoption file; GET only, token only in Authorization', async () => {
    const file = path.join(tempDir('adopt-file-'), 'okta-adoption.json');
    const run = await adopt(['--write', file, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // conflicts found
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      schema: 'cdktf-okta-ldap/adopt@1',
      stack: 'okta-org',
      integration: 'JumpCloud',
      orgUrl: server.url,
      summary: { adopt: 5, create: 1, conflict: 3 },
    });
    type Row = {
      status: string;
      resource: string;
      name: string;
      id?: string;
      mapping: string;
      detail: string;
      fix?: string;
    };
    const findings = report.findings as Row[];
    expect(findings.map((f) => [f.status, f.resource, f.mapping, f.name, f.id])).toEqual([
      ['adopt', 'okta_group', 'groupMappings[0]', 'Engineering', ENG],
      ['adopt', 'okta_group_rule', 'groupMappings[0]', 'LDAP engineering to Engineering', ENG_RULE],
      ['adopt', 'okta_group', 'groupMappings[1]', 'Sales', SALES],
      ['conflict', 'okta_group_rule', 'groupMappings[1]', 'LDAP sales to Sales', SALES_RULE],
      ['conflict', 'okta_group', 'groupMappings[2]', 'Support', SUPPORT_AD],
      ['create', 'okta_group_rule', 'groupMappings[2]', 'LDAP support to Support', undefined],
      ['conflict', 'okta_group_role', 'roleMappings[0]', 'it-helpdesk HELP_DESK_ADMIN', 'IFIFAX2BIRGUSTQ'],
      ['adopt', 'okta_group_role', 'roleMappings[1]', 'engineering READ_ONLY_ADMIN', 'ra1ReadOnlyEng000012'],
      ['adopt', 'okta_policy_password', 'passwordPolicy', 'JumpCloud LDAP users', POLICY],
    ]);
    const byName = (name: string) => findings.find((f) => f.name === name)!;
    expect(byName('Sales').detail).toBe(
      'existing OKTA_GROUP "Sales"; the apply sets its description to "Members of LDAP group sales (managed by cdktf-okta-ldap)" (now "Sales team (made by hand)"; set description to keep it)',
    );
    expect(byName('LDAP sales to Sales')).toMatchObject({
      detail: `rule ${SALES_RULE} uses "isMemberOfGroupName(\\"sales\\")"; the construct writes "isMemberOfAnyGroup(\\"${LDAP.sales}\\")" (isMemberOfGroupName matches a group of that name from any source, not only the LDAP one); adopting it rewrites the expression on apply, which can change who is in "Sales"`,
      fix: `To adopt it and rewrite the expression in place, put ${SALES_RULE} at groupMappings["Sales"].groupRule by hand and read the plan; or set ruleName to a new name and delete the hand-made rule later`,
    });
    expect(byName('Support')).toMatchObject({
      detail: `a group named "Support" exists with type APP_GROUP (imported from app ${OTHER_APP}); okta_group manages only OKTA_GROUP groups, and creating one would leave two groups of that name`,
      fix: 'Give the mapping another oktaGroup name',
    });
    expect(byName('it-helpdesk HELP_DESK_ADMIN')).toMatchObject({
      detail: `assignment IFIFAX2BIRGUSTQ has group targets ${SALES}; the mapping has none (all groups); adopting it changes the targets on apply, and removing every target replaces the assignment (okta/resource_okta_group_role.go:24-53)`,
      fix: `Set targetGroupIds to ["${SALES}"] to adopt it as it is and run adopt again, or put IFIFAX2BIRGUSTQ in the file by hand to change the targets`,
    });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(EXPECTED_FILE);
    expect(report.adoption).toEqual(EXPECTED_FILE);

    expectReadOnlyAndTokenOnlyInAuthorization();
    // Listings were paged through Link rel="next" (page size 2).
    expect(
      server.requests.some((r) => r.url.startsWith('/api/v1/groups/rules?') && r.url.includes('after=2')),
    ).toBe(true);
    expect(
      server.requests.some((r) => r.url.startsWith('/api/v1/policies?') && r.url.includes('after=2')),
    ).toBe(true);
    for (const text of [run.stdout, run.stderr, fs.readFileSync(file, 'utf8')]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(Buffer.from(TOKEN).toString('base64'));
    }
  });

  test('the written file makes the construct import exactly those objects', async () => {
    const file = path.join(tempDir('adopt-file-'), 'okta-adoption.json');
    expect((await adopt(['--write', file])).code).toBe(1);
    const out = tempDir('adopted-app-');
    const app = freshApp(out);
    new OktaLdapIntegration(new OrgStack(app, 'okta-org'), 'JumpCloud', validProps({ adoptionFile: file }));
    app.synth();
    const tf = JSON.parse(fs.readFileSync(path.join(out, 'stacks', 'okta-org', 'cdk.tf.json'), 'utf8'));
    const imports = (tf.import as { to: string; id: string }[]).map((b) => [b.to.split('.')[0], b.id]).sort();
    expect(imports).toEqual(
      [
        ['okta_group', ENG],
        ['okta_group_rule', ENG_RULE],
        ['okta_group', SALES],
        ['okta_group_role', `${LDAP.engineering}/ra1ReadOnlyEng000012`],
        ['okta_policy_password', POLICY],
      ].sort(),
    );
  });

  test('the text table: one line per resource, its detail and fix, and what to do next', async () => {
    const run = await adopt(
      ['--write', 'okta-adoption.json'],
      { OKTA_API_TOKEN: TOKEN },
      tempDir('adopt-cwd-'),
    );
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      `Okta objects of integration JumpCloud (stack okta-org) in ${server.url} (read-only):`,
    );
    expect(lines[2]).toMatch(/^status +resource +name +Okta id$/);
    expect(lines[3]).toMatch(new RegExp(`^adopt +okta_group +Engineering +${ENG}$`));
    expect(lines[4]).toBe('    groupMappings[0]: existing OKTA_GROUP "Engineering"');
    expect(run.stdout).toMatch(new RegExp(`\nconflict +okta_group +Support +${SUPPORT_AD}\n`));
    expect(run.stdout).toContain('    fix: Give the mapping another oktaGroup name\n');
    expect(run.stdout).toContain(
      '\n5 to adopt, 1 to create, 3 conflict(s).\nWrote okta-adoption.json: set adoptionFile: \'okta-adoption.json\' on the integration, synthesize and read the plan (adopted resources show "will be imported"). After the first deploy the file can be deleted.\nResolve the conflicts (each says what differs and what to do) and run adopt again.\n',
    );
  });

  test('exit 0 when nothing conflicts; a missing LDAP group is a conflict that names the fix', async () => {
    const clean = writeSynthesizedApp(tempDir('adopt-clean-'), {
      org: [
        sampleManifest({
          ldapAppId: APP_ID,
          groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
          roleMappings: [],
          passwordPolicy: { name: 'JumpCloud LDAP users' },
        }),
      ],
    });
    const ok = await runCli(
      ['adopt', '--out', clean, '--org-url', server.url, '--ca-file', server.caFile],
      clean,
      {
        OKTA_API_TOKEN: TOKEN,
      },
    );
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(
      '3 to adopt, 0 to create, 0 conflict(s).\nWrite the adoption file with --write FILE.\n',
    );

    const ghost = writeSynthesizedApp(tempDir('adopt-ghost-'), {
      org: [
        sampleManifest({
          ldapAppId: APP_ID,
          groupMappings: [],
          roleMappings: [{ ldapGroup: 'ghosts', role: OktaAdminRole.ORG_ADMIN }],
          passwordPolicy: undefined,
        }),
      ],
    });
    const run = await runCli(
      ['adopt', '--out', ghost, '--org-url', server.url, '--ca-file', server.caFile, '--json'],
      ghost,
      {
        OKTA_API_TOKEN: TOKEN,
      },
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings).toEqual([
      {
        resource: 'okta_groups',
        mapping: 'ldapGroup "ghosts"',
        name: 'ghosts',
        status: 'conflict',
        detail: `no imported LDAP group (type APP_GROUP) named "ghosts" imported from the LDAP app ${APP_ID}: the plan would stop at its lookup`,
        fix: 'Make sure the group is under the group search base and bound to the LDAP directory, run an import in Okta (Directory > Directory Integrations > LDAP > Import), then run adopt again',
      },
      {
        resource: 'okta_group_role',
        mapping: 'roleMappings[0]',
        name: 'ghosts ORG_ADMIN',
        status: 'conflict',
        detail: 'the imported LDAP group "ghosts" was not found, so its roles cannot be read',
        fix: 'Import the LDAP group first (see its row) and run adopt again',
      },
    ]);
  });
});

describe('adopt: custom roles', () => {
  test('a CUSTOM assignment is matched by role id and resource set, and keyed by both in the file', async () => {
    const dir = writeSynthesizedApp(tempDir('adopt-custom-'), {
      org: [
        sampleManifest({
          ldapAppId: APP_ID,
          groupMappings: [],
          passwordPolicy: undefined,
          roleMappings: [
            {
              ldapGroup: 'engineering',
              role: OktaAdminRole.CUSTOM,
              roleId: CUSTOM_ROLE,
              resourceSetId: RESOURCE_SET,
            },
            {
              ldapGroup: 'engineering',
              role: OktaAdminRole.CUSTOM,
              roleId: CUSTOM_ROLE,
              resourceSetId: 'iamOtherResourceSet1',
            },
          ],
        }),
      ],
    });
    const run = await runCli(
      ['adopt', '--out', dir, '--org-url', server.url, '--ca-file', server.caFile, '--json'],
      dir,
      {
        OKTA_API_TOKEN: TOKEN,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: Record<string, string>) => [f.status, f.name, f.id, f.detail])).toEqual([
      [
        'adopt',
        `engineering CUSTOM ${CUSTOM_ROLE} ${RESOURCE_SET}`,
        'irb1q92TFAHzySt3x0g4',
        `existing assignment of custom role ${CUSTOM_ROLE} on resource set ${RESOURCE_SET}`,
      ],
      [
        'create',
        `engineering CUSTOM ${CUSTOM_ROLE} iamOtherResourceSet1`,
        undefined,
        `the group holds no custom role ${CUSTOM_ROLE} on resource set iamOtherResourceSet1 (holds: READ_ONLY_ADMIN, CUSTOM ${CUSTOM_ROLE} on ${RESOURCE_SET})`,
      ],
    ]);
    expect(report.adoption.roleMappings).toEqual({
      engineering: {
        group: LDAP.engineering,
        roles: { [`CUSTOM ${CUSTOM_ROLE} ${RESOURCE_SET}`]: 'irb1q92TFAHzySt3x0g4' },
      },
    });
  });
});

describe('adopt: rate limits, refusals, timeouts (no token in any output)', () => {
  test('HTTP 429 is waited out until X-Rate-Limit-Reset and retried', async () => {
    server.rateLimitOnce.add('/api/v1/groups/rules');
    const started = Date.now();
    const run = await adopt(['--json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).summary).toEqual({ adopt: 5, create: 1, conflict: 3 });
    const ruleRequests = server.requests.filter((r) => r.url.startsWith('/api/v1/groups/rules?'));
    expect(ruleRequests[0]!.url).toBe(ruleRequests[1]!.url); // the refused request, sent again
    expect(Date.now() - started).toBeLessThan(10_000);
    expectReadOnlyAndTokenOnlyInAuthorization();
  });

  test('401: the token is refused, clearly, without showing it', async () => {
    const run = await adopt([], { OKTA_API_TOKEN: 'wrong-token-Qm5' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `cdktf-okta-ldap adopt: [OKTA-UNAUTHORIZED] GET /api/v1/groups?search=type eq "APP_GROUP" and profile.name eq "engineering"&limit=200: Okta answered 401 (E0000011 Invalid token provided): the API token was refused. Set OKTA_API_TOKEN to a current token of ${server.url} (Security > API > Tokens; unused tokens expire after 30 days).\n`,
    );
    expect(run.stderr).not.toContain('wrong-token-Qm5');
  });

  test('403: the admin may not read roles', async () => {
    server.forbidden.add(`/api/v1/groups/${LDAP.helpdesk}/roles`);
    try {
      const run = await adopt([]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `cdktf-okta-ldap adopt: [OKTA-FORBIDDEN] GET /api/v1/groups/${LDAP.helpdesk}/roles: Okta answered 403 (E0000006 You do not have permission to perform the requested action): the token's admin may not read this. Use a token made by an admin with at least the Read-only Administrator role.\n`,
      );
    } finally {
      server.forbidden.clear();
    }
  });

  test('a request that gets no answer times out with the request named', async () => {
    server.hang.add('/api/v1/policies');
    try {
      const run = await adopt(['--timeout', '300ms']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `cdktf-okta-ldap adopt: [OKTA-TIMEOUT] GET /api/v1/policies?type=PASSWORD&q=JumpCloud LDAP users&limit=200: no answer from ${server.url} within 0.3 s. Check the network or proxy, or raise --timeout.\n`,
      );
    } finally {
      server.hang.clear();
    }
  });

  test('a next page on another host is not followed (the token stays with the org)', async () => {
    server.foreignNext.add('/api/v1/policies');
    try {
      const run = await adopt([]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `[OKTA-BAD-RESPONSE] GET /api/v1/policies?type=PASSWORD&q=JumpCloud LDAP users&limit=200: the next page is on another host (https://attacker.example); not followed, so the token stays with ${server.url}`,
      );
      expect(server.requests.filter((r) => r.url.startsWith('/api/v1/policies'))).toHaveLength(1);
    } finally {
      server.foreignNext.clear();
    }
  });

  test('an untrusted certificate fails with the TLS code and the --ca-file hint', async () => {
    const run = await runCli(['adopt', '--out', outdir, '--org-url', server.url], outdir, {
      OKTA_API_TOKEN: TOKEN,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /\[OKTA-NETWORK\] GET \/api\/v1\/groups\?.*: cannot reach https:\/\/127\.0\.0\.1:\d+ \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY): .*pass its CA with --ca-file\.\n$/,
    );
    expect(server.requests).toEqual([]);
  });
});

describe('adopt: bad input (exit 2, nothing sent)', () => {
  const cases: [string, string[], NodeJS.ProcessEnv, string][] = [
    [
      'no token',
      ['--org-url', 'https://acme.okta.com'],
      {},
      'OKTA_API_TOKEN is not set. Set it to an Okta API token (Security > API > Tokens; a read-only administrator is enough).',
    ],
    [
      'OAuth variables only',
      ['--org-url', 'https://acme.okta.com'],
      { OKTA_API_CLIENT_ID: '0oaClient' },
      'adopt reads Okta with an API token only; OAuth (OKTA_API_CLIENT_ID) is not supported. Set OKTA_API_TOKEN to a token of a read-only administrator.',
    ],
    [
      'no org',
      [],
      { OKTA_API_TOKEN: TOKEN },
      'no Okta org: set OKTA_ORG_NAME (and OKTA_BASE_URL when it is not okta.com), as for the okta provider, or pass --org-url https://<org>.okta.com.',
    ],
    [
      'a plain http org URL',
      ['--org-url', 'http://acme.okta.com'],
      { OKTA_API_TOKEN: TOKEN },
      "--org-url: 'http://acme.okta.com' is not https://; Okta is reached over https only.",
    ],
    [
      'an org URL with a path',
      [],
      { OKTA_API_TOKEN: TOKEN, OKTA_ORG_NAME: 'acme', OKTA_BASE_URL: 'okta.com/admin' },
      "OKTA_ORG_NAME/OKTA_BASE_URL: 'https://acme.okta.com/admin' has a path, query or fragment; give only https://<org>.okta.com.",
    ],
    [
      'a page cap of 0',
      ['--org-url', 'https://acme.okta.com', '--max-pages', '0'],
      { OKTA_API_TOKEN: TOKEN },
      `--max-pages must be a whole number from 1 to 1000000 (default 10000); got "0". See 'cdktf-okta-ldap adopt --help'.`,
    ],
    [
      'a byte cap that is not a number',
      ['--org-url', 'https://acme.okta.com', '--max-mib', '1.5'],
      { OKTA_API_TOKEN: TOKEN },
      `--max-mib must be a whole number from 1 to 4096 (default 256); got "1.5". See 'cdktf-okta-ldap adopt --help'.`,
    ],
    [
      'a bad timeout',
      ['--org-url', 'https://acme.okta.com', '--timeout', 'soon'],
      { OKTA_API_TOKEN: TOKEN },
      `--timeout must be a duration from 1ms to 60m: seconds ("30", "2.5", "30s"), milliseconds ("500ms") or minutes ("5m"); got "soon". See 'cdktf-okta-ldap adopt --help'.`,
    ],
  ];
  test.each(cases)('%s', async (_name, args, env, message) => {
    const run = await runCli(['adopt', '--out', outdir, ...args], outdir, env);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `cdktf-okta-ldap adopt: ${message}\n` });
  });

  test('an unknown flag or a stray argument names --help and never echoes the value', async () => {
    expect(await runCli(['adopt', '--token', 'x'], outdir)).toEqual({
      code: 2,
      stdout: '',
      stderr: "cdktf-okta-ldap adopt: Unknown option '--token'. See 'cdktf-okta-ldap adopt --help'.\n",
    });
    expect((await runCli(['adopt', TOKEN], outdir)).stderr).toBe(
      "cdktf-okta-ldap adopt: unexpected argument (value not shown): adopt takes only options. See 'cdktf-okta-ldap adopt --help'.\n",
    );
  });

  test('--help', async () => {
    const run = await runCli(['adopt', '--help'], outdir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Only GET requests are sent. Nothing in Okta changes.');
    expect(run.stdout).toContain(
      'Exit codes: 0 no conflict, 1 a conflict was found, 2 usage or input error, or Okta could not be read\n(network, TLS, timeout, refused token, rate limit, a cap reached), 4 internal error (a bug in\ncdktf-okta-ldap: please report it).\n',
    );
    expect(run.stdout).toContain(
      '  --timeout T            The longest one request may take in total: connecting, the headers and the\n                         whole body. Default: 30s',
    );
    expect(run.stdout).toContain(
      '  --max-pages N          The most pages read in the whole run, over every listing. Default: 10000\n  --max-mib N            The most MiB of answers read in the whole run. Default: 256\n',
    );
  });
});

describe('adopt: a slow, looping or leaking server (exit 2, the token never shown)', () => {
  test('--timeout bounds each whole request: a body trickling a byte per 200 ms stops at 1 s', async () => {
    server.answers.set('/api/v1/policies', trickle(200));
    const started = Date.now();
    const run = await adopt(['--timeout', '1']);
    const elapsed = Date.now() - started;
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      new RegExp(
        `^cdktf-okta-ldap adopt: \\[OKTA-TIMEOUT\\] GET /api/v1/policies\\?type=PASSWORD&q=JumpCloud LDAP users&limit=200: the answer from https://127\\.0\\.0\\.1:\\d+ did not finish within 1 s \\(\\d+ bytes of the body came; the timeout bounds each whole request\\)\\. Check the network or proxy, or raise --timeout\\.\\n$`,
      ),
    );
    // The trickled body takes 200 s: only a deadline on the whole request ends the run this soon.
    expect(elapsed).toBeLessThan(1000 + LOADED_MACHINE_SLACK_MS);
  });

  test('--max-pages caps the pages of the whole run', async () => {
    const run = await adopt(['--max-pages', '3']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      new RegExp(
        `^cdktf-okta-ldap adopt: \\[OKTA-CAP\\] GET /api/v1/groups\\?search=.+&limit=200: not sent: 3 pages were read from https://127\\.0\\.0\\.1:\\d+ in this run, the cap on pages\\. .* or raise the cap with --max-pages\\.\\n$`,
      ),
    );
    expect(server.requests).toHaveLength(3);
  });

  test('a connection cut in the middle of an answer is exit 2 (an Okta read error), not a conflict or a crash', async () => {
    server.answers.set('/api/v1/groups/rules', cutAfter(100));
    const run = await adopt([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^cdktf-okta-ldap adopt: \[OKTA-NETWORK\] GET \/api\/v1\/groups\/rules\?search=LDAP engineering to Engineering&limit=200: the connection to https:\/\/127\.0\.0\.1:\d+ broke after 100 bytes of the answer \(ECONNRESET: [^)]+\)\. Check the network or proxy, and run again\.\n$/,
    );
  });

  test('an error summary that echoes the Authorization header shows <redacted>, never the token', async () => {
    server.answers.set('/api/v1/groups/rules', echoAuthorization());
    const run = await adopt(['--json']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'cdktf-okta-ldap adopt: [OKTA-HTTP] GET /api/v1/groups/rules?search=LDAP engineering to Engineering&limit=200: Okta answered 400 (E0000001 Api validation failed: header SSWS <redacted>).\n',
    });
    expect(run.stderr).not.toContain(TOKEN);
  });

  test("the server's errorSummary is shown escaped: one line, no escape sequence or forged line", async () => {
    server.answers.set('/api/v1/groups/rules', (_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          errorCode: 'E0000001',
          errorSummary: 'Bad\nWrote okta-adoption.json: 0 conflicts\u001b[8m hidden\u202e',
        }),
      );
    });
    const run = await adopt([]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'cdktf-okta-ldap adopt: [OKTA-HTTP] GET /api/v1/groups/rules?search=LDAP engineering to Engineering&limit=200: Okta answered 400 (E0000001 Bad<U+000A>Wrote okta-adoption.json: 0 conflicts<U+001B>[8m hidden<U+202E>).\n',
    });
  });

  test('a page of 300,000 items is an input error naming the page, not a stack overflow', async () => {
    server.answers.set('/api/v1/groups/rules', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(`[${Array.from({ length: 300_000 }, () => '{}').join(',')}]`);
    });
    const run = await adopt([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `cdktf-okta-ldap adopt: [OKTA-BAD-RESPONSE] GET /api/v1/groups/rules?search=LDAP engineering to Engineering&limit=200: the page lists 300,000 items, more than the 10,000 a page of Okta's API holds; is ${server.url} an Okta org?\n`,
    );
  });

  test('the token inside an object Okta returns is <redacted> in the table and the JSON', async () => {
    const leaky: Answer = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify([
          {
            id: SALES_RULE,
            name: 'LDAP sales to Sales',
            status: 'ACTIVE',
            conditions: { expression: { value: `isMemberOfGroupName("${TOKEN}")` } },
            actions: { assignUserToGroups: { groupIds: [SALES] } },
          },
        ]),
      );
    };
    server.answers.set('/api/v1/groups/rules', leaky);
    for (const args of [[], ['--json']]) {
      const run = await adopt(args);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('isMemberOfGroupName(');
      expect(run.stdout).toContain('<redacted>');
      expect(run.stdout + run.stderr).not.toContain(TOKEN);
    }
  });
});

describe('adopt --write: only a file that is not an input, written whole or not at all', () => {
  /** A small synthesized app of its own (the tests try to overwrite its files). */
  function ownApp(): { dir: string; app: string; ca: string } {
    const dir = tempDir('adopt-write-');
    const app = writeSynthesizedApp(path.join(dir, 'cdktf.out'), {
      org: [sampleManifest({ ldapAppId: APP_ID, roleMappings: [], passwordPolicy: undefined })],
    });
    const ca = path.join(dir, 'okta-ca.pem');
    fs.copyFileSync(server.caFile, ca);
    return { dir, app, ca };
  }
  /** Every file and folder under `dir`, with its content (folders as '/'). */
  function snapshot(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, file)] = entry.isDirectory() ? '/' : fs.readFileSync(file, 'utf8');
    }
    return out;
  }
  const write = (own: { app: string; ca: string; dir: string }, target: string) =>
    runCli(
      ['adopt', '--out', own.app, '--org-url', server.url, '--ca-file', own.ca, '--write', target],
      own.dir,
      { OKTA_API_TOKEN: TOKEN },
    );

  test('onto a folder: exit 2, nothing sent, nothing left behind', async () => {
    const own = ownApp();
    fs.mkdirSync(path.join(own.dir, 'adoption'));
    const before = snapshot(own.dir);
    const run = await write(own, 'adoption');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap adopt: --write adoption: ${path.join(own.dir, 'adoption')} is a folder. Give the path of the file to write, e.g. --write ${path.join('adoption', 'okta-adoption.json')}.\n`,
    });
    expect(snapshot(own.dir)).toEqual(before);
    expect(server.requests).toEqual([]);
  });

  const inputs: [string, (own: { app: string; ca: string }) => string, string][] = [
    ['the --ca-file', (own) => own.ca, 'the --ca-file'],
    [
      'the manifest.json',
      (own) => path.join(own.app, 'manifest.json'),
      "the synthesized app's manifest.json",
    ],
    [
      'a stack file',
      (own) => path.join(own.app, 'stacks', 'org', 'cdk.tf.json'),
      'the synthesized stack org',
    ],
  ];
  test.each(inputs)(
    'over %s (also through a symbolic link): exit 2, the input unchanged',
    async (_n, input, what) => {
      const own = ownApp();
      const link = path.join(own.dir, 'link.json');
      fs.symlinkSync(input(own), link);
      const before = snapshot(own.dir);
      for (const target of [input(own), link]) {
        const run = await write(own, target);
        expect(run).toEqual({
          code: 2,
          stdout: '',
          stderr: `cdktf-okta-ldap adopt: --write ${target}: ${target} is ${what}, which adopt reads; writing the adoption file there would destroy it. Write it elsewhere, e.g. --write okta-adoption.json.\n`,
        });
      }
      expect(snapshot(own.dir)).toEqual(before);
      expect(server.requests).toEqual([]);
    },
  );

  test('into a "folder" that is a file: exit 2 naming it', async () => {
    const own = ownApp();
    const run = await write(own, path.join(own.ca, 'okta-adoption.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `cdktf-okta-ldap adopt: --write ${path.join(own.ca, 'okta-adoption.json')}: ${own.ca} is not a folder. Give the path of a file in a folder.\n`,
    );
  });

  test('when the write itself fails (a folder appeared there meanwhile): exit 2, no temporary file left', async () => {
    const own = ownApp();
    const target = path.join(own.dir, 'okta-adoption.json');
    server.answers.set('/api/v1/groups/rules', (_req, res) => {
      fs.mkdirSync(target, { recursive: true });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('[]');
    });
    const run = await write(own, 'okta-adoption.json');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-okta-ldap adopt: --write okta-adoption.json: cannot write ${target} (EISDIR on rename); nothing was written. Check that it is not a folder and that its folder is writable, or write elsewhere.\n`,
    });
    expect(fs.readdirSync(own.dir).sort()).toEqual(['cdktf.out', 'okta-adoption.json', 'okta-ca.pem']);
    expect(fs.readdirSync(target)).toEqual([]);
  });

  test.each([
    ['a JSON file of another tool', '{"name": "notes", "schema": "https://json.schemastore.org/package"}\n'],
    ['a JSON list', `[{"schema": "${ADOPTION_SCHEMA}"}]\n`],
    ['the adoption schema in a nested object', `{"notes": {"schema": "${ADOPTION_SCHEMA}"}}\n`],
    ['the adoption schema repeated with another', `{"schema": "${ADOPTION_SCHEMA}", "schema": "other"}\n`],
    ['text that only begins like an adoption file', `{"schema": "${ADOPTION_SCHEMA}", notes\n`],
    ['text', 'notes\n'],
  ])(
    'over an existing file adopt did not write (%s): exit 2 naming it and the fix, the file untouched, nothing sent',
    async (_kind, content) => {
      const own = ownApp();
      const target = path.join(own.dir, 'notes.json');
      fs.writeFileSync(target, content);
      const before = snapshot(own.dir);
      const run = await write(own, 'notes.json');
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr: `cdktf-okta-ldap adopt: --write notes.json: ${target} exists and was not written by adopt; it is left as it is. Remove it, or write elsewhere, e.g. --write okta-adoption.json.\n`,
      });
      expect(snapshot(own.dir)).toEqual(before);
      expect(server.requests).toEqual([]);
    },
  );

  test('through a symbolic link (to a file of no input): exit 2, the link and its file untouched', async () => {
    const own = ownApp();
    const elsewhere = path.join(own.dir, 'elsewhere.txt');
    fs.writeFileSync(elsewhere, 'kept\n');
    fs.symlinkSync(elsewhere, path.join(own.dir, 'okta-adoption.json'));
    const before = snapshot(own.dir);
    const run = await write(own, 'okta-adoption.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `cdktf-okta-ldap adopt: --write okta-adoption.json: ${path.join(own.dir, 'okta-adoption.json')} is a symbolic link; adopt does not write through one. Remove it, or write elsewhere, e.g. --write okta-adoption.json.\n`,
    );
    expect(snapshot(own.dir)).toEqual(before);
    expect(fs.lstatSync(path.join(own.dir, 'okta-adoption.json')).isSymbolicLink()).toBe(true);
  });

  test('over an adoption file (as adopt wrote it, or its keys reordered), or an empty file: replaced with the new one', async () => {
    const own = ownApp();
    const target = path.join(own.dir, 'okta-adoption.json');
    const reordered = JSON.stringify({
      passwordPolicy: '00pOLD',
      groupMappings: {},
      schema: ADOPTION_SCHEMA,
    });
    for (const earlier of [
      `{\n  "schema": "${ADOPTION_SCHEMA}",\n  "passwordPolicy": "00pOLD"\n}\n`,
      '',
      // Edited by hand or re-printed by a tool: the keys in another order, other spacing, a BOM.
      `${reordered}\n`,
      `\uFEFF{ "groupMappings" : { "X": { "group": "00gOLD" } },\n\t"schema" : "${ADOPTION_SCHEMA}" }`,
    ]) {
      fs.writeFileSync(target, earlier);
      const run = await write(own, 'okta-adoption.json');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(fs.readFileSync(target, 'utf8'))).toEqual({
        schema: ADOPTION_SCHEMA,
        groupMappings: { Engineering: { group: ENG, groupRule: ENG_RULE }, Sales: { group: SALES } },
      });
    }
  });

  test('a good write leaves only the file, complete', async () => {
    const own = ownApp();
    const run = await write(own, 'okta-adoption.json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.readdirSync(own.dir).sort()).toEqual(['cdktf.out', 'okta-adoption.json', 'okta-ca.pem']);
    expect(JSON.parse(fs.readFileSync(path.join(own.dir, 'okta-adoption.json'), 'utf8'))).toEqual({
      schema: ADOPTION_SCHEMA,
      groupMappings: { Engineering: { group: ENG, groupRule: ENG_RULE }, Sales: { group: SALES } },
    });
  });
});
