/**
 * The folders of lib/ form a layered graph: no cycles between folders, nothing imports the CLI (the
 * thin shell over everything), the deploy guard and the review tools build on the library and never on
 * each other, and nothing inside lib/ imports a public entry file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileImports, folderCycles, folderImports, FolderImport, reExports } from '../support/folder-imports';
import { tempDir } from '../support/temp-dir';

const LIB = path.join(__dirname, '..', '..', 'lib');
const edges = folderImports(LIB);

/**
 * Files that only re-export (entry points): the root-level files of lib/ and the folder of subpath
 * entries (lib/entries: `cdktf-okta-ldap/preflight`, `cdktf-okta-ldap/review`). Nothing in lib/ may
 * import them.
 */
const ENTRY_FILES = [
  ...fs
    .readdirSync(LIB)
    .filter((name) => name.endsWith('.ts') && name !== 'errors.ts')
    .map((name) => name.replace(/\.ts$/, '')),
  'entries',
];

function importsOf(folder: string, allowedFrom: (from: string) => boolean): string[] {
  return edges
    .filter((e: FolderImport) => e.to === folder && !allowedFrom(e.from))
    .map((e) => `${e.file} -> ${e.target}`);
}

test('no import cycle between the folders of lib/', () => {
  expect(folderCycles(edges)).toEqual([]);
});

test('nothing imports the CLI (lib/cli is the outermost layer)', () => {
  expect(importsOf('cli', () => false)).toEqual([]);
});

test('the deploy guard is used only by the construct (resources) and entry files; the review tools only by the CLI and entry files', () => {
  expect(importsOf('guard', (from) => from === 'resources' || ENTRY_FILES.includes(from))).toEqual([]);
  expect(importsOf('review', (from) => from === 'cli' || ENTRY_FILES.includes(from))).toEqual([]);
});

/** Imports made by the files of `folder` into other folders of lib/, except those `allowedTo` accepts. */
function importsBy(folder: string, allowedTo: (to: string) => boolean): string[] {
  return edges.filter((e) => e.from === folder && !allowedTo(e.to)).map((e) => `${e.file} -> ${e.target}`);
}

test('the helper rooms (text, terraform, process) build on nothing of the product', () => {
  expect(importsBy('text', () => false)).toEqual([]);
  expect(importsBy('terraform', () => false)).toEqual([]);
  expect(importsBy('process', (to) => to === 'errors')).toEqual([]);
});

test('the model (lib/model) builds on settings and mappings only: never on resources, hook, review, cli, preflight or manifest', () => {
  const above = ['resources', 'guard', 'review', 'cli', 'preflight', 'manifest'];
  expect(
    edges.filter((e) => e.from === 'model' && above.includes(e.to)).map((e) => `${e.file} -> ${e.target}`),
  ).toEqual([]);
  expect(edges.some((e) => e.from === 'model' && e.to === 'settings')).toBe(true);
});

test('the rule contract (lib/validation-rule) is below the generic rules and the directory profiles; lib/validation composes them', () => {
  expect(
    importsBy('validation-rule', (to) =>
      ['model', 'adoption', 'text', 'terraform', 'settings', 'ldap-names', 'mappings'].includes(to),
    ),
  ).toEqual([]);
  expect(importsOf('presets', (from) => from !== 'settings' && from !== 'validation-rule')).toEqual([]);
  expect(importsOf('validation', (from) => from !== 'presets')).toEqual([]);
  expect(edges.filter((e) => e.from === 'validation' && e.to === 'presets').map((e) => e.file)).toEqual([
    path.join('validation', 'all-rules.ts'),
  ]);
});

test('the preflight reads the one registry of directory profiles (their hints)', () => {
  const files = fileImports(LIB);
  const reached = new Set(
    files.filter((e) => e.from.startsWith(`preflight${path.sep}`)).map((e) => e.target),
  );
  for (const file of reached) {
    for (const e of files) if (e.from === file) reached.add(e.target);
  }
  expect([...reached]).toContain(path.join('presets', 'directory-profiles.ts'));
});

test('no file in lib/ imports an entry file (they only re-export)', () => {
  expect(ENTRY_FILES).toContain('index');
  for (const entry of ENTRY_FILES) expect(importsOf(entry, () => false)).toEqual([]);
});

/** Only the entry files re-export: every other file is imported from the name's home. */
test('no file of lib/ re-exports a name made elsewhere, except the entry files', () => {
  const entry = (reExport: string): boolean =>
    ENTRY_FILES.includes(reExport.split(/[:/\\]/)[0]!.replace(/\.ts$/, ''));
  expect(reExports(LIB).filter((r) => !entry(r))).toEqual([]);
  expect(reExports(LIB).filter(entry)).toContain(`${path.join('entries', 'preflight.ts')}: runPreflight`);
});

test('the re-export finder sees export-from, export-star and exporting an imported name, not a name made here', () => {
  const root = tempDir('re-exports-');
  fs.writeFileSync(
    path.join(root, 'a.ts'),
    [
      "import { one, two as second } from './b';",
      "import * as all from './b';",
      "export { three } from './b';",
      "export * from './b';",
      'const own = 4;',
      'export { one, second, all, own };',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(root, 'b.ts'), 'export const one = 1, two = 2, three = 3;\n');
  expect(reExports(root)).toEqual(['a.ts: three', 'a.ts: *', 'a.ts: one', 'a.ts: second', 'a.ts: all']);
});

test('the checker itself finds a cycle, names its imports, and follows import() and require()', () => {
  const root = tempDir('folder-imports-');
  const write = (file: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('a/one.ts', "import { two } from '../b/two';\nexport const one = two;\n");
  write('b/two.ts', "export const two = 2;\nexport const lazy = () => import('../c');\n");
  write('c/index.ts', "export const three = require('../a/one');\n");
  write('d/four.ts', "import { two } from '../b/two';\nimport 'ldapts';\n");
  expect(folderCycles(folderImports(root))).toEqual([
    {
      folders: ['a', 'b', 'c'],
      imports: [
        path.join('a', 'one.ts') + ' -> ' + path.join('b', 'two.ts'),
        path.join('b', 'two.ts') + ' -> ' + path.join('c', 'index.ts'),
        path.join('c', 'index.ts') + ' -> ' + path.join('a', 'one.ts'),
      ],
    },
  ]);
});
