/**
 * Inserting the disclaimer the way typing does, so the site's editor (Draft.js on X,
 * Lexical on Facebook, Quill and ProseMirror on LinkedIn) records it in its own state
 * and keeps caret, undo and Backspace working: caret to the end, then
 * `execCommand('insertText')`, which fires the native `beforeinput`/`input` the
 * editors listen to (docs/sites.md §4). A `beforeinput` event is the fallback. Never
 * a DOM write into the editor.
 */
import { readEditorText } from '../../lib/sites/editor-text';

function lastTextNode(root: Node): Text | null {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.length > 0) last = node as Text;
  return last;
}

function placeCaretAtEnd(editor: HTMLElement): void {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  const text = lastTextNode(editor);
  if (text) range.setStart(text, text.data.length);
  else {
    range.selectNodeContents(editor);
    range.collapse(false);
  }
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Adds `text` at the end of the draft. Resolves true when the editor's text now holds it. */
export async function appendToDraft(editor: HTMLElement, text: string): Promise<boolean> {
  const before = readEditorText(editor).text;
  const addition = before.trim().length === 0 ? text : /\s$/.test(before) ? text : ` ${text}`;
  editor.focus();
  if (editor instanceof HTMLTextAreaElement) {
    editor.setSelectionRange(editor.value.length, editor.value.length);
  } else {
    placeCaretAtEnd(editor);
  }
  const doc = editor.ownerDocument;
  // execCommand is deprecated but is still the one way to make input the editors treat as typing.
  doc.execCommand('insertText', false, addition);
  await nextFrame();
  if (readEditorText(editor).text.includes(text)) return true;
  editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: addition, bubbles: true, cancelable: true, composed: true }));
  await nextFrame();
  return readEditorText(editor).text.includes(text);
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
