// A hash of what a jsii package is built from (lib/ sources, package.json and the build scripts):
// a cached package whose hash matches is current.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** Hex sha256 over the relative path and content of every input file of the jsii build. */
export function sourceHash(root) {
  const hash = createHash('sha256');
  const scripts = dirname(fileURLToPath(import.meta.url));
  for (const file of [...files(join(root, 'lib')), join(root, 'package.json'), ...files(scripts)]) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
