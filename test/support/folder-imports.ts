import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** One import from a file of one folder into a file of another. */
export interface FolderImport {
  /** Folder (first path segment under the root) or root-level file name without `.ts`. */
  readonly from: string;
  readonly to: string;
  /** Importing file and imported file, relative to the root. */
  readonly file: string;
  readonly target: string;
}

/**
 * Every import (static `import`/`export … from`, `import()`, `require()`) between the folders of
 * `root`: a file directly in `root` counts as a folder of its own (`errors.ts` is `errors`).
 * Non-relative imports (packages) are left out.
 */
export function folderImports(root: string): FolderImport[] {
  return importEdges(root, folderOf);
}

/**
 * Every import between two files of `root` (same shape as `folderImports`, each file its own
 * "folder", relative to the root), for checks that a folder-level graph cannot see: a cycle between
 * two files of one folder. `folderCycles` finds the cycles of this graph too.
 */
export function fileImports(root: string): FolderImport[] {
  return importEdges(root, (file) => file);
}

function importEdges(root: string, groupOf: (file: string) => string): FolderImport[] {
  const edges: FolderImport[] = [];
  for (const file of tsFiles(root)) {
    const info = ts.preProcessFile(fs.readFileSync(path.join(root, file), 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolve(root, path.join(path.dirname(file), fileName));
      if (target === undefined) throw new Error(`${file}: cannot resolve import '${fileName}'`);
      const from = groupOf(file);
      const to = groupOf(target);
      if (from !== to) edges.push({ from, to, file, target });
    }
  }
  return edges;
}

/**
 * The names each file of `root` re-exports, as `file: name`: `export … from '…'`, `export * from`, and
 * `export { x }` of a name the file imports. A file that makes a name and exports it is not listed.
 */
export function reExports(root: string): string[] {
  const out: string[] = [];
  for (const file of tsFiles(root)) {
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(path.join(root, file), 'utf8'),
      ts.ScriptTarget.Latest,
    );
    const imported = new Set(source.statements.filter(ts.isImportDeclaration).flatMap(importedNames));
    for (const statement of source.statements.filter(ts.isExportDeclaration)) {
      const clause = statement.exportClause;
      if (clause === undefined || !ts.isNamedExports(clause)) {
        if (statement.moduleSpecifier !== undefined) out.push(`${file}: *`);
        continue;
      }
      for (const element of clause.elements) {
        const local = (element.propertyName ?? element.name).getText(source);
        if (statement.moduleSpecifier !== undefined || imported.has(local))
          out.push(`${file}: ${element.name.getText(source)}`);
      }
    }
  }
  return out;
}

/** The local names an import declaration binds. */
function importedNames(declaration: ts.ImportDeclaration): string[] {
  const clause = declaration.importClause;
  if (clause === undefined) return [];
  const names = clause.name !== undefined ? [clause.name.text] : [];
  const bindings = clause.namedBindings;
  if (bindings === undefined) return names;
  if (ts.isNamespaceImport(bindings)) return [...names, bindings.name.text];
  return [...names, ...bindings.elements.map((e) => e.name.text)];
}

function tsFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

function resolve(root: string, spec: string): string | undefined {
  for (const candidate of [`${spec}.ts`, path.join(spec, 'index.ts'), spec]) {
    const full = path.join(root, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return path.normalize(candidate);
  }
  return undefined;
}

function folderOf(file: string): string {
  const [first, ...rest] = file.split(path.sep);
  return rest.length === 0 ? first!.replace(/\.ts$/, '') : first!;
}

/**
 * The cycles of the folder graph: each strongly connected component of more than one folder
 * (Tarjan), with the imports that close it, so a failure names the files to change.
 */
export function folderCycles(edges: readonly FolderImport[]): { folders: string[]; imports: string[] }[] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, new Set());
    if (!next.has(e.to)) next.set(e.to, new Set());
    next.get(e.from)!.add(e.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((folders) => ({
    folders,
    imports: edges
      .filter((e) => folders.includes(e.from) && folders.includes(e.to))
      .map((e) => `${e.file} -> ${e.target}`),
  }));
}
