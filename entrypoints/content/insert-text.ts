/**
 * Inserting the disclaimer the way typing or pasting does, so the site's editor
 * (Draft.js on X, Lexical on Facebook, Quill and ProseMirror on LinkedIn) records it in
 * its own state and keeps caret, undo and Backspace working. Never a DOM write into the
 * editor.
 *
 * - One line: caret to the end, then `execCommand('insertText')`, whose native input the
 *   editors take as typing (docs/sites.md §4).
 * - Several lines on Draft.js, Lexical and ProseMirror: a paste of the plain text, which
 *   each turns into its own paragraphs. `execCommand('insertText')` with "\n\n" can drop
 *   earlier paragraphs in Draft.js (docs/sites.md §0.3, Harper #2495).
 * - Several lines on Quill and plain boxes: each line typed, with a paragraph between.
 *
 * The disclaimer goes in as its own line in a post, and as its own sentence in a comment
 * or message (one line): after a full stop, question mark, exclamation mark or emoji it
 * follows a space; after a word, it follows a full stop (". Views are my own."), put
 * straight after the last word so a trailing space stays trailing.
 *
 * Exactly one way is tried and then given time: an editor that applies the text late
 * must not get it twice (docs/sites.md §0.3). A second way is tried only when the first was
 * refused outright (the command did not run, the paste was not taken).
 */
import { readEditorText } from '../../lib/sites/editor-text';
import { editorKindOf } from '../../lib/sites/dom';

export interface AppendOptions {
  /** Line breaks are kept (a post); otherwise the text goes in as one line (a comment or a message sends on Enter). */
  multiLineOk: boolean;
  /** Called as the insertion proceeds, so the caller can count the changes as the person's. */
  onProgress?(): void;
}

/** How long an editor may take to show inserted text before the insertion counts as not taken. */
const APPLY_WAIT_MS = 1_500;

function lastTextNode(root: Node): Text | null {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.length > 0) last = node as Text;
  return last;
}

/** A sentence has ended: . ! ? … (perhaps in quotes or brackets), or an emoji. */
const SENTENCE_END = /(?:[.!?…]["'”’)\]]*|\p{Extended_Pictographic}\uFE0F?)$/u;

/** What goes between the post and the disclaimer so that it is a line (`multiLine`) or a sentence of its own. */
export function disclaimerSeparator(before: string, multiLine: boolean): string {
  const words = before.replace(/\s+$/u, '');
  if (words === '') return '';
  if (multiLine) return /\n[ \t\u00a0]*$/.test(before) ? '' : '\n';
  return SENTENCE_END.test(words) ? ' ' : '. ';
}

/**
 * The caret at the end of the text, or (`afterWords`) straight after its last word,
 * before any trailing spaces: a sentence's full stop belongs against its last word.
 */
function placeCaretAtEnd(editor: HTMLElement, afterWords = false): void {
  if (editor instanceof HTMLTextAreaElement) {
    const end = afterWords ? editor.value.replace(/\s+$/u, '').length : editor.value.length;
    editor.setSelectionRange(end, end);
    return;
  }
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  const text = afterWords ? lastWordNode(editor) : lastTextNode(editor);
  if (text) range.setStart(text, afterWords ? text.data.replace(/\s+$/u, '').length : text.data.length);
  else {
    range.selectNodeContents(editor);
    range.collapse(false);
  }
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

function lastWordNode(root: Node): Text | null {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\S/.test((node as Text).data)) last = node as Text;
  return last;
}

/** Whitespace-insensitive: editors differ in how they show blank lines. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Waits until the box shows `text` (true), or `APPLY_WAIT_MS` passes (false). */
async function waitFor(editor: HTMLElement, text: string): Promise<boolean> {
  const wanted = squash(text);
  const deadline = Date.now() + APPLY_WAIT_MS;
  for (;;) {
    if (squash(readEditorText(editor).text).includes(wanted)) return true;
    if (Date.now() > deadline) return false;
    await nextFrame();
  }
}

/** A paste of plain text, as the clipboard would deliver it. True when the editor took it (prevented the default). */
function pastePlainText(editor: HTMLElement, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  editor.dispatchEvent(event);
  return event.defaultPrevented;
}

function typeLines(doc: Document, text: string): boolean {
  const lines = text.split('\n');
  let ran = true;
  lines.forEach((line, index) => {
    if (index > 0) ran = doc.execCommand('insertParagraph') && ran;
    if (line.length > 0) ran = doc.execCommand('insertText', false, line) && ran;
  });
  return ran;
}

/** Adds `text` at the end of the draft. Resolves true when the editor's text now holds it. */
export async function appendToDraft(editor: HTMLElement, text: string, options: AppendOptions = { multiLineOk: true }): Promise<boolean> {
  const doc = editor.ownerDocument;
  const wanted = options.multiLineOk ? text.replace(/\r\n?/g, '\n').trim() : text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const before = readEditorText(editor).text;
  // A post takes the disclaimer on a line of its own; a comment or message, as a sentence of its own.
  const separator = disclaimerSeparator(before, options.multiLineOk);
  const addition = separator + wanted;
  const multiLine = addition.includes('\n');
  editor.focus();
  // ". " goes against the last word; a space or a new line goes at the very end.
  placeCaretAtEnd(editor, separator === '. ');
  // Editors learn where the caret is from the selection events of the next moment.
  await nextFrame();
  options.onProgress?.();
  const kind = editorKindOf(editor);
  let taken: boolean;
  if (kind === 'textarea' || !multiLine) {
    // execCommand is deprecated but is still the one way to make input the editors treat as typing.
    taken = doc.execCommand('insertText', false, addition);
  } else if (kind === 'draft' || kind === 'lexical' || kind === 'prosemirror') {
    taken = pastePlainText(editor, addition);
    if (!taken && squash(readEditorText(editor).text) === squash(before)) taken = typeLines(doc, addition);
  } else {
    taken = typeLines(doc, addition);
  }
  options.onProgress?.();
  if (await waitFor(editor, wanted)) return true;
  // Refused outright and nothing changed: one other way, for editors that only listen to `beforeinput`.
  if (!taken && squash(readEditorText(editor).text) === squash(before)) {
    editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: addition, bubbles: true, cancelable: true, composed: true }));
    options.onProgress?.();
    return waitFor(editor, wanted);
  }
  return false;
}
