// Parses each Mermaid file named on the command line with Mermaid's own parser (in jsdom, no browser):
// prints "ok <file>" or "error <file>: <message>" per file. MermaidParseTest runs it; .ci/run installs
// mermaid and jsdom from the npm registry into the folder GODWIT_MERMAID names.
import { JSDOM } from 'jsdom';
import fs from 'fs';

const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
for (const file of process.argv.slice(2)) {
  try {
    await mermaid.parse(fs.readFileSync(file, 'utf8'));
    console.log('ok ' + file);
  } catch (e) {
    console.log('error ' + file + ': ' + String(e.message).split('\n').join(' '));
  }
}
