/**
 * Styles of the inline UI, inside its own shadow root so the site's CSS cannot reach it.
 * Two themes, following the page's (light and dark): every control (the drop-down
 * included) takes its colours from them, and `color-scheme` tells the browser to draw
 * its own parts (the drop-down's list, scroll bars) to match.
 */
export const COMPOSE_STATUS_CSS = `
:host { all: initial; display: block; }
.post-check { --fg: #1b1b1f; --bg: #ffffff; --raised: #f4f4f7; --muted: #4f4f57; --border: #8e8e99; --block: #b3261e; --warn: #7a4f00; --info: #1f5fa8; --good: #1e6b34; --focus: #0b57d0; --on-focus: #ffffff;
  color-scheme: light; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 4px 0; position: relative; }
.post-check[data-theme="dark"] { --fg: #ececf1; --bg: #1e1f24; --raised: #2a2b31; --muted: #c4c4cc; --border: #8a8b96; --block: #ffb4ab; --warn: #f0c064; --info: #a8c8ff; --good: #8fd6a1; --focus: #a8c8ff; --on-focus: #10131a; color-scheme: dark; }
button, select, input { font: inherit; color: inherit; }
button:focus-visible, select:focus-visible, input:focus-visible, li:focus-visible, summary:focus-visible, .panel:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.bar { display: flex; }
.status { display: inline-flex; align-items: center; gap: 6px; padding: 3px 10px; border-radius: 999px; border: 1px solid var(--border); background: var(--bg); color: var(--fg); cursor: pointer; max-width: 100%; min-height: 24px; box-sizing: border-box; }
.status .label { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
.status.block { border-color: var(--block); border-width: 2px; }
.status.warn { border-color: var(--warn); border-style: dashed; }
.status.compact { padding: 2px 7px; gap: 4px; }
.status .count { font-weight: 700; font-variant-numeric: tabular-nums; }
.icon { display: inline-flex; }
.icon.block { color: var(--block); }
.icon.warn { color: var(--warn); }
.icon.info { color: var(--info); }
.icon.clear { color: var(--good); }
.icon.idle { color: var(--muted); }
.status .account, .status .hint { color: var(--muted); border-left: 1px solid var(--border); padding-left: 6px; white-space: nowrap; }
.panel { position: fixed; inset: auto; margin: 0; box-sizing: border-box; overflow: auto; padding: 0; border: 1px solid var(--border); border-radius: 8px; background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px rgba(0,0,0,.25); z-index: 2147483646; max-width: calc(100vw - 16px); }
.panel-inner { padding: 10px 12px; }
.panel-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; margin-bottom: 6px; }
.account-switch { display: inline-flex; align-items: center; gap: 6px; flex-wrap: wrap; }
select { background: var(--raised); color: var(--fg); border: 1px solid var(--border); border-radius: 6px; padding: 2px 6px; }
option { background: var(--bg); color: var(--fg); }
input[type="checkbox"] { accent-color: var(--focus); margin: 0 6px 0 0; }
.close { background: transparent; border: 1px solid var(--border); border-radius: 6px; padding: 2px 8px; cursor: pointer; color: var(--fg); }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { border-left: 4px solid var(--border); padding: 6px 8px; margin: 6px 0; }
.finding.block { border-left: 4px solid var(--block); }
.finding.warn { border-left: 4px dashed var(--warn); }
.finding.info { border-left: 4px dotted var(--info); }
.finding p { margin: 2px 0; }
.severity { display: flex; align-items: center; gap: 4px; font-weight: 700; }
.finding.block .severity { color: var(--block); }
.finding.warn .severity { color: var(--warn); }
.finding.info .severity { color: var(--info); }
.quote { color: var(--fg); margin: 2px 0; }
.quote q { font-style: italic; }
.policy { color: var(--muted); }
summary { cursor: pointer; color: var(--fg); }
.actions { display: flex; gap: 8px; margin-top: 6px; flex-wrap: wrap; }
.actions button { padding: 3px 10px; border-radius: 6px; border: 1px solid var(--focus); background: var(--focus); color: var(--on-focus); cursor: pointer; }
.actions button.secondary { background: transparent; color: var(--fg); border-color: var(--border); }
button.link { background: none; border: none; padding: 0; color: var(--fg); text-decoration: underline; cursor: pointer; }
.note { color: var(--fg); margin: 4px 0; }
.note.good { display: flex; align-items: center; gap: 6px; }
.note.good svg { color: var(--good); }
.check { display: flex; align-items: flex-start; margin: 4px 0; }
.second-opinion { border: 0; border-top: 1px solid var(--border); margin: 8px 0 0; padding: 6px 0 0; min-inline-size: 0; }
.second-title { font-weight: 700; margin: 2px 0; }
.shortcut { color: var(--muted); border-top: 1px solid var(--border); margin: 8px 0 0; padding-top: 6px; }
kbd { font: inherit; font-weight: 700; border: 1px solid var(--border); border-radius: 4px; padding: 0 4px; background: var(--raised); color: var(--fg); }
.confirm { max-width: min(460px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto; box-sizing: border-box; background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 10px; padding: 16px 18px; box-shadow: 0 8px 30px rgba(0,0,0,.35); }
.confirm::backdrop { background: rgba(0,0,0,.45); }
.confirm h2 { font-size: 16px; margin: 0 0 8px; }
.confirm ul { padding-left: 18px; }
.confirm li { margin: 4px 0; }
.confirm .group { list-style: none; margin-left: -18px; }
.confirm .group-label { font-weight: 700; margin: 6px 0 2px; }
.confirm-severity { font-weight: 700; display: inline-flex; align-items: center; gap: 4px; }
.late-night { border-top: 1px solid var(--border); margin-top: 10px; padding-top: 8px; }
.late-night p { margin: 2px 0; }
.hint { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
`;

/**
 * Underline colours per page theme, each at least 3:1 against the pages of that theme
 * (tests/unit/highlight-colours.test.ts measures them): dark red, brown and blue on
 * light pages, light ones on dark pages.
 */
export const HIGHLIGHT_COLOURS = {
  light: { block: '#c5221f', warn: '#a05a00', info: '#1a62c9' },
  dark: { block: '#ff8a80', warn: '#fdd663', info: '#8ab4f8' },
} as const;

/** Underlines for the CSS Custom Highlight API: a different line style per severity, so colour is not the only signal. */
export function highlightCss(theme: 'light' | 'dark'): string {
  const c = HIGHLIGHT_COLOURS[theme];
  const tint = theme === 'dark' ? 'rgba(255, 138, 128, 0.16)' : 'rgba(197, 34, 31, 0.10)';
  return `
::highlight(post-check-block) { text-decoration: underline wavy ${c.block}; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: ${tint}; }
::highlight(post-check-warn) { text-decoration: underline dashed ${c.warn}; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(post-check-info) { text-decoration: underline dotted ${c.info}; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;
}
