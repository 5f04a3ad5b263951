/**
 * `adopt` searches the org the integration's (aliased) okta provider sets in the stack, and refuses
 * (exit 2, both orgs named, nothing sent) when OKTA_ORG_NAME or --org-url names another. Against the
 * local HTTPS stand-in of the Okta API: the provider's org_name '127' and base_url '0.0.1:<port>'
 * make https://127.0.0.1:<port>, the stand-in.
 */
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { OktaLdapIntegration } from '../../lib/resources/okta-ldap-integration';
import { APP_ID, freshApp, OrgStack, validProps } from '../resources/fixtures';
import { tempDir } from '../support/temp-dir';
import { OktaApiServer, startOktaApiServer } from '../support/okta-api-server';
import { runCli } from '../support/run-cli';

const TOKEN = '00TOKEN-provider-org-test-not-printed';

let server: OktaApiServer;
let outdir: string;

beforeAll(async () => {
  server = await startOktaApiServer({
    token: TOKEN,
    groups: [{ id: '00gLdapEngineering01', type: 'APP_GROUP', name: 'engineering', sourceAppId: APP_ID }],
    rules: [],
    roles: {},
    policies: [],
  });
  const port = new URL(server.url).port;
  outdir = tempDir('adopt-provider-org-');
  const app = freshApp(outdir);
  const stack = new OrgStack(app, 'org');
  const preview = new OktaProvider(stack, 'okta-preview', {
    alias: 'preview',
    orgName: '127',
    baseUrl: `0.0.1:${port}`,
  });
  new OktaLdapIntegration(stack, 'Preview', {
    ...validProps({
      roleMappings: [],
      groupMappings: [{ ldapGroup: 'engineering', oktaGroup: 'Engineering' }],
    }),
    provider: preview,
  });
  app.synth();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.requests.length = 0;
});

test('without OKTA_ORG_NAME or --org-url, adopt searches the org of the integration’s provider', async () => {
  const run = await runCli(['adopt', '--out', outdir, '--ca-file', server.caFile, '--json'], outdir, {
    OKTA_API_TOKEN: TOKEN,
  });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toMatchObject({ orgUrl: server.url });
  expect(server.requests.length).toBeGreaterThan(0);
});

test.each([
  [
    'OKTA_ORG_NAME',
    [] as string[],
    { OKTA_ORG_NAME: 'acme' },
    'https://acme.okta.com',
    'Unset OKTA_ORG_NAME and OKTA_BASE_URL',
    'OKTA_ORG_NAME/OKTA_BASE_URL',
  ],
  [
    '--org-url',
    ['--org-url', 'https://acme.okta.com'],
    {},
    'https://acme.okta.com',
    'Drop --org-url',
    '--org-url',
  ],
])(
  '%s naming another org is refused: exit 2, both orgs named, nothing sent',
  async (_, args, env, named, fix, source) => {
    const run = await runCli(['adopt', '--out', outdir, '--ca-file', server.caFile, ...args], outdir, {
      OKTA_API_TOKEN: TOKEN,
      ...env,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `cdktf-okta-ldap adopt: the integration's okta provider (okta.preview) targets the org ${server.url}, but ${source} names ${named}: ` +
        `adopt would search another org than the one the deploy changes. ${fix} (adopt takes the provider's org), or make it name ${server.url}.\n`,
    );
    expect(server.requests).toEqual([]);
  },
);

test('OKTA_ORG_NAME naming the same org as the provider is accepted', async () => {
  const port = new URL(server.url).port;
  const run = await runCli(['adopt', '--out', outdir, '--ca-file', server.caFile, '--json'], outdir, {
    OKTA_API_TOKEN: TOKEN,
    OKTA_ORG_NAME: '127',
    OKTA_BASE_URL: `0.0.1:${port}`,
  });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toMatchObject({ orgUrl: server.url });
});
