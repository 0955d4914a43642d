/** The underline colours stand out from the page, on light and on dark pages alike (issue 15: at least 3:1). */
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLOURS, highlightCss } from '../../components/compose-status-style';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

/** The sites' page and compose-box backgrounds in each theme (X, X Dim, Facebook, LinkedIn). */
const PAGES = {
  light: ['#ffffff', '#f0f2f5', '#f4f2ee', '#f7f9f9'],
  dark: ['#000000', '#15202b', '#18191a', '#242526', '#1b1f23', '#3a3b3c'],
} as const;

describe('underline colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [severity, colour] of Object.entries(HIGHLIGHT_COLOURS[theme])) {
      it(`${severity} on ${theme} pages is at least 3:1 against every background`, () => {
        for (const page of PAGES[theme]) expect(contrast(colour, page), `${colour} on ${page}`).toBeGreaterThanOrEqual(3);
      });
    }
    it(`the ${theme} style uses the ${theme} colours, a line style per severity`, () => {
      const css = highlightCss(theme);
      for (const colour of Object.values(HIGHLIGHT_COLOURS[theme])) expect(css).toContain(colour);
      expect(css).toMatch(/post-check-block\) \{ text-decoration: underline wavy/);
      expect(css).toMatch(/post-check-warn\) \{ text-decoration: underline dashed/);
      expect(css).toMatch(/post-check-info\) \{ text-decoration: underline dotted/);
    });
  }
  it('differ between the themes (a light page’s colours vanish on black)', () => {
    expect(contrast(HIGHLIGHT_COLOURS.light.warn, '#000000')).toBeLessThan(4);
    expect(HIGHLIGHT_COLOURS.dark.warn).not.toBe(HIGHLIGHT_COLOURS.light.warn);
  });
});
