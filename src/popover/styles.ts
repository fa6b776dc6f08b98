import { MAX_CARD_HEIGHT_EM, MAX_CARD_VIEWPORT_FRACTION } from './position';

/**
 * The host's own declarations, set inline too: `all: initial` stops the page's inherited fonts,
 * colors and spacing from reaching the card, and `!important` in a shadow root's `:host`
 * outranks even the page's `!important` rules for the host element.
 */
export const HOST_DECLARATIONS = [
  'all: initial !important',
  'display: block !important',
  'position: fixed !important',
  'top: 0 !important',
  'left: 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'margin: 0 !important',
  'padding: 0 !important',
  'border: 0 !important',
  'overflow: visible !important',
  'visibility: visible !important',
  'opacity: 1 !important',
  'transform: none !important',
  'filter: none !important',
  'clip-path: none !important',
  'pointer-events: none !important',
  'z-index: 2147483647 !important',
].join('; ');

/*
 * Sizes are in em of the host, whose font size is \`all: initial\`'s medium: the reader's own text
 * size, which the page cannot change (rem would follow the page's root font size). Zoom scales
 * them as it scales px. The card grows with both, up to a fraction of the viewport.
 */
export const CARD_CSS = `
:host { ${HOST_DECLARATIONS}; }

.card {
  --bg: #ffffff;
  --fg: #1a1a1a;
  --muted: #4a4a4a;
  --border: #8a8a8a;
  --accent: #0b57d0;
  --accent-bg: #e8f0fe;
  --mark-bg: #fff3a3;
  --mark-fg: #1a1a1a;
  --focus: #0b57d0;
  color-scheme: light dark;
  position: fixed;
  inset: auto;
  top: 0;
  left: 0;
  margin: 0;
  box-sizing: border-box;
  width: min(22.7em, calc(100vw - 16px));
  max-height: min(${MAX_CARD_HEIGHT_EM}em, ${MAX_CARD_VIEWPORT_FRACTION * 100}vh, calc(100vh - 16px));
  display: flex;
  flex-direction: column;
  overflow: hidden;
  padding: 0;
  border: 1px solid var(--border);
  border-radius: 8px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 0.9375em;
  font-weight: 400;
  font-style: normal;
  line-height: 1.4;
  letter-spacing: normal;
  text-align: left;
  text-transform: none;
  white-space: normal;
  overflow-wrap: break-word;
  pointer-events: auto;
  opacity: 1;
  transition: opacity 120ms ease-out;
  z-index: 2147483647;
}
.card[data-state="closed"] { display: none; }
@starting-style { .card[data-state="open"] { opacity: 0; } }

@media (prefers-color-scheme: dark) {
  .card {
    --bg: #1f1f1f;
    --fg: #f1f1f1;
    --muted: #c4c4c4;
    --border: #6f6f6f;
    --accent: #a8c7fa;
    --accent-bg: #2b3a55;
    --mark-bg: #5c4b00;
    --mark-fg: #fff8d6;
    --focus: #a8c7fa;
  }
}
@media (prefers-reduced-motion: reduce) {
  .card { transition: none; }
}

.dialog {
  display: flex;
  flex-direction: column;
  flex: 1 1 auto;
  min-height: 0;
  outline: none;
}
.dialog:focus-visible { outline: 2px solid var(--focus); outline-offset: -4px; border-radius: 6px; }

/* The header and the footer stay in sight; only the body between them scrolls. */
.header { flex: none; display: flex; align-items: flex-start; gap: 0.5em; padding: 0.7em 0.93em 0.3em; }
.body {
  flex: 1 1 auto;
  min-height: 2.8em;
  overflow: auto;
  overscroll-behavior: contain;
  padding: 0 0.93em 0.4em;
}
.titles { flex: 1 1 auto; min-width: 0; }
h2, h3, p, ol, ul, li { margin: 0; padding: 0; }
h2 { font-size: 1.133em; font-weight: 650; line-height: 1.3; }
h3 { font-size: 0.867em; font-weight: 600; color: var(--muted); margin: 0.92em 0 0.3em; }
.type { display: inline-flex; align-items: center; gap: 0.3em; font-size: 0.867em; color: var(--muted); margin-top: 2px; }
.type svg { flex: none; width: 1.23em; height: 1.23em; }
.description { margin-top: 0.2em; }
.conflict { margin-top: 0.46em; font-size: 0.867em; color: var(--muted); font-style: italic; }
.briefing + .briefing { border-top: 1px solid var(--border); margin-top: 0.6em; }
.briefing > .description { margin-bottom: 0.3em; }
ol, ul { list-style: none; }
.introduction { padding-left: 0.67em; border-left: 3px dashed var(--accent); font-style: italic; }
.sentence { margin: 0 0 0.4em; padding-left: 0.67em; border-left: 3px solid var(--border); }
mark { background: var(--mark-bg); color: var(--mark-fg); padding: 0 1px; border-radius: 2px; }
.related { display: flex; flex-wrap: wrap; gap: 0.4em; }
.status { font-size: 0.867em; color: var(--muted); margin-top: 0.46em; }
.status:empty { display: none; }
.footer {
  flex: none;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.4em;
  padding: 0.45em 0.93em 0.6em;
  border-top: 1px solid color-mix(in srgb, var(--border) 45%, transparent);
}
.count { font-size: 0.867em; color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: 0.4em; margin-top: 0.8em; }

button {
  font: inherit;
  font-size: 0.867em;
  line-height: 1.3;
  color: var(--accent);
  background: var(--accent-bg);
  border: 1px solid transparent;
  border-radius: 6px;
  padding: 0.3em 0.6em;
  margin: 0;
  cursor: pointer;
  text-align: left;
  min-height: 24px;
  min-width: 24px;
}
/* Fingers need bigger targets than pointers (WCAG 2.5.8 asks 24 px; 44 px is the touch norm). */
@media (pointer: coarse) {
  button { min-height: 44px; min-width: 44px; }
  button.link { display: inline-flex; align-items: center; }
}
button:hover { border-color: var(--accent); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
button:disabled { opacity: 0.5; cursor: default; border-color: transparent; }
button.link { background: none; padding: 0 0.15em; text-decoration: underline; }
button.close { flex: none; background: none; font-size: 1.2em; line-height: 1; padding: 0.1em 0.35em; color: var(--fg); }

.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  border: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
}

@media (forced-colors: active) {
  .card { border-color: CanvasText; }
  mark { forced-color-adjust: none; background: Highlight; color: HighlightText; }
}
`;
