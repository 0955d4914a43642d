/**
 * Underlines with the CSS Custom Highlight API: no node is ever added to the editor
 * (Draft.js, Lexical and Quill would remove it or swallow it into the post). One
 * registry per page; each compose box contributes its ranges. The underline colours
 * follow the page's theme (the box last worked in decides, as a page has one theme).
 */
import { highlightCss } from '../../components/compose-status-style';
import type { Severity } from '../../lib/types';

const NAMES: Record<Severity, string> = { block: 'post-check-block', warn: 'post-check-warn', info: 'post-check-info' };
const styled = new WeakMap<Document | ShadowRoot, { element: HTMLStyleElement; theme: 'light' | 'dark' }>();
const byComposer = new Map<string, { severity: Severity; range: Range }[]>();

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** `::highlight()` rules apply per tree: the page's, or the shadow root an editor lives in. */
export function ensureHighlightStyle(root: Document | ShadowRoot, theme: 'light' | 'dark' = 'light'): void {
  const existing = styled.get(root);
  if (existing && existing.element.isConnected) {
    if (existing.theme !== theme) {
      existing.element.textContent = highlightCss(theme);
      existing.element.setAttribute('data-theme', theme);
      existing.theme = theme;
    }
    return;
  }
  // By node type, not `instanceof`: the document may come from another realm (a test's, a frame's).
  const isDocument = root.nodeType === 9;
  const doc = isDocument ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const style = doc.createElement('style');
  style.setAttribute('data-post-check-style', '');
  style.setAttribute('data-theme', theme);
  style.textContent = highlightCss(theme);
  (isDocument ? doc.head ?? doc.documentElement : (root as ShadowRoot)).append(style);
  styled.set(root, { element: style, theme });
}

function render(): void {
  if (!highlightsSupported()) return;
  for (const severity of Object.keys(NAMES) as Severity[]) {
    const ranges = [...byComposer.values()].flat().filter((h) => h.severity === severity).map((h) => h.range);
    if (ranges.length === 0) CSS.highlights.delete(NAMES[severity]);
    else CSS.highlights.set(NAMES[severity], new Highlight(...ranges));
  }
}

export function setHighlights(composerId: string, items: { severity: Severity; range: Range }[]): void {
  if (items.length === 0) byComposer.delete(composerId);
  else byComposer.set(composerId, items);
  render();
}

export function clearHighlights(composerId: string): void {
  if (byComposer.delete(composerId)) render();
}
