/**
 * docs/construct.md agrees with the code: its props table lists every prop of
 * `OktaLdapIntegrationProps`, and its presets table every preset factory of the root entry.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as api from '../../lib';

const ROOT = path.join(__dirname, '..', '..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'construct.md'), 'utf8');

/** The member names of an interface declared in a file. */
function interfaceMembers(file: string, name: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name,
  );
  if (found === undefined) throw new Error(`${name} not found in ${file}`);
  return found.members.map((m) => (m.name as ts.Identifier).text);
}

/** The first cells of the table rows under a `## ` heading. */
function tableKeys(heading: string): string[] {
  const section = DOC.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  if (section === undefined) throw new Error(`docs/construct.md has no section "${heading}"`);
  return [...section.matchAll(/^\| `([A-Za-z]+)[`(]/gm)].map((m) => m[1]!);
}

test('the props table lists every prop of OktaLdapIntegrationProps', () => {
  const props = interfaceMembers(
    path.join(ROOT, 'lib', 'resources', 'okta-ldap-integration.ts'),
    'OktaLdapIntegrationProps',
  );
  expect(props.length).toBeGreaterThan(10);
  expect(tableKeys('Props').sort()).toEqual([...props].sort());
});

test('the presets table lists every preset factory the root entry exports', () => {
  const factories = Object.keys(api).filter((name) => /^[a-z]\w*Directory$/.test(name));
  expect(factories).toEqual(
    expect.arrayContaining(['jumpCloudDirectory', 'openLdapDirectory', 'freeIpaDirectory']),
  );
  expect(tableKeys('Presets').sort()).toEqual(factories.sort());
});
