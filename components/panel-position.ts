/**
 * Where the floating findings panel goes: beside its status control, inside the
 * window, never over the site's Post button, and off the text being written where the
 * window allows. Pure: rectangles in, a position out.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PanelPlacement {
  top: number;
  left: number;
  width: number;
  /** The panel scrolls inside this height. */
  maxHeight: number;
  /** Where it opens: under or over the status control, beside the box, or (if nothing else) wherever the window has room. */
  side: 'below' | 'above' | 'beside' | 'window';
}

export interface PlacementInput {
  viewport: { width: number; height: number };
  /** The status control. */
  anchor: Box;
  /** What the panel must never cover (the site's Post button). */
  avoid: readonly Box[];
  /** What it should rather not cover (the text being written). */
  prefer?: readonly Box[];
  /** How tall the panel's content is, and how wide it likes to be. */
  content: { height: number; width?: number };
}

const MARGIN = 8;
const GAP = 6;
const WIDTH = 420;
/** A panel this tall shows a finding and its advice. */
const USEFUL = 160;

function overlapsX(a: Box, left: number, right: number): boolean {
  return a.left < right && a.right > left;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

function inflate(box: Box, by: number): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by };
}

interface Candidate extends PanelPlacement {
  usable: number;
  /** How much of the text it would cover. */
  covers: number;
  /** It would cover the Post button (only ever chosen if nothing else is possible). */
  blocks: boolean;
  order: number;
}

export function placePanel(input: PlacementInput): PanelPlacement {
  const { viewport, anchor } = input;
  const avoid = input.avoid.map((b) => inflate(b, 2));
  const prefer = input.prefer ?? [];
  const width = Math.max(120, Math.min(input.content.width ?? WIDTH, viewport.width - 2 * MARGIN));
  const content = Math.max(1, input.content.height);
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(left, viewport.width - MARGIN - width));
  // Under or over the control, the panel stays in line with it.
  const touches = (left: number) => Math.min(left + width, anchor.right) - Math.max(left, anchor.left) >= Math.min(40, anchor.right - anchor.left);
  const lefts = [...new Set([clampLeft(anchor.left), clampLeft(anchor.right - width), MARGIN, clampLeft(viewport.width - MARGIN - width)])].filter(touches);
  const candidates: Candidate[] = [];
  let order = 0;

  const consider = (side: PanelPlacement['side'], left: number, bandTop: number, bandBottom: number, growUp: boolean, w = width) => {
    const right = left + w;
    let top = bandTop;
    let bottom = bandBottom;
    for (const box of avoid) {
      if (!overlapsX(box, left, right) || box.bottom <= top || box.top >= bottom) continue;
      if (growUp) {
        // The panel grows up from `bottom`: anything in the way caps it from above, or leaves no room.
        if (box.bottom <= bottom - 1 && box.top < bottom) top = Math.max(top, box.bottom + GAP);
        if (box.bottom > bottom - 1) bottom = Math.min(bottom, box.top - GAP);
      } else {
        if (box.top >= top) bottom = Math.min(bottom, box.top - GAP);
        else top = Math.max(top, box.bottom + GAP);
      }
    }
    const room = bottom - top;
    if (room < 40) return;
    const usable = Math.min(room, content);
    const placedTop = growUp ? bottom - usable : top;
    const rect = { left, right, top: placedTop, bottom: placedTop + usable };
    if (side === 'beside' && placedTop > anchor.bottom) return;
    const covers = prefer.reduce((sum, box) => sum + overlapArea(rect, box), 0);
    const blocks = avoid.some((box) => overlapArea({ ...rect, bottom: placedTop + room }, box) > 0);
    candidates.push({ side, top: placedTop, left, width: w, maxHeight: room, usable, covers, blocks, order: order++ });
  };

  for (const left of lefts) consider('below', left, anchor.bottom + GAP, viewport.height - MARGIN, false);
  for (const left of lefts) consider('above', left, MARGIN, anchor.top - GAP, true);
  // Beside the box being written (a wide window): level with the control, off the text and the button.
  const box = prefer[0];
  if (box) {
    const top = Math.max(MARGIN, Math.min(anchor.top, viewport.height - MARGIN - content));
    const rightRoom = viewport.width - MARGIN - (box.right + GAP);
    const leftRoom = box.left - GAP - MARGIN;
    if (rightRoom >= 280) consider('beside', box.right + GAP, top, viewport.height - MARGIN, false, Math.min(WIDTH, rightRoom));
    if (leftRoom >= 280) {
      const w = Math.min(WIDTH, leftRoom);
      consider('beside', box.left - GAP - w, top, viewport.height - MARGIN, false, w);
    }
  }
  // Nowhere beside the control: the roomiest part of the window clear of the Post button.
  for (const left of lefts) {
    consider('window', left, MARGIN, viewport.height - MARGIN, false);
    consider('window', left, MARGIN, viewport.height - MARGIN, true);
  }
  const needed = Math.min(content, USEFUL);
  const safe = candidates.filter((c) => !c.blocks);
  const pool = safe.length > 0 ? safe : candidates;
  const best = [...pool].sort((a, b) => {
    const rank = (c: Candidate) => [
      c.usable >= needed ? 0 : 1,
      c.side === 'window' ? 1 : 0,
      c.covers,
      c.usable >= content ? 0 : 1,
      -c.usable,
      c.order,
    ];
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  })[0];
  if (!best) return { side: 'window', top: MARGIN, left: MARGIN, width, maxHeight: Math.max(40, viewport.height - 2 * MARGIN) };
  return { side: best.side, top: Math.round(best.top), left: Math.round(best.left), width: Math.round(best.width), maxHeight: Math.floor(best.maxHeight) };
}
