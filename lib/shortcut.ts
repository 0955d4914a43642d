/**
 * The keyboard shortcut that opens Post Check's panel from any compose box. It is a
 * browser command (`open-panel` in the manifest), so a person can change it at
 * chrome://extensions/shortcuts (Firefox: Manage Extension Shortcuts). The browser
 * handles it where it can; the content script also listens for the same keys in the
 * page, so it works where the browser does not pass commands on (and in tests). The
 * background tells the content script the shortcut as the browser has it now.
 */

/** The command's name in the manifest. */
export const OPEN_PANEL_COMMAND = 'open-panel';
/** What the shortcut is unless the person changes it: Alt+Shift+K (Option+Shift+K on a Mac). */
export const DEFAULT_SHORTCUT = 'Alt+Shift+K';

export interface Shortcut {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** `KeyP`, `Digit5`, `F2`, `Comma`…: the physical key, as Alt and Option change the character. */
  code: string;
}

const NAMED_CODES: Record<string, string> = {
  comma: 'Comma',
  period: 'Period',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  space: 'Space',
  insert: 'Insert',
  delete: 'Delete',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
};

function codeOf(key: string): string | null {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  if (/^f([1-9]|1[0-2])$/i.test(key)) return key.toUpperCase();
  return NAMED_CODES[key.toLowerCase()] ?? null;
}

/**
 * Reads a shortcut as `browser.commands.getAll()` gives it: `Alt+Shift+P`,
 * `Ctrl+Shift+K`, `Command+Shift+P`, or a Mac's `⌥⇧P`. Null when it is empty (the
 * person removed it) or not one this can follow.
 */
export function parseShortcut(text: string | undefined | null): Shortcut | null {
  if (!text) return null;
  const out: Shortcut = { ctrl: false, alt: false, shift: false, meta: false, code: '' };
  // A Mac writes modifiers as symbols without separators.
  const spelt = text
    .replace(/⌃/g, 'MacCtrl+')
    .replace(/⌥/g, 'Alt+')
    .replace(/⇧/g, 'Shift+')
    .replace(/⌘/g, 'Command+');
  const parts = spelt
    .split('+')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    const word = part.toLowerCase();
    if (word === 'ctrl' || word === 'control' || word === 'macctrl') out.ctrl = true;
    else if (word === 'alt' || word === 'option') out.alt = true;
    else if (word === 'shift') out.shift = true;
    else if (word === 'command' || word === 'cmd' || word === 'meta') out.meta = true;
    else {
      if (out.code) return null;
      const code = codeOf(part);
      if (!code) return null;
      out.code = code;
    }
  }
  return out.code && (out.ctrl || out.alt || out.meta) ? out : null;
}

/** Is this key press the shortcut? */
export function matchesShortcut(
  event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>,
  shortcut: Shortcut | null,
): boolean {
  if (!shortcut) return false;
  return (
    event.code === shortcut.code &&
    event.ctrlKey === shortcut.ctrl &&
    event.altKey === shortcut.alt &&
    event.shiftKey === shortcut.shift &&
    event.metaKey === shortcut.meta
  );
}
