/**
 * Loads a saved page from this folder into the test's `document` (happy-dom), at the
 * address the page would have on the real site, so adapters see the same DOM and URL.
 * Parsed with DOMParser and adopted node by node: no HTML strings are assigned anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface HappyDOMWindow {
  happyDOM: { setURL(url: string): void };
}

// Under happy-dom `import.meta.url` is not a file: URL, so use the folder Vitest gives the module.
const FOLDER = import.meta.dirname;

function fixtureDocument(name: string): Document {
  const html = readFileSync(join(FOLDER, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Replace the test document's body with the fixture's body, and set the page address. */
export function loadFixture(name: string, url: string): Document {
  (window as unknown as HappyDOMWindow).happyDOM.setURL(url);
  const parsed = fixtureDocument(name);
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
  return document;
}

/** The children of a fixture's `<body>`, imported into `document`, for building shadow trees in a test. */
export function fixtureNodes(name: string): Node[] {
  return Array.from(fixtureDocument(name).body.childNodes, (node) => document.importNode(node, true));
}
