import * as path from 'path';
import { DuplicatePackageError, linkedLibraryFolder } from '../../lib/resources/single-package-copy';

const CLONE = path.join(path.sep, 'home', 'dev', 'cdktf-okta-ldap');
const APP = path.join(path.sep, 'home', 'dev', 'app');
const linked = [
  {
    name: 'cdktf',
    appCopy: path.join(APP, 'node_modules', 'cdktf'),
    libraryCopy: path.join(CLONE, 'node_modules', 'cdktf'),
  },
];

describe('DuplicatePackageError of a folder install', () => {
  test('the library loaded from a folder outside node_modules, with copies from its own node_modules, is a link', () => {
    expect(linkedLibraryFolder(CLONE, linked)).toBe(CLONE);
  });

  test('an installed copy (tarball or registry) is not a link', () => {
    const installed = path.join(APP, 'node_modules', 'cdktf-okta-ldap');
    expect(
      linkedLibraryFolder(installed, [
        { ...linked[0]!, libraryCopy: path.join(installed, 'node_modules', 'cdktf') },
      ]),
    ).toBeUndefined();
    expect(
      linkedLibraryFolder(CLONE, [{ ...linked[0]!, libraryCopy: path.join(APP, 'other', 'cdktf') }]),
    ).toBeUndefined();
    expect(linkedLibraryFolder(undefined, linked)).toBeUndefined();
  });

  test('the message of a folder install says to install the tarball (not to reinstall, which links it again)', () => {
    const message = new DuplicatePackageError('org/JumpCloud', linked, CLONE).message;
    expect(message.split('\n').at(-1)).toBe(
      `Fix: cdktf-okta-ldap is a link to a folder (${CLONE}): install the tarball. npm links a folder install, so the library loads that folder's own node_modules, and reinstalling links it again. Run 'npm pack' in ${CLONE}, then 'npm install <the .tgz it wrote>' in the app.`,
    );
    expect(new DuplicatePackageError('org/JumpCloud', linked).message).toContain(
      "Fix: delete node_modules and package-lock.json, run 'npm install'",
    );
  });
});
