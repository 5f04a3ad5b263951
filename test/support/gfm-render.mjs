// Renders Markdown the way GitHub's flavour reads it (micromark with the GFM extensions, raw HTML
// passed through as GitHub passes the tags it allows) and parses the HTML into a plain tree, for
// the tests that check what a comment really shows. Reads a JSON array of documents on stdin and
// writes a JSON array of { html, tree } on stdout.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { parseFragment } from 'parse5';

function plain(node) {
  if (node.nodeName === '#text') return { text: node.value };
  if (node.nodeName === '#comment') return { comment: node.data };
  const children = (node.tagName === 'template' ? node.content.childNodes : node.childNodes) ?? [];
  return {
    tag: node.tagName,
    attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])),
    children: children.map(plain),
  };
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const documents = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const out = documents.map((markdown) => {
  const html = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  return { html, tree: parseFragment(html).childNodes.map(plain) };
});
process.stdout.write(JSON.stringify(out));
