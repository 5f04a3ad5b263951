import { nodeEval, PACKAGE_JSON, REPO, requireBuild } from './built-package';

/**
 * What loading one entry point by its package name pulls in, in a fresh node process: the npm
 * packages (by name) and this package's own files (relative to the package root).
 */
function loadedBy(specifier: string): { packages: string[]; own: string[] } {
  const out = nodeEval(`
    require(${JSON.stringify(specifier)});
    const root = ${JSON.stringify(REPO + '/')};
    const files = Object.keys(require.cache);
    const packages = new Set();
    const own = [];
    for (const f of files) {
      const m = f.split('/node_modules/').pop().match(/^(@[^/]+\\/[^/]+|[^/]+)/);
      if (f.includes('/node_modules/')) packages.add(m[1]);
      else if (f.startsWith(root)) own.push(f.slice(root.length));
    }
    process.stdout.write(JSON.stringify({ packages: [...packages].sort(), own: own.sort() }));
  `);
  return JSON.parse(out) as { packages: string[]; own: string[] };
}

beforeAll(requireBuild);

describe('entry points (exports map)', () => {
  test('cdktf-okta-ldap loads the construct with cdktf, constructs and the provider bindings, not ldapts or the CLI', () => {
    const { packages, own } = loadedBy('cdktf-okta-ldap');
    expect(packages).toEqual(expect.arrayContaining(['cdktf', 'constructs', '@cdktf/provider-okta']));
    expect(packages).not.toContain('ldapts');
    expect(own.filter((f) => /^dist\/lib\/(cli|preflight\/render|review)\//.test(f))).toEqual([]);
  });

  test('cdktf-okta-ldap/preflight loads ldapts and no cdktf, constructs or provider bindings', () => {
    const { packages } = loadedBy('cdktf-okta-ldap/preflight');
    expect(packages).toEqual(['ldapts']);
  });

  test('cdktf-okta-ldap/review loads no npm package at all', () => {
    const { packages, own } = loadedBy('cdktf-okta-ldap/review');
    expect(packages).toEqual([]);
    // The preflight section of a review prints finding statuses with the preflight's own labels
    // (one table of constants); nothing else of the preflight is loaded.
    expect(
      own.filter(
        (f) =>
          /^dist\/lib\/(resources|preflight)\//.test(f) && f !== 'dist/lib/preflight/render/status-labels.js',
      ),
    ).toEqual([]);
  });

  test('the adopt command loads no npm package: neither cdktf, constructs nor the provider bindings', () => {
    const { packages, own } = loadedBy(`${REPO}/dist/lib/cli/adopt-command.js`);
    expect(packages).toEqual([]);
    expect(own.filter((f) => /^dist\/lib\/(resources|review|validation)\//.test(f))).toEqual([]);
  });

  test('internals are not importable: a deep import fails with ERR_PACKAGE_PATH_NOT_EXPORTED', () => {
    const codes = nodeEval(`
      const codes = [];
      for (const s of ['cdktf-okta-ldap/dist/lib/cli/main.js', 'cdktf-okta-ldap/dist/lib/preflight/fault-class', 'cdktf-okta-ldap/lib/render/text']) {
        try { require(s); codes.push('loaded ' + s); } catch (e) { codes.push(e.code); }
      }
      process.stdout.write(JSON.stringify(codes));
    `);
    expect(JSON.parse(codes)).toEqual([
      'ERR_PACKAGE_PATH_NOT_EXPORTED',
      'ERR_PACKAGE_PATH_NOT_EXPORTED',
      'ERR_PACKAGE_PATH_NOT_EXPORTED',
    ]);
  });

  test('every subpath has types for node16/bundler (exports) and for node10 (typesVersions)', () => {
    const subpaths = Object.keys(PACKAGE_JSON.exports).filter(
      (k) => k !== '.' && !k.endsWith('.js') && !k.endsWith('.json'),
    );
    expect(subpaths).toEqual(['./preflight', './review']);
    for (const subpath of subpaths) {
      const target = PACKAGE_JSON.exports[subpath] as { types: string };
      expect(PACKAGE_JSON.typesVersions['*']?.[subpath.slice(2)]).toEqual([target.types.slice(2)]);
    }
  });
});
