/**
 * docs/okta-standin.md lists every endpoint the stand-in serves, and nothing else: its table and the
 * route list are compared (placeholder names aside).
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROUTES } from '../../support/okta-standin/okta-standin';
import { SEED_FIELDS } from '../../support/okta-standin/seed';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'okta-standin.md'), 'utf8');

/** `METHOD /path` of a route, its captured segments as `{}`, an optional trailing part in `[…]`. */
function routeTemplate(method: string, source: string): string {
  const template = source
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace('(?!rules$)', '')
    .replace(/\(\?:\\?\/\(\[\^\/\]\+\)\)\?/, '[/{}]')
    .replace(/\(\[\^\/\]\+\)/g, '{}')
    .replace('\\/?', '[/]')
    .replace(/\\\//g, '/')
    .replace(/\\\./g, '.');
  return `${method} ${template}`;
}

function documented(): string[] {
  return [...DOC.matchAll(/^\| `(GET|POST|PUT|DELETE) ([^`]+)`/gm)].map(
    (m) => `${m[1]} ${m[2]!.replace(/\{[^}]+\}/g, '{}')}`,
  );
}

test('the endpoint table of docs/okta-standin.md is the route list', () => {
  const routes = ROUTES.map((r) => routeTemplate(r.method, r.path.source));
  expect(routes).toContain('GET /api/v1/groups/{}');
  expect(routes).toContain('PUT /api/v1/groups/{}/roles/{}/targets/catalog/apps/{}[/{}]');
  expect([...documented()].sort()).toEqual([...routes].sort());
});

test('the seed fields documented are the ones the seed reader takes', () => {
  const fields = [...DOC.matchAll(/^\| `(\w+)(?:\[\])?`(?:, `(\w+)\[\]`)? +\|/gm)].flatMap((m) =>
    [m[1], m[2]].filter(Boolean),
  );
  expect(fields).toEqual([...SEED_FIELDS]);
});
