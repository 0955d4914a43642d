/**
 * Reading a compose box's text the way the user sees it (one line per paragraph or
 * Draft.js block), and mapping spans of that text back to DOM Ranges for underlines.
 * Never writes to the editor. Works on any `Document`/`Element` passed in, so it is
 * testable on saved HTML.
 */

interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the assembled text. */
  start: number;
}

export interface EditorText {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'TR']);
const SKIPPED_TAGS = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName);
}

/** A `<br>` with no text after it in its block only keeps an empty line open (Draft, Lexical, Quill). */
function isPlaceholderBreak(br: Element): boolean {
  let node: Node | null = br;
  while (node && !(node instanceof Element && node !== br && isBlock(node))) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if ((next.textContent ?? '').length > 0) return false;
    }
    node = node.parentNode;
  }
  return true;
}

export function readEditorText(editor: Element): EditorText {
  if (editor.tagName === 'TEXTAREA' || editor.tagName === 'INPUT') {
    return { text: (editor as HTMLTextAreaElement).value, segments: [] };
  }
  let text = '';
  const segments: TextSegment[] = [];
  // A line is "closed" once its block ends: the next content starts a new line.
  let lineHasStarted = false;
  let lineClosed = false;
  const newLine = () => {
    if (lineHasStarted) text += '\n';
    lineHasStarted = true;
    lineClosed = false;
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (value.length === 0) return;
      if (!lineHasStarted || lineClosed) newLine();
      segments.push({ node: node as Text, start: text.length });
      text += value;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (SKIPPED_TAGS.has(element.tagName)) return;
    if (element.tagName === 'BR') {
      if (isPlaceholderBreak(element)) {
        if (!lineHasStarted || lineClosed) newLine();
      } else {
        if (!lineHasStarted) newLine();
        text += '\n';
        lineClosed = false;
      }
      return;
    }
    const block = isBlock(element);
    if (block && lineClosed) newLine();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block && lineHasStarted) lineClosed = true;
  };
  for (let child = editor.firstChild; child; child = child.nextSibling) visit(child);
  return { text, segments };
}

/** The text node and offset at a position of the assembled text. */
function pointAt(editorText: EditorText, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  const { segments } = editorText;
  if (segments.length === 0) return null;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  let segment = segments[low]!;
  // At a node boundary, an end point belongs to the node before, a start point to the node after.
  if (preferEnd && offset === segment.start && low > 0) segment = segments[low - 1]!;
  const within = Math.max(0, Math.min(segment.node.data.length, offset - segment.start));
  return { node: segment.node, offset: within };
}

/** A DOM Range over `[start, end)` of the text, or null when the nodes have gone. */
export function rangeFor(editorText: EditorText, start: number, end: number): Range | null {
  const from = pointAt(editorText, start, false);
  const to = pointAt(editorText, end, true);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}
