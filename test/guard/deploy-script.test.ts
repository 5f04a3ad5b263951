/** `npm run deploy`: the standalone preflight runs before `cdktf deploy`, with the built CLI. */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  bin: Record<string, string>;
};

test('deploy = build, synth, preflight (stops on a failed check), then cdktf deploy', () => {
  const steps = pkg.scripts.deploy!.split(' && ');
  expect(steps).toEqual([
    'npm run build',
    'npm run synth',
    `node ${pkg.bin['cdktf-okta-ldap']} preflight --out cdktf.out`,
    'cdktf deploy',
  ]);
  expect(pkg.scripts.build).toBe('tsc -p tsconfig.build.json && node scripts/build-bundles.mjs');
  expect(pkg.scripts.synth).toMatch(/cdktf synth$/);
  expect(fs.existsSync(path.join(ROOT, 'node_modules', '.bin', 'cdktf'))).toBe(true);
});
