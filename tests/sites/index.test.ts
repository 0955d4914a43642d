// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS, CONTENT_MATCHES, adapterFor } from '../../lib/sites';
import { textLines } from '../../lib/sites/dom';

function page(html: string): Document {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
  return document;
}

describe('adapterFor', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://x.com/compose/post', 'x'],
    ['https://twitter.com/home', 'x'],
    ['https://mobile.x.com/i/chat', 'x'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://facebook.com/groups/123', 'facebook'],
    ['https://web.facebook.com/', 'facebook'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://linkedin.com/company/12345/admin/', 'linkedin'],
  ])('%s → %s', (address, site) => {
    expect(adapterFor(new URL(address))?.site).toBe(site);
  });

  it.each([
    'https://m.facebook.com/',
    'https://mbasic.facebook.com/',
    'https://developer.x.com/en/docs',
    'https://www.messenger.com/',
    'https://example.com/x.com',
    'https://x.com.example.org/home',
    'https://uk.linkedin.com/in/jane',
    'file:///home/user/x.com/home',
  ])('%s → none', (address) => {
    expect(adapterFor(new URL(address))).toBeNull();
  });

  it('has one adapter per site, and match patterns for every host they accept', () => {
    expect(ADAPTERS.map((a) => a.site)).toEqual(['x', 'facebook', 'linkedin']);
    for (const pattern of CONTENT_MATCHES) {
      const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
      expect(host).toBeDefined();
      expect(adapterFor(new URL(`https://${host}/`))).not.toBeNull();
    }
  });
});

describe('the fallback for rich-text boxes no adapter knows by name', () => {
  afterEach(() => document.body.replaceChildren());

  it.each(ADAPTERS.map((a) => [a.site, a] as const))('%s: reports a multi-line textbox in a dialog as a plain post box', (_site, adapter) => {
    page(`
      <div role="dialog" aria-label="Write article">
        <div class="wrapper"><div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Article body"><p>One</p><p>Two</p></div></div>
      </div>`);
    const composers = adapter.findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]!.editorKind).toBe('plain');
    expect(composers[0]!.surface).toBe('post');
    expect(composers[0]!.anchor.className).toBe('wrapper');
  });

  it.each(ADAPTERS.map((a) => [a.site, a] as const))('%s: ignores search fields, single-line, hidden, stray and non-rich fields', (_site, adapter) => {
    page(`
      <form role="search"><div contenteditable="true" role="textbox" aria-label="Search"></div></form>
      <form><div contenteditable="true" role="textbox" aria-label="Search people"></div></form>
      <div role="dialog">
        <div contenteditable="true" role="textbox" aria-multiline="false" aria-label="Title"></div>
        <div contenteditable="true" role="combobox" aria-label="To"></div>
        <div style="display:none"><div contenteditable="true" role="textbox" aria-label="Hidden"></div></div>
        <div aria-hidden="true"><div contenteditable="true" role="textbox" aria-label="Copy"></div></div>
        <div contenteditable="true" role="textbox" aria-readonly="true" aria-label="Preview"></div>
        <textarea aria-label="Alt text"></textarea>
        <input type="text" aria-label="Name">
      </div>
      <div contenteditable="true" role="textbox" aria-label="Notes outside any dialog or form"></div>`);
    expect(adapter.findComposers(document)).toEqual([]);
  });
});

describe('textLines', () => {
  it.each([
    ['Jane Doe<br>Post to Anyone', ['Jane Doe', 'Post to Anyone']],
    ['<span>Jane Doe</span><span>Post to Anyone</span>', ['Jane Doe', 'Post to Anyone']],
    ['<div><span>Jane <b>Doe</b></span></div><div>@jane</div>', ['Jane Doe', '@jane']],
    ['  <svg><text>icon</text></svg> <span> spaced   out </span>', ['spaced out']],
  ])('%s', (html, lines) => {
    expect(textLines(page(`<button>${html}</button>`).querySelector('button')!)).toEqual(lines);
  });
});
