/** The panel's shortcut as the browser reports it, read for the page's own key listener. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUT, matchesShortcut, parseShortcut } from '../../lib/shortcut';

const key = (code: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({ code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods });

describe('the panel shortcut', () => {
  it('reads the default, Alt+Shift+K, by the physical key (Option changes the character on a Mac)', () => {
    const shortcut = parseShortcut(DEFAULT_SHORTCUT);
    expect(shortcut).toEqual({ ctrl: false, alt: true, shift: true, meta: false, code: 'KeyK' });
    expect(matchesShortcut(key('KeyK', { altKey: true, shiftKey: true }), shortcut)).toBe(true);
    expect(matchesShortcut(key('KeyK', { altKey: true }), shortcut)).toBe(false);
    expect(matchesShortcut(key('KeyK', { altKey: true, shiftKey: true, ctrlKey: true }), shortcut)).toBe(false);
    expect(matchesShortcut(key('KeyJ', { altKey: true, shiftKey: true }), shortcut)).toBe(false);
  });

  it.each([
    ['Ctrl+Shift+Y', { ctrl: true, alt: false, shift: true, meta: false, code: 'KeyY' }],
    ['Command+Shift+5', { ctrl: false, alt: false, shift: true, meta: true, code: 'Digit5' }],
    ['⌥⇧K', { ctrl: false, alt: true, shift: true, meta: false, code: 'KeyK' }],
    ['Alt+Comma', { ctrl: false, alt: true, shift: false, meta: false, code: 'Comma' }],
  ])('reads %s as the browser writes it', (text, expected) => {
    expect(parseShortcut(text)).toEqual(expected);
  });

  it('has none when the person removed it, or it is not one a page can see', () => {
    expect(parseShortcut('')).toBeNull();
    expect(parseShortcut(undefined)).toBeNull();
    expect(parseShortcut('Shift+K')).toBeNull();
    expect(parseShortcut('Alt+MediaPlayPause')).toBeNull();
    expect(matchesShortcut(key('KeyK', { altKey: true, shiftKey: true }), null)).toBe(false);
  });
});
