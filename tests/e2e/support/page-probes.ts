/**
 * Scripts run in a page's own world, as JavaScript source (see harness/page-scripts.ts). Pages
 * that replace `CSS` keep the real highlight registry at `window.hostile.registry`.
 */

/** Seedlight's highlights as the page's documents hold them. */
export interface HighlightSummary {
  /** Ranges per Seedlight highlight name, summed over the top document and same-origin frames. */
  sizes: Record<string, number>;
  total: number;
  /** Ranges whose text left the document: a highlight kept for removed content. */
  detached: number;
}

export const HIGHLIGHT_SUMMARY = `(() => {
  const sizes = {};
  let total = 0;
  let detached = 0;
  const windows = [window];
  for (let i = 0; i < window.frames.length; i++) {
    try {
      if (window.frames[i].document) windows.push(window.frames[i]);
    } catch (error) {
      // A cross-origin frame: its registry is not ours to read.
    }
  }
  for (const win of windows) {
    const registry = (win === window && window.hostile && window.hostile.registry) || win.CSS.highlights;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('seedlight-') || name === 'seedlight-active') continue;
      for (const range of highlight) {
        sizes[name] = (sizes[name] || 0) + 1;
        total += 1;
        if (!range.startContainer.isConnected || !range.endContainer.isConnected) detached += 1;
      }
    }
  }
  return { sizes, total, detached };
})()`;

/** The fixture's own bookkeeping (`window.hostile`), without the registry it keeps. */
export interface PageState {
  clicks: number;
  ticks: number;
  [key: string]: unknown;
}

export const PAGE_STATE = `(() => {
  const { registry, ...state } = window.hostile;
  return JSON.parse(JSON.stringify(state, (key, value) => (typeof value === 'function' ? undefined : value)));
})()`;

/** Clicks the fixture's "Read later" button, as a reader would. */
export const CLICK_BUMP = `document.getElementById('bump').click()`;

/** The counter the page's own click handler writes. */
export const SHOWN_COUNT = `document.getElementById('count').textContent`;
