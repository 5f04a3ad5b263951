/** docs/extending.md shows how a rule is written with a rule of the package, as it stands. */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

test('the validation rule example of docs/extending.md is lib/validation/rules/entrydn-unique-identifier.ts', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'extending.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## A validation rule'), doc.indexOf('## A preflight check'));
  const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toBe(
    fs.readFileSync(path.join(ROOT, 'lib', 'validation', 'rules', 'entrydn-unique-identifier.ts'), 'utf8'),
  );
});
