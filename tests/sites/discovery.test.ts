// @vitest-environment happy-dom
/** Finding the box an event happened in, and what makes a box writable, for boxes no adapter knows. */
import { afterEach, describe, expect, it } from 'vitest';
import { buttonsReading, editableHostIn, genericComposer, genericSendButton, isWritableBox, SEND_WORDS } from '../../lib/sites/dom';

function page(html: string): Document {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
  return document;
}

function pathOf(element: Element): EventTarget[] {
  let path: EventTarget[] = [];
  element.addEventListener('probe', (event) => (path = event.composedPath()), { once: true });
  element.dispatchEvent(new Event('probe', { bubbles: true, composed: true }));
  return path;
}

afterEach(() => document.body.replaceChildren());

describe('editableHostIn', () => {
  it('is the outermost element of the editable run an event started in', () => {
    page('<div id="host" contenteditable="true"><p><span id="leaf">Hi</span></p></div>');
    expect(editableHostIn(pathOf(document.getElementById('leaf')!))?.id).toBe('host');
  });

  it('is a textarea itself, and never an input', () => {
    page('<textarea id="t"></textarea><input id="i" type="text">');
    expect(editableHostIn(pathOf(document.getElementById('t')!))?.id).toBe('t');
    expect(editableHostIn(pathOf(document.getElementById('i')!))).toBeNull();
  });

  it('crosses into an open shadow root, and is null outside any box', () => {
    page('<div id="outer"></div><button id="b">x</button>');
    const shadow = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    const leaf = document.createElement('b');
    box.append(leaf);
    shadow.append(box);
    expect(editableHostIn(pathOf(leaf))).toBe(box);
    expect(editableHostIn(pathOf(document.getElementById('b')!))).toBeNull();
  });
});

describe('boxes no adapter knows', () => {
  it('takes a plain editable box as a generic post box, with its container', () => {
    page('<form id="f"><div id="box" contenteditable="true"></div><button type="submit" id="go">Go</button></form>');
    const composer = genericComposer(document.getElementById('box')!)!;
    expect(composer).toMatchObject({ surface: 'post', generic: true, editorKind: 'plain' });
    expect(composer.container.id).toBe('f');
    expect(genericSendButton(composer)?.id).toBe('go');
  });

  it('never takes a search box, a read-only box, a hidden copy or Post Check’s own UI', () => {
    page(`
      <div role="search"><div id="s" contenteditable="true"></div></div>
      <div id="r" contenteditable="true" aria-readonly="true"></div>
      <div aria-hidden="true"><div id="h" contenteditable="true"></div></div>
      <div data-post-check><div id="own" contenteditable="true"></div></div>
      <textarea id="ro" readonly></textarea>`);
    for (const id of ['s', 'r', 'h', 'own', 'ro']) expect(isWritableBox(document.getElementById(id)!)).toBe(false);
  });

  it('finds send buttons by their whole text or label, in several languages', () => {
    page('<div id="c"><button>Post to Anyone</button><button aria-label="Publier"></button><div role="button"> Senden </div><button>Posting tips</button></div>');
    const found = buttonsReading(document.getElementById('c')!, SEND_WORDS).map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim());
    expect(found).toEqual(['Publier', 'Senden']);
  });
});
