// The public API of the three package entries, pinned as reports in api/ (one per entry, made by
// API Extractor from the declarations `npm run build` writes to dist/lib).
//
//   node scripts/api-report.mjs --check    (npm run api:check; npm test runs it after the build)
//   node scripts/api-report.mjs --update   (npm run api:update: rewrites the reports)
//
// --check fails when a report differs from what the declarations give, naming each report that
// changed and the command that re-pins them. Both modes fail on a type that a public signature
// reaches but the entry does not export (ae-forgotten-export), and on any other API Extractor
// error. One TypeScript program serves the three entries.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORT_FOLDER = path.join(root, 'api');
const TEMP_FOLDER = path.join(root, 'dist', 'api');

/** Each entry of package.json "exports" with its declaration file and its report's name. */
const ENTRIES = [
  { entry: 'cdktf-okta-ldap', types: 'dist/lib/index.d.ts', report: 'cdktf-okta-ldap.api.md' },
  {
    entry: 'cdktf-okta-ldap/preflight',
    types: 'dist/lib/entries/preflight.d.ts',
    report: 'cdktf-okta-ldap-preflight.api.md',
  },
  {
    entry: 'cdktf-okta-ldap/review',
    types: 'dist/lib/entries/review.d.ts',
    report: 'cdktf-okta-ldap-review.api.md',
  },
];

const mode = process.argv[2];
if (mode !== '--check' && mode !== '--update') {
  process.stderr.write('Usage: node scripts/api-report.mjs --check | --update\n');
  process.exit(2);
}
const update = mode === '--update';

for (const { types } of ENTRIES) {
  if (!fs.existsSync(path.join(root, types))) {
    process.stderr.write(`api report: ${types} is missing. Run 'npm run build' first.\n`);
    process.exit(2);
  }
}
fs.mkdirSync(REPORT_FOLDER, { recursive: true });

const configs = ENTRIES.map((e) => ({ ...e, config: prepareConfig(e) }));
const compilerState = CompilerState.create(configs[0].config, {
  additionalEntryPoints: configs.map((c) => c.config.mainEntryPointFilePath),
});

const changed = [];
let problems = 0;
for (const { entry, report, config } of configs) {
  const result = Extractor.invoke(config, {
    localBuild: update,
    compilerState,
    showVerboseMessages: false,
    messageCallback: (message) => {
      // A changed report is told below, with the command that re-pins it; banners are not worth a line.
      if (String(message.messageId).startsWith('console-api-report-')) {
        message.handled = true;
      } else if (
        message.logLevel === ExtractorLogLevel.Error ||
        message.logLevel === ExtractorLogLevel.Warning
      ) {
        problems += 1;
      } else {
        message.handled = true;
      }
    },
  });
  if (result.apiReportChanged && !update) changed.push({ entry, report });
  if (result.apiReportChanged && update) process.stdout.write(`api report: rewrote api/${report}\n`);
}

if (problems > 0) {
  process.stderr.write(
    `\napi report: API Extractor found ${problems} problem(s) above. A type a public signature names ` +
      '(ae-forgotten-export) must be exported from the entry that exposes it. Fix the entry in lib/index.ts ' +
      "or lib/entries/, then run 'npm run build && npm run api:update' and commit the api/ folder.\n",
  );
  process.exit(1);
}
if (changed.length > 0) {
  for (const { entry, report } of changed) {
    process.stderr.write(
      `api report: the public API of '${entry}' differs from api/${report} (see: diff api/${report} dist/api/${report}).\n`,
    );
  }
  process.stderr.write(
    "\nIf the change is intended, run 'npm run build && npm run api:update' and commit the api/ folder\n" +
      '(a removed or changed line there is a breaking change); otherwise restore what changed.\n',
  );
  process.exit(1);
}
if (!update) process.stdout.write(`api report: the three entries match api/ (${ENTRIES.length} reports)\n`);

function prepareConfig({ types, report }) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: path.join(root, types),
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            module: 'commonjs',
            moduleResolution: 'node',
            lib: ['ES2022'],
            types: ['node'],
            strict: true,
            skipLibCheck: true,
            esModuleInterop: true,
          },
          files: ENTRIES.map((e) => path.join(root, e.types)),
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: report,
        reportFolder: REPORT_FOLDER,
        reportTempFolder: TEMP_FOLDER,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          'ae-forgotten-export': { logLevel: 'error', addToApiReportFile: false },
          // The package marks no release stages: everything exported is public, except @internal.
          'ae-missing-release-tag': { logLevel: 'none' },
          // An @internal declaration is outside the promise whatever its name; no underscore is asked for.
          'ae-internal-missing-underscore': { logLevel: 'none' },
          // Documentation coverage of members is reviewed in the code, not pinned by the report.
          'ae-undocumented': { logLevel: 'none' },
        },
        // TSDoc syntax (e.g. an unknown tag in a comment) is the linter's business, not the API's.
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: path.join(root, 'scripts', 'api-extractor.json'),
    packageJsonFullPath: path.join(root, 'package.json'),
  });
}
