/**
 * The model is read by the preflight, the review and the deploy guard, which run without cdktf: no
 * file of lib/model or lib/preflight, nor any file they import, directly or through others, imports
 * cdktf, constructs or a @cdktf package (the preflight reads the directory profiles, rules included).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { tempDir } from '../support/temp-dir';

const LIB = path.join(__dirname, '..', '..', 'lib');
const CDKTF_PACKAGE = /^(cdktf|constructs|@cdktf\/)/;

/** Every file reachable from `entries` through relative imports, with the packages each imports. */
function reachable(entries: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (out.has(file)) continue;
    const packages: string[] = [];
    out.set(file, packages);
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) {
        packages.push(fileName);
        continue;
      }
      const spec = path.join(path.dirname(file), fileName);
      const target = [`${spec}.ts`, path.join(spec, 'index.ts')].find((f) => fs.existsSync(f));
      if (target === undefined) throw new Error(`${file}: cannot resolve import '${fileName}'`);
      queue.push(target);
    }
  }
  return out;
}

const filesOf = (folder: string): string[] =>
  fs
    .readdirSync(path.join(LIB, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(LIB, folder, name));

test.each(['model', 'preflight'])(
  'lib/%s and everything it imports load no cdktf, constructs or @cdktf package',
  (folder) => {
    const files = filesOf(folder);
    const graph = reachable(files);
    expect(graph.size).toBeGreaterThan(files.length);
    const offending = [...graph].flatMap(([file, packages]) =>
      packages.filter((p) => CDKTF_PACKAGE.test(p)).map((p) => `${path.relative(LIB, file)} -> ${p}`),
    );
    expect(offending).toEqual([]);
  },
);

test('the check follows relative imports and finds a cdktf import two files away', () => {
  const root = tempDir('model-imports-');
  try {
    fs.mkdirSync(path.join(root, 'b'));
    fs.writeFileSync(path.join(root, 'one.ts'), "import type { two } from './b';\nexport const one = 1;\n");
    fs.writeFileSync(path.join(root, 'b', 'index.ts'), "export { three as two } from '../three';\n");
    fs.writeFileSync(
      path.join(root, 'three.ts'),
      "import { Token } from 'cdktf';\nexport const three = Token;\n",
    );
    const graph = reachable([path.join(root, 'one.ts')]);
    expect([...graph.keys()].map((f) => path.relative(root, f)).sort()).toEqual([
      path.join('b', 'index.ts'),
      'one.ts',
      'three.ts',
    ]);
    expect(graph.get(path.join(root, 'three.ts'))).toEqual(['cdktf']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
