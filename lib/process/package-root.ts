import * as fs from 'fs';
import * as path from 'path';

/** Name of this package, as installed in `node_modules`. */
export const PACKAGE_NAME = 'cdktf-okta-ldap';

/**
 * Finds the root of the installed `cdktf-okta-ldap` package by walking up from `fromDir` to the
 * first `package.json` named `cdktf-okta-ldap`. Works from the sources, from `dist/lib/…` (built or
 * installed) and from the bundles in `dist/bundle`. Returns undefined when there is none.
 */
export function findPackageRoot(fromDir: string): string | undefined {
  let dir = path.resolve(fromDir);
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      try {
        if ((JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) {
          return dir;
        }
      } catch {
        // an unreadable package.json is not ours; keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The version of the package found above `fromDir` (its package.json's `version`), or undefined. */
export function packageVersion(fromDir: string): string | undefined {
  const root = findPackageRoot(fromDir);
  if (root === undefined) return undefined;
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  return typeof version === 'string' ? version : undefined;
}
