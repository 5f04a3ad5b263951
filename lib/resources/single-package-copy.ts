import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ErrorCategory, isErrorKind, OktaLdapError } from '../errors';
import { findPackageRoot } from '../process/package-root';

/**
 * A second copy of a package the library shares with the app (`constructs`, `cdktf`).
 *
 * @jsii ignore (TypeScript-only: a field of DuplicatePackageError)
 */
export interface DuplicatePackage {
  /** The package, as the app imports it: `constructs` or `cdktf` (also when it is an alias of `cdktn`). */
  readonly name: string;
  /** Folder of the copy the app's constructs come from, or a note when it cannot be found. */
  readonly appCopy: string;
  /** Folder of the copy this library loaded. */
  readonly libraryCopy: string;
}

/**
 * The app and this library load different copies of `constructs` or `cdktf` (usually a lockfile
 * written before they became peer dependencies keeps a nested copy). Thrown by `OktaLdapIntegration`
 * before anything is created; `exitOnValidationError` prints it without a stack trace.
 *
 * @jsii ignore (an error class: other languages get its message with the rule ids)
 */
export class DuplicatePackageError extends OktaLdapError {
  /** True for any DuplicatePackageError, whichever copy of the package created it. */
  public static isDuplicatePackageError(x: unknown): x is DuplicatePackageError {
    return isErrorKind(x, 'DuplicatePackageError');
  }

  constructor(
    /** Path of the construct that found them. */
    public readonly constructPath: string,
    /** Each package loaded twice. */
    public readonly duplicates: readonly DuplicatePackage[],
    /**
     * The folder cdktf-okta-ldap is loaded from when the app installed it from a folder (npm links
     * it, so it loads the folder's own node_modules).
     * @default - an installed copy (tarball or registry)
     */
    public readonly linkedFolder?: string,
  ) {
    super(
      [
        `OktaLdapIntegration '${constructPath}': the app and cdktf-okta-ldap load different copies of ${duplicates.map((d) => d.name).join(' and ')}:`,
        ...duplicates.map((d) => `  ${d.name}: the app's ${d.appCopy}; cdktf-okta-ldap's ${d.libraryCopy}`),
        'cdktf-okta-ldap takes cdktf, constructs and @cdktf/provider-okta from the app (peer dependencies): there must be one copy of each.',
        linkedFolder !== undefined
          ? `Fix: cdktf-okta-ldap is a link to a folder (${linkedFolder}): install the tarball. npm links a folder install, so the library loads that folder's own node_modules, and reinstalling links it again. Run 'npm pack' in ${linkedFolder}, then 'npm install <the .tgz it wrote>' in the app.`
          : 'Fix: delete node_modules and package-lock.json, run \'npm install\', and check with \'npm ls cdktf constructs\' (CDK Terrain: keep "overrides": { "cdktf": "$cdktf" } in package.json).',
      ].join('\n'),
      'DuplicatePackageError',
      ErrorCategory.INPUT,
    );
  }
}

type Class = abstract new (...args: never[]) => unknown;

/**
 * Folder of the loaded package whose module exports `exportName` matching `matches`, found among the
 * modules loaded with `require` (a copy loaded as an ES module is not listed there).
 */
function packageFolder(packageName: string, exportName: string, matches: (c: Class) => boolean): string {
  for (const [file, loaded] of Object.entries(require.cache)) {
    const exported = (loaded?.exports as Record<string, unknown> | undefined)?.[exportName];
    if (typeof exported === 'function' && matches(exported as Class)) {
      const marker = `${path.sep}node_modules${path.sep}${packageName}${path.sep}`;
      const at = file.lastIndexOf(marker);
      return at >= 0 ? file.slice(0, at + marker.length - 1) : path.dirname(file);
    }
  }
  return '(not found among the modules loaded with require)';
}

/**
 * The folder cdktf-okta-ldap is loaded from when it is a link to a folder (`npm install <folder>`):
 * its package root lies outside any node_modules (Node follows the link to the real folder), and the
 * copies it loaded lie in that folder's own node_modules. Undefined for an installed copy.
 */
export function linkedLibraryFolder(
  libraryRoot: string | undefined,
  duplicates: readonly DuplicatePackage[],
): string | undefined {
  if (libraryRoot === undefined || libraryRoot.split(path.sep).includes('node_modules')) return undefined;
  const own = `${path.join(libraryRoot, 'node_modules')}${path.sep}`;
  return duplicates.some((d) => d.libraryCopy.startsWith(own)) ? libraryRoot : undefined;
}

/**
 * Checks that `scope` comes from the same `constructs` and `cdktf` this library loaded, and returns
 * it (so a constructor can call it before `super`).
 * @throws DuplicatePackageError naming both copies of each package loaded twice, and the fix
 */
export function requireSinglePackageCopies<T extends IConstruct>(scope: T, id: string): T {
  const duplicates: DuplicatePackage[] = [];
  if (!(scope instanceof Construct)) {
    duplicates.push({
      name: 'constructs',
      appCopy: packageFolder('constructs', 'Construct', (c) => c !== Construct && scope instanceof c),
      libraryCopy: packageFolder('constructs', 'Construct', (c) => c === Construct),
    });
  } else {
    const stack: object = TerraformStack.of(scope);
    if (!(stack instanceof TerraformStack)) {
      duplicates.push({
        name: 'cdktf',
        appCopy: packageFolder('cdktf', 'TerraformStack', (c) => c !== TerraformStack && stack instanceof c),
        libraryCopy: packageFolder('cdktf', 'TerraformStack', (c) => c === TerraformStack),
      });
    }
  }
  if (duplicates.length > 0) {
    throw new DuplicatePackageError(
      scope.node.path === '' ? id : `${scope.node.path}/${id}`,
      duplicates,
      linkedLibraryFolder(findPackageRoot(__dirname), duplicates),
    );
  }
  return scope;
}
