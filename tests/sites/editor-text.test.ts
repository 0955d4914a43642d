// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditorText } from '../../lib/sites/editor-text';

function editor(html: string): HTMLElement {
  const div = document.createElement('div');
  div.setAttribute('contenteditable', 'true');
  div.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.replaceChildren(div);
  return div;
}

describe('reading a compose box', () => {
  it.each([
    [
      'Draft.js blocks, with an empty block',
      '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Hello </span></span><span><span data-text="true">world</span></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Bye</span></span></div></div></div>',
      'Hello world\n\nBye',
    ],
    ['Lexical paragraphs', '<p dir="auto"><span data-lexical-text="true">One</span></p><p><br></p><p dir="auto"><span data-lexical-text="true">Two</span></p>', 'One\n\nTwo'],
    ['Quill paragraphs', '<p>One</p><p>Two 😀</p>', 'One\nTwo 😀'],
    ['a plain box with line breaks', 'One<br>Two<br>', 'One\nTwo'],
    ['an empty Quill box', '<p><br></p>', ''],
  ])('%s', (_name, html, text) => {
    expect(readEditorText(editor(html)).text).toBe(text);
  });

  it('maps spans back to DOM ranges across nodes and emoji', () => {
    const box = editor('<p><span>Well done 🎉 Gra</span><span>ce Okafor</span></p><p>Next line</p>');
    const read = readEditorText(box);
    const start = read.text.indexOf('Grace');
    const range = rangeFor(read, start, start + 'Grace Okafor'.length)!;
    expect(range.toString()).toBe('Grace Okafor');
    const next = read.text.indexOf('Next');
    expect(rangeFor(read, next, next + 4)!.toString()).toBe('Next');
  });

  it('reads a textarea', () => {
    const area = document.createElement('textarea');
    area.value = 'Hi\nthere';
    expect(readEditorText(area)).toEqual({ text: 'Hi\nthere', segments: [] });
  });
});
