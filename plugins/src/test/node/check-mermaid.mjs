// Test-only: parses a Mermaid file with the real Mermaid parser and prints what it read as JSON.
// Usage: node check-mermaid.mjs FILE. Exit 0 with the JSON on stdout, or 1 with the parse error
// on stderr. Mermaid sanitises labels with DOMPurify, which needs a DOM: jsdom provides one.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

// Mermaid keeps entity codes (#quot; #35;) encoded until it renders; decode them as it would.
const named = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (s) => String(s ?? '')
  .replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n)))
  .replace(/ﬂ°(\w+)¶ß/g, (m, n) => named[n] ?? m);

const text = readFileSync(process.argv[2], 'utf8');
try {
  const parsed = await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db;
  console.log(JSON.stringify({
    type: parsed.diagramType,
    vertices: [...db.getVertices().values()].map((v) => ({ id: v.id, text: decode(v.text) })),
    edges: db.getEdges().map((e) => ({
      start: e.start, end: e.end, text: decode(e.text), stroke: e.stroke, type: e.type })),
    subgraphs: db.getSubGraphs().map((s) => ({ id: s.id, title: decode(s.title), nodes: s.nodes })),
  }));
} catch (e) {
  console.error(String(e.message ?? e));
  process.exit(1);
}
