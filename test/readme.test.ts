/** What the README tells a new app author, checked against what they would otherwise trip over. */
import * as fs from 'fs';
import * as path from 'path';

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

test('the CDK Terrain snippet names the CLI package cdktn-cli', () => {
  const snippet = README.slice(README.indexOf('**CDK Terrain**'));
  const json = /```json\n([\s\S]*?)```/.exec(snippet)?.[1] ?? '';
  expect(JSON.parse(json)).toMatchObject({ devDependencies: { 'cdktn-cli': '0.24.0' } });
});

test('offline use: CHECKPOINT_DISABLE=1 against the cdktf-cli telemetry [ERROR]', () => {
  expect(README).toMatch(/`CHECKPOINT_DISABLE=1`[\s\S]{0,120}cdktf-cli otherwise prints an `\[ERROR\]`/);
});

test('a folder install: the README quotes the DuplicatePackageError text and says to install the tarball', () => {
  expect(README.replace(/\s+/g, ' ')).toContain(
    '"cdktf-okta-ldap is a link to a folder (…): install the tarball"',
  );
});
