/** Styles of the inline UI, inside its own shadow root so the site's CSS cannot reach it. */
export const COMPOSE_STATUS_CSS = `
:host { all: initial; display: block; }
.post-check { --fg: #1b1b1f; --bg: #ffffff; --muted: #55555c; --border: #c7c7cf; --block: #b3261e; --warn: #7a4f00; --info: #1f5fa8; --focus: #0b57d0;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 4px 0; position: relative; }
.post-check[data-theme="dark"] { --fg: #ececf1; --bg: #1e1f24; --muted: #b4b4bd; --border: #4a4b55; --block: #ffb4ab; --warn: #f0c064; --info: #a8c8ff; --focus: #a8c8ff; }
button, select { font: inherit; color: inherit; }
button:focus-visible, select:focus-visible, li:focus-visible, summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.status { display: inline-flex; align-items: center; gap: 6px; padding: 3px 10px; border-radius: 999px; border: 1px solid var(--border); background: var(--bg); cursor: pointer; }
.status.block { border-color: var(--block); border-width: 2px; }
.status.warn { border-color: var(--warn); border-style: dashed; }
.icon { display: inline-flex; }
.icon.block, .severity svg { color: var(--block); }
.icon.warn { color: var(--warn); }
.icon.info { color: var(--info); }
.finding.warn .severity svg { color: var(--warn); }
.finding.info .severity svg { color: var(--info); }
.severity { display: flex; align-items: center; gap: 4px; }
.status .account { color: var(--muted); border-left: 1px solid var(--border); padding-left: 6px; }
.status .hint { color: var(--muted); border-left: 1px solid var(--border); padding-left: 6px; }
.confirm ul { padding-left: 18px; }
.confirm .group { list-style: none; margin-left: -18px; }
.confirm .group-label { font-weight: 700; margin: 6px 0 2px; }
.panel { margin-top: 6px; max-width: 560px; max-height: 60vh; overflow: auto; padding: 10px 12px; border: 1px solid var(--border); border-radius: 8px; background: var(--bg); box-shadow: 0 4px 16px rgba(0,0,0,.15); }
.account-switch { display: block; margin-bottom: 8px; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { border-left: 4px solid var(--border); padding: 6px 8px; margin: 6px 0; }
.finding.block { border-left: 4px solid var(--block); }
.finding.warn { border-left: 4px dashed var(--warn); }
.finding.info { border-left: 4px dotted var(--info); }
.finding p { margin: 2px 0; }
.severity { font-weight: 700; }
.finding.block .severity { color: var(--block); }
.finding.warn .severity { color: var(--warn); }
.finding.info .severity { color: var(--info); }
.quote { display: block; color: var(--muted); font-style: italic; margin: 2px 0; }
.policy { color: var(--muted); }
.actions { display: flex; gap: 8px; margin-top: 4px; flex-wrap: wrap; }
.actions button { padding: 3px 10px; border-radius: 6px; border: 1px solid var(--focus); background: var(--focus); color: var(--bg); cursor: pointer; }
.actions button.secondary { background: transparent; color: var(--fg); border-color: var(--border); }
.note { color: var(--muted); margin: 4px 0; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); display: flex; align-items: center; justify-content: center; z-index: 2147483647; }
.confirm { max-width: 440px; background: var(--bg); color: var(--fg); border-radius: 10px; padding: 16px 18px; box-shadow: 0 8px 30px rgba(0,0,0,.3); }
.confirm h2 { font-size: 16px; margin: 0 0 8px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Underlines for the CSS Custom Highlight API: a different line style per severity, so colour is not the only signal. */
export const HIGHLIGHT_CSS = `
::highlight(post-check-block) { text-decoration: underline wavy #c5221f; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: rgba(197, 34, 31, 0.10); }
::highlight(post-check-warn) { text-decoration: underline dashed #b06000; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(post-check-info) { text-decoration: underline dotted #1a73e8; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;
