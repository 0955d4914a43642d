/** Where the floating panel goes: beside its status, in the window, never over the Post button. */
import { describe, expect, it } from 'vitest';
import { placePanel, type Box } from '../../components/panel-position';

const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const rectOf = (p: ReturnType<typeof placePanel>, height: number): Box => ({ left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + Math.min(height, p.maxHeight) });

describe('placing the panel', () => {
  it('opens under the status when there is room and nothing in the way', () => {
    const p = placePanel({ viewport: { width: 1280, height: 900 }, anchor: { left: 400, top: 200, right: 700, bottom: 226 }, avoid: [{ left: 1000, top: 240, right: 1080, bottom: 270 }], content: { height: 300 } });
    expect(p.side).toBe('below');
    expect(p.top).toBe(232);
    expect(p.left).toBe(400);
  });

  it('never covers the Post button under the status (a dialog’s footer): beside the box when the window is wide', () => {
    const post = { left: 406, top: 598, right: 874, bottom: 634 };
    const editor = { left: 406, top: 375, right: 874, bottom: 480 };
    const p = placePanel({ viewport: { width: 1280, height: 900 }, anchor: { left: 406, top: 492, right: 838, bottom: 518 }, avoid: [post], prefer: [editor], content: { height: 600 } });
    expect(p.side).toBe('beside');
    expect(overlaps(rectOf(p, 600), post)).toBe(false);
    expect(overlaps(rectOf(p, 600), editor)).toBe(false);
  });

  it('at 360 px goes over the status, inside the window and off the button, scrolling inside itself', () => {
    const post = { left: 32, top: 548, right: 328, bottom: 584 };
    const p = placePanel({ viewport: { width: 360, height: 800 }, anchor: { left: 32, top: 492, right: 60, bottom: 518 }, avoid: [post], prefer: [{ left: 32, top: 300, right: 328, bottom: 480 }], content: { height: 900 } });
    const rect = rectOf(p, 900);
    expect(overlaps(rect, post)).toBe(false);
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(800);
    expect(rect.right).toBeLessThanOrEqual(360);
    expect(p.maxHeight).toBeLessThan(900);
  });

  it('keeps clear of a Post button right beside the status', () => {
    const post = { left: 560, top: 195, right: 640, bottom: 231 };
    for (const width of [1280, 700, 360]) {
      const p = placePanel({ viewport: { width, height: 800 }, anchor: { left: 20, top: 200, right: 200, bottom: 226 }, avoid: [post], content: { height: 400 } });
      expect(overlaps(rectOf(p, 400), post), `${width} px`).toBe(false);
    }
  });
});
