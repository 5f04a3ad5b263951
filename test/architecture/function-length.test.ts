/**
 * No function in lib/ is longer than 80 lines (a long function is a sequence of steps that deserve
 * names), except in the parsers, whose grammar reads best as one piece. The Okta API stand-in
 * (test/support/okta-standin) keeps the same limit.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { tempDir } from '../support/temp-dir';

const LIB = path.join(__dirname, '..', '..', 'lib');
const MAX_LINES = 80;
/** Files that are parsers (a grammar, one production after another). */
const PARSERS = [path.join('ldap-names', 'dn.ts'), path.join('ldap-names', 'ldap-filter.ts')];

/** Every function-like declaration with a body of more than `max` lines, as `file:name (lines)`. */
function longFunctions(root: string, max: number): string[] {
  const files = fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
  const found: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(path.join(root, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = last - first + 1;
        if (lines > max) found.push(`${file}:${functionName(node, source)} (${lines})`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function functionName(node: ts.SignatureDeclaration, source: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name !== undefined) return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  return `<anonymous at line ${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}>`;
}

test(`no function in lib/ over ${MAX_LINES} lines, parsers excepted`, () => {
  const long = longFunctions(LIB, MAX_LINES)
    .filter((f) => !PARSERS.some((p) => f.startsWith(`${p}:`)))
    .map((f) => f.replace(/ \(\d+\)$/, ''));
  expect(long).toEqual([]);
});

test(`no function of the Okta API stand-in (test/support/okta-standin) over ${MAX_LINES} lines`, () => {
  expect(longFunctions(path.join(__dirname, '..', 'support', 'okta-standin'), MAX_LINES)).toEqual([]);
});

test('the length check finds a long function, a long method and a long arrow function', () => {
  const root = tempDir('function-length-');
  const body = Array.from({ length: 81 }, (_, i) => `  const v${i} = ${i};`).join('\n');
  fs.writeFileSync(
    path.join(root, 'long.ts'),
    `export function longOne(): void {\n${body}\n}\nexport class C {\n  method(): void {\n${body}\n  }\n}\nexport const arrow = (): void => {\n${body}\n};\nexport function short(): void {}\n`,
  );
  expect(longFunctions(root, MAX_LINES)).toEqual([
    'long.ts:longOne (83)',
    'long.ts:method (83)',
    'long.ts:arrow (83)',
  ]);
});
